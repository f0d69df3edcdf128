#include "peoplepage.h"

#include "devicespage.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/organisationadmin.h"
#include "organisationaccess.h"
#include "setup/setupwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
enum Column {
    NameColumn,
    PositionColumn,
    UnitColumn,
    RoleColumn,
    WeightColumn,
    DevicesColumn,
    StatusColumn,
    ColumnCount
};
constexpr int PersonIdRole = Qt::UserRole + 1;

struct Written {
    Result<PeopleDirectory> directory = Result<PeopleDirectory>::failure(QString());
    QString message;
};

struct ListRead {
    Result<QList<DirectoryPerson>> people = Result<QList<DirectoryPerson>>::failure(QString());
    QStringList notes;
};
} // namespace

PersonDialog::PersonDialog(const DirectoryPerson &person, QStringList takenIds, QWidget *parent)
    : QDialog(parent)
    , m_person(person)
    , m_taken(std::move(takenIds))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id.isEmpty() ? tr("Add a person") : tr("Edit %1").arg(person.fullName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLineEdit(person.fullName, this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_position = new QLineEdit(person.position, this);
    m_position->setObjectName(QStringLiteral("personPosition"));
    m_position->setPlaceholderText(tr("For instance: Phó Chủ tịch UBND xã"));
    m_unit = new QLineEdit(person.unit, this);
    m_unit->setObjectName(QStringLiteral("personUnit"));
    m_unit->setPlaceholderText(tr("For instance: Văn phòng HĐND và UBND"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("personRole"));
    for (Role role : { Role::Delegate, Role::Chair, Role::Secretary, Role::Guest })
        m_role->addItem(roleDisplayName(role), static_cast<int>(role));
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(person.defaultRole))));
    m_weight = new QSpinBox(this);
    m_weight->setObjectName(QStringLiteral("personWeight"));
    m_weight->setRange(0, 1000);
    m_weight->setValue(int(person.weight));
    m_weight->setToolTip(tr("0: takes part without a vote"));
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_name, m_position, m_unit, m_role, m_weight })
        w->setMinimumHeight(44);
    form->addRow(tr("Full name"), m_name);
    form->addRow(tr("Position"), m_position);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Usual role in meetings"), m_role);
    form->addRow(tr("Vote weight"), m_weight);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_save = touchButton(tr("Save"), this, true);
    m_save->setObjectName(QStringLiteral("savePerson"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(touchButton(tr("Cancel"), this), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &PersonDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

DirectoryPerson PersonDialog::person() const
{
    DirectoryPerson person = m_person;
    person.fullName = m_name->text().simplified();
    person.position = m_position->text().simplified();
    person.unit = m_unit->text().simplified();
    person.defaultRole = static_cast<Role>(m_role->currentData().toInt());
    person.weight = m_weight->value();
    if (person.id.isEmpty())
        person.id = personIdFromName(person.fullName, m_taken);
    return person;
}

void PersonDialog::save()
{
    if (m_name->text().simplified().isEmpty()) {
        showMessage(m_message, tr("Type the person's full name."), true);
        m_name->setFocus();
        return;
    }
    accept();
}

PeoplePage::PeoplePage(OrganisationAccess &access, QWidget *parent)
    : QWidget(parent)
    , m_access(access)
{
    setObjectName(QStringLiteral("peoplePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(tr("The organisation's people"), this, 1.2));
    layout->addWidget(paragraphLabel(
        tr("Meetings invite people from this directory. Each change is signed with "
           "the organisation's key and kept as a new revision on the shared folder."),
        this));
    auto *buttons = new QHBoxLayout;
    auto *add = touchButton(tr("Add a person…"), this);
    add->setObjectName(QStringLiteral("addPerson"));
    m_edit = touchButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPerson"));
    m_retire = touchButton(tr("Retire…"), this);
    m_retire->setObjectName(QStringLiteral("retirePerson"));
    auto *import = touchButton(tr("Import a staff list…"), this);
    import->setObjectName(QStringLiteral("importPeople"));
    import->setToolTip(
        tr("A CSV file, or an Excel sheet saved as CSV, with the columns “Mã”, “Họ và tên”, "
           "“Chức vụ”, “Đơn vị”, “Vai trò”, “Trọng số”"));
    auto *reloadButton = touchButton(tr("Reload"), this);
    m_buttons = { add, m_edit, m_retire, import, reloadButton };
    for (QPushButton *button : std::as_const(m_buttons))
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_showRetired = new QCheckBox(tr("Show retired people"), this);
    m_showRetired->setMinimumHeight(44);

    // The body's rules about proxies: every roster built from the directory carries them.
    auto *rules = new QGroupBox(tr("Rules of the body: proxies"), this);
    rules->setObjectName(QStringLiteral("bodyRules"));
    auto *rulesLayout = new QVBoxLayout(rules);
    m_proxyVoting
        = new QCheckBox(tr("A proxy holder may vote for the member they represent"), rules);
    m_proxyVoting->setObjectName(QStringLiteral("proxyVoting"));
    m_proxyVoting->setToolTip(tr("People's Committees and People's Councils: off (members vote "
                                 "in person). Some other bodies' regulations allow it."));
    m_countProxies
        = new QCheckBox(tr("Members represented by proxy count towards the quorum"), rules);
    m_countProxies->setObjectName(QStringLiteral("countProxiesForQuorum"));
    for (QCheckBox *box : { m_proxyVoting, m_countProxies })
        box->setMinimumHeight(44);
    m_saveRules = touchButton(tr("Save the rules"), rules);
    m_saveRules->setObjectName(QStringLiteral("saveBodyRules"));
    m_saveRules->setEnabled(false);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_proxyVoting, 1);
    rulesRow->addWidget(m_countProxies, 1);
    rulesRow->addWidget(m_saveRules);
    rulesLayout->addLayout(rulesRow);
    rulesLayout->addWidget(paragraphLabel(
        tr("Saved in the directory and copied into the rosters of upcoming meetings."), rules));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setHorizontalHeaderLabels({ tr("Full name"), tr("Position"), tr("Unit"), tr("Role"),
        tr("Weight"), tr("Devices"), tr("Status") });
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PositionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(DevicesColumn, 200);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    layout->addWidget(rules);

    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_message, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    bar->addWidget(m_progress);
    bar->addWidget(m_showRetired);
    layout->addLayout(bar);

    connect(add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &PeoplePage::retireSelected);
    connect(reloadButton, &QPushButton::clicked, this, &PeoplePage::reload);
    const auto rulesEdited = [this] {
        m_saveRules->setEnabled(!m_busy
            && (m_proxyVoting->isChecked() != m_directory.proxyVoting
                || m_countProxies->isChecked() != m_directory.countProxiesForQuorum));
    };
    connect(m_proxyVoting, &QCheckBox::toggled, this, rulesEdited);
    connect(m_countProxies, &QCheckBox::toggled, this, rulesEdited);
    connect(m_saveRules, &QPushButton::clicked, this,
        [this] { saveBodyRules(m_proxyVoting->isChecked(), m_countProxies->isChecked()); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a staff list"),
            QString(), tr("Staff lists (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importList(path);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PeoplePage::editSelected);
    connect(m_showRetired, &QCheckBox::toggled, this, [this] { showDirectory(m_directory); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const DirectoryPerson *person = selectedPerson();
        m_edit->setEnabled(!m_busy && person);
        m_retire->setEnabled(!m_busy && person && !person->retired);
    });
    connect(&m_access, &OrganisationAccess::directoryChanged, this, [this] {
        if (!m_busy && !m_announcing)
            reload();
    });
    reload();
}

QString PeoplePage::messageText() const
{
    return m_message->text();
}

void PeoplePage::setMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        isError ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
}

void PeoplePage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(!busy);
    if (busy)
        m_saveRules->setEnabled(false);
    if (!busy) {
        const DirectoryPerson *person = selectedPerson();
        m_edit->setEnabled(person);
        m_retire->setEnabled(person && !person->retired);
    }
    if (busy)
        setMessage(text, false);
}

void PeoplePage::reload()
{
    if (m_busy)
        return;
    QString error;
    const QByteArray key = m_access.publicKey(&error);
    if (key.isEmpty()) {
        setMessage(tr("The organisation's key file cannot be read: %1").arg(error), true);
        Q_EMIT workFinished();
        return;
    }
    setBusy(true, tr("Reading the directory…"));
    const QString share = m_access.sharePath();
    runInBackground(
        this, [share, key] { return DirectoryStore(share).read(key); },
        [this](const Result<DirectoryStore::Reading> &reading) {
            setBusy(false);
            if (!reading) {
                setMessage(tr("The directory cannot be read: %1").arg(reading.error()), true);
            } else {
                showDirectory(reading->directory);
                const int active = int(std::count_if(reading->directory.people.begin(),
                    reading->directory.people.end(),
                    [](const DirectoryPerson &p) { return !p.retired; }));
                QStringList lines { tr("%n people in the directory.", nullptr, active) };
                lines << reading->problems;
                if (!m_access.warning().isEmpty())
                    lines << m_access.warning();
                setMessage(lines.join(u'\n'), !reading->problems.isEmpty());
            }
            Q_EMIT workFinished();
        });
}

void PeoplePage::showDirectory(const PeopleDirectory &directory)
{
    const DirectoryPerson *selected = selectedPerson();
    const QString keep = selected ? selected->id : QString();
    m_directory = directory;
    m_proxyVoting->setChecked(directory.proxyVoting);
    m_countProxies->setChecked(directory.countProxiesForQuorum);
    m_saveRules->setEnabled(false);
    m_table->setRowCount(0);
    for (const DirectoryPerson &person : m_directory.people) {
        if (person.retired && !m_showRetired->isChecked())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(person.fullName);
        name->setData(PersonIdRole, person.id);
        name->setToolTip(person.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, PositionColumn, new QTableWidgetItem(person.position));
        m_table->setItem(row, UnitColumn, new QTableWidgetItem(person.unit));
        m_table->setItem(
            row, RoleColumn, new QTableWidgetItem(roleDisplayName(person.defaultRole)));
        auto *weight = new QTableWidgetItem(QString::number(person.weight));
        weight->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, WeightColumn, weight);
        QStringList devices;
        for (const DirectoryDevice &device : person.activeDevices())
            devices << (device.label.isEmpty() ? tr("(unnamed device)") : device.label);
        m_table->setItem(row, DevicesColumn,
            new QTableWidgetItem(
                devices.isEmpty() ? tr("none") : devices.join(QStringLiteral(", "))));
        m_table->setItem(
            row, StatusColumn, new QTableWidgetItem(person.retired ? tr("Retired") : tr("Active")));
        if (person.retired) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setForeground(QColor(0x75, 0x75, 0x75));
        }
        if (person.id == keep)
            m_table->selectRow(row);
    }
    m_table->resizeRowsToContents();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHeight(row, std::max(44, m_table->rowHeight(row)));
}

const DirectoryPerson *PeoplePage::selectedPerson() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QTableWidgetItem *name = m_table->item(items.first()->row(), NameColumn);
    return name ? m_directory.person(name->data(PersonIdRole).toString()) : nullptr;
}

void PeoplePage::runWrite(const QString &busyText, Write write)
{
    if (m_busy)
        return;
    const Result<SigningKey> key = m_access.unlockedKey(window());
    if (!key) {
        if (!key.error().isEmpty())
            setMessage(key.error(), true);
        return;
    }
    setBusy(true, busyText);
    const QString share = m_access.sharePath();
    const SigningKey signingKey = key.value();
    runInBackground(
        this,
        [share, signingKey, write] {
            Written written;
            Result<OrganisationAdmin> admin = OrganisationAdmin::open(share, signingKey);
            if (!admin) {
                written.directory = Result<PeopleDirectory>::failure(admin.error());
                return written;
            }
            written.directory = write(admin.value(), &written.message);
            return written;
        },
        [this](const Written &written) {
            setBusy(false);
            if (!written.directory) {
                setMessage(written.directory.error(), true);
            } else {
                showDirectory(written.directory.value());
                setMessage(written.message, false);
                // The Devices page reads it again; this page shows it already.
                m_announcing = true;
                Q_EMIT m_access.directoryChanged();
                m_announcing = false;
            }
            Q_EMIT workFinished();
        });
}

void PeoplePage::addPerson()
{
    QStringList taken;
    for (const DirectoryPerson &person : m_directory.people)
        taken << person.id;
    PersonDialog dialog(DirectoryPerson {}, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    savePerson(dialog.person());
}

void PeoplePage::savePerson(const DirectoryPerson &person)
{
    const bool isNew = !m_directory.person(person.id);
    runWrite(tr("Saving %1…").arg(person.fullName),
        [person, isNew](OrganisationAdmin &admin, QString *message) {
            Result<PeopleDirectory> saved = admin.savePerson(person);
            if (saved)
                *message = isNew
                    ? QCoreApplication::translate(
                        "phonghop::ui::PeoplePage", "%1 was added to the directory.")
                          .arg(person.fullName)
                    : QCoreApplication::translate("phonghop::ui::PeoplePage", "%1 was saved.")
                          .arg(person.fullName);
            return saved;
        });
}

void PeoplePage::saveBodyRules(bool proxyVoting, bool countProxiesForQuorum)
{
    runWrite(tr("Saving the rules…"),
        [proxyVoting, countProxiesForQuorum](OrganisationAdmin &admin, QString *message) {
            Result<PeopleDirectory> saved = admin.setProxyRules(proxyVoting, countProxiesForQuorum);
            if (saved) {
                bool ok = true;
                *message = QCoreApplication::translate(
                               "phonghop::ui::PeoplePage", "The rules are saved (revision %1).")
                               .arg(saved->revision)
                    + u' ' + republishUpcoming(admin, saved.value(), &ok);
            }
            return saved;
        });
}

void PeoplePage::editSelected()
{
    const DirectoryPerson *selected = selectedPerson();
    if (!selected || m_busy)
        return;
    PersonDialog dialog(*selected, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    savePerson(dialog.person());
}

void PeoplePage::retireSelected()
{
    const DirectoryPerson *selected = selectedPerson();
    if (!selected || selected->retired || m_busy)
        return;
    const DirectoryPerson person = *selected;
    const int devices = int(person.activeDevices().size());
    QString details
        = tr("%1 stays in the directory for the record but is no longer offered for new meetings.")
              .arg(person.fullName);
    if (devices > 0)
        details += u' '
            + tr("Their %n enrolled device(s) stay enrolled until you revoke them on the Devices "
                 "page.",
                nullptr, devices);
    if (!confirmAction(this, tr("Retire a person"), tr("Retire %1?").arg(person.fullName), details,
            tr("Retire")))
        return;
    runWrite(tr("Retiring %1…").arg(person.fullName),
        [person](OrganisationAdmin &admin, QString *message) {
            Result<PeopleDirectory> retired = admin.retirePerson(person.id);
            if (retired)
                *message = QCoreApplication::translate("phonghop::ui::PeoplePage", "%1 is retired.")
                               .arg(person.fullName);
            return retired;
        });
}

void PeoplePage::importList(const QString &path)
{
    if (m_busy)
        return;
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    runInBackground(
        this,
        [path] {
            ListRead read;
            read.people = readPeopleList(path, &read.notes);
            return read;
        },
        [this, path](const ListRead &read) {
            setBusy(false);
            if (!read.people) {
                setMessage(tr("Nothing was imported. %1").arg(read.people.error()), true);
                Q_EMIT workFinished();
                return;
            }
            const QList<DirectoryPerson> people = read.people.value();
            if (people.isEmpty()) {
                setMessage(
                    tr("Nothing was imported: %1 lists nobody.").arg(QFileInfo(path).fileName()),
                    true);
                Q_EMIT workFinished();
                return;
            }
            QString details = tr("People already in the directory (same id, or same full name) are "
                                 "updated; nobody is "
                                 "removed.");
            if (!read.notes.isEmpty())
                details += u'\n' + read.notes.join(u'\n');
            if (!dialogsSuppressed()
                && !confirmAction(this, tr("Import a staff list"),
                    tr("Import %n people from %1?", nullptr, int(people.size()))
                        .arg(QFileInfo(path).fileName()),
                    details, tr("Import"))) {
                Q_EMIT workFinished();
                return;
            }
            const QStringList notes = read.notes;
            runWrite(tr("Importing %n people…", nullptr, int(people.size())),
                [people, notes](
                    OrganisationAdmin &admin, QString *message) -> Result<PeopleDirectory> {
                    Result<OrganisationAdmin::ImportSummary> summary = admin.importPeople(people);
                    if (!summary)
                        return Result<PeopleDirectory>::failure(summary.error());
                    QStringList lines { QCoreApplication::translate(
                        "phonghop::ui::PeoplePage", "Imported: %1 added, %2 updated.")
                                            .arg(summary->added)
                                            .arg(summary->updated) };
                    lines << notes;
                    *message = lines.join(u' ');
                    return summary->directory;
                });
        });
}

} // namespace phonghop::ui
