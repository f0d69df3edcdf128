#include "participantseditor.h"

#include "meeting_core/publish/peoplecsv.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
enum Column { NameColumn, PositionColumn, RoleColumn, WeightColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
} // namespace

ParticipantsEditor::ParticipantsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *add
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add person"), this);
    auto *remove
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this);
    auto *import = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import from CSV…"), this);
    import->setToolTip(
        tr("A CSV file with the columns \"Họ và tên\", \"Chức vụ\", \"Vai trò\", \"Trọng số\" "
           "(UTF-8 or Windows-1258)"));
    for (QPushButton *button : { add, remove, import }) {
        button->setMinimumHeight(44);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Full name"), tr("Position"), tr("Role"), tr("Vote weight") });
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PositionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(RoleColumn, 200);
    m_table->setColumnWidth(WeightColumn, 140);
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);

    connect(add, &QPushButton::clicked, this, &ParticipantsEditor::addPerson);
    connect(remove, &QPushButton::clicked, this, &ParticipantsEditor::removeSelected);
    connect(import, &QPushButton::clicked, this, &ParticipantsEditor::chooseCsv);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void ParticipantsEditor::addRow(const DraftParticipant &participant)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(participant.fullName);
    QString id = participant.id;
    if (id.isEmpty()) {
        // Ids are fixed when a row is added, so documents' recipient lists stay valid.
        DraftMeeting taken;
        for (int other = 0; other < row; ++other) {
            if (const QTableWidgetItem *item = m_table->item(other, NameColumn))
                taken.participants << DraftParticipant { item->data(IdRole).toString() };
        }
        id = taken.newParticipantId(
            participant.fullName.isEmpty() ? QStringLiteral("nguoi") : participant.fullName);
    }
    name->setData(IdRole, id);
    name->setData(KeyRole, participant.publicKey);
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, PositionColumn, new QTableWidgetItem(participant.position));

    auto *role = new QComboBox(m_table);
    role->addItem(tr("— choose a role —"), QString());
    for (Role r : { Role::Chair, Role::Secretary, Role::Delegate, Role::Guest })
        role->addItem(roleDisplayName(r), roleKey(r));
    role->setCurrentIndex(participant.role ? role->findData(roleKey(*participant.role)) : 0);
    connect(role, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    m_table->setCellWidget(row, RoleColumn, role);

    auto *weight = new QDoubleSpinBox(m_table);
    weight->setRange(0, 100);
    weight->setDecimals(2);
    weight->setValue(participant.voteWeight);
    connect(weight, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    m_table->setCellWidget(row, WeightColumn, weight);
    m_loading = wasLoading;
}

void ParticipantsEditor::setParticipants(const QList<DraftParticipant> &participants)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const DraftParticipant &participant : participants)
        addRow(participant);
    m_loading = false;
}

QList<DraftParticipant> ParticipantsEditor::participants() const
{
    QList<DraftParticipant> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        DraftParticipant participant;
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        participant.fullName = name ? name->text().simplified() : QString();
        participant.id = name ? name->data(IdRole).toString() : QString();
        participant.publicKey = name ? name->data(KeyRole).toString() : QString();
        const QTableWidgetItem *position = m_table->item(row, PositionColumn);
        participant.position = position ? position->text().trimmed() : QString();
        if (auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn)))
            participant.role = roleFromKey(role->currentData().toString());
        if (auto *weight = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, WeightColumn)))
            participant.voteWeight = weight->value();
        result << participant;
    }
    return result;
}

void ParticipantsEditor::addPerson()
{
    DraftParticipant person;
    person.role = Role::Delegate;
    addRow(person);
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    Q_EMIT edited();
}

void ParticipantsEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT edited();
}

void ParticipantsEditor::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import people from CSV"), QString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void ParticipantsEditor::importCsv(const QString &path)
{
    const Result<PeopleImport> imported = peoplecsv::readFile(path);
    if (!imported) {
        m_lastImportMessage = tr("Nothing was imported. %1").arg(imported.error());
        Q_EMIT message(m_lastImportMessage, true);
        return;
    }
    for (const DraftParticipant &person : imported->people)
        addRow(person);
    QStringList lines { tr("%n people imported.", nullptr, int(imported->people.size())) };
    lines << imported->notes;
    m_lastImportMessage = lines.join(u' ');
    Q_EMIT message(m_lastImportMessage, !imported->wasUtf8);
    Q_EMIT edited();
}

} // namespace phonghop::ui
