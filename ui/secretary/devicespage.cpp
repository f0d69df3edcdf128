#include "devicespage.h"

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/share/sharereader.h"
#include "organisationaccess.h"
#include "setup/setupwidgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
enum PendingColumn {
    PendingPerson,
    PendingLabel,
    PendingWhen,
    PendingFingerprint,
    PendingCode,
    PendingColumns
};
enum EnrolledColumn {
    EnrolledPerson,
    EnrolledLabel,
    EnrolledSince,
    EnrolledFingerprint,
    EnrolledStatus,
    EnrolledColumns
};
constexpr int KeyRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setDefaultSectionSize(44);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return table;
}

struct DevicesRead {
    Result<DirectoryStore::Reading> reading = Result<DirectoryStore::Reading>::failure(QString());
    EnrolmentScan scan;
};

struct DeviceWrite {
    Status status = Status::success();
    QString message;
};

} // namespace

QString republishUpcoming(
    const OrganisationAdmin &admin, const PeopleDirectory &directory, bool *ok)
{
    const QString share = admin.shareRoot();
    const QByteArray key = admin.key().publicKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ShareReader reader(share);
    int checked = 0;
    int written = 0;
    QStringList problems;
    for (const QString &meetingId : reader.meetingIds()) {
        for (int revision : reader.manifestRevisions(meetingId)) {
            const Result<VerifiedManifest> manifest = reader.readManifest(meetingId, revision, key);
            if (!manifest)
                continue; // an older valid revision, if any
            const Meeting &meeting = manifest->meeting;
            const QDateTime ends
                = meeting.end.isValid() ? meeting.end : meeting.start.addSecs(12 * 3600);
            if (ends.isValid() && ends < now)
                break;
            ++checked;
            const std::optional<VerifiedRoster> before = latestRosterOnShare(share, meetingId, key);
            const Result<qint64> inForce
                = publishRoster(share, meeting, directory, admin.key(), now);
            if (!inForce)
                problems << QStringLiteral("%1: %2").arg(meeting.title, inForce.error());
            else if (!before || before->roster.revision != inForce.value())
                ++written;
            break;
        }
    }
    *ok = problems.isEmpty();
    QStringList lines;
    if (checked == 0)
        lines << QCoreApplication::translate(
            "phonghop::ui::DevicesPage", "No upcoming meeting is published yet.");
    else
        lines << QCoreApplication::translate("phonghop::ui::DevicesPage",
            "%1 upcoming meeting(s) checked, %2 new roster revision(s) written.")
                     .arg(checked)
                     .arg(written);
    lines << problems;
    return lines.join(u'\n');
}

namespace {

// After an approval or a revocation: the rosters follow at once, as phonghop-cli does.
void appendRosterUpdate(OrganisationAdmin &admin, DeviceWrite &write)
{
    const Result<DirectoryStore::Reading> reading = admin.directory();
    if (!reading) {
        write.message += u' ' + reading.error();
        return;
    }
    bool ok = true;
    write.message += u' ' + republishUpcoming(admin, reading->directory, &ok);
}

QFont monospace(const QFont &base)
{
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(base.pointSizeF());
    return font;
}
} // namespace

DevicesPage::DevicesPage(OrganisationAccess &access, QWidget *parent)
    : QWidget(parent)
    , m_access(access)
{
    setObjectName(QStringLiteral("devicesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    auto *pendingPane = new QWidget(splitter);
    auto *pendingLayout = new QVBoxLayout(pendingPane);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    m_pendingTitle = headingLabel(tr("Waiting for approval"), pendingPane, 1.2);
    pendingLayout->addWidget(m_pendingTitle);
    pendingLayout->addWidget(
        paragraphLabel(tr("Compare the code on the person's device with the one here before "
                          "approving: it proves the request comes from that device."),
            pendingPane));
    m_pending
        = makeTable({ tr("Person"), tr("Device"), tr("Requested"), tr("Fingerprint"), tr("Code") },
            QStringLiteral("pendingTable"), pendingPane);
    pendingLayout->addWidget(m_pending, 1);
    auto *pendingButtons = new QHBoxLayout;
    m_approve = touchButton(tr("Approve…"), pendingPane, true);
    m_approve->setObjectName(QStringLiteral("approveDevice"));
    m_reject = touchButton(tr("Reject…"), pendingPane);
    m_reject->setObjectName(QStringLiteral("rejectDevice"));
    m_reload = touchButton(tr("Reload"), pendingPane);
    m_reload->setObjectName(QStringLiteral("reloadDevices"));
    pendingButtons->addWidget(m_approve);
    pendingButtons->addWidget(m_reject);
    pendingButtons->addStretch();
    pendingButtons->addWidget(m_reload);
    pendingLayout->addLayout(pendingButtons);

    auto *enrolledPane = new QWidget(splitter);
    auto *enrolledLayout = new QVBoxLayout(enrolledPane);
    enrolledLayout->setContentsMargins(0, 0, 0, 0);
    enrolledLayout->addWidget(headingLabel(tr("Enrolled devices"), enrolledPane, 1.2));
    m_enrolled
        = makeTable({ tr("Person"), tr("Device"), tr("Approved"), tr("Fingerprint"), tr("Status") },
            QStringLiteral("enrolledTable"), enrolledPane);
    enrolledLayout->addWidget(m_enrolled, 1);
    auto *enrolledButtons = new QHBoxLayout;
    m_revoke = touchButton(tr("Revoke (lost or replaced device)…"), enrolledPane);
    m_revoke->setObjectName(QStringLiteral("revokeDevice"));
    m_updateRosters = touchButton(tr("Update the rosters of upcoming meetings"), enrolledPane);
    m_updateRosters->setObjectName(QStringLiteral("updateRosters"));
    m_updateRosters->setToolTip(
        tr("Writes a new roster revision for each upcoming meeting whose participants' "
           "devices changed, so that approved devices can vote and revoked ones cannot."));
    enrolledButtons->addWidget(m_revoke);
    enrolledButtons->addStretch();
    enrolledButtons->addWidget(m_updateRosters);
    enrolledLayout->addLayout(enrolledButtons);
    splitter->addWidget(pendingPane);
    splitter->addWidget(enrolledPane);
    layout->addWidget(splitter, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("devicesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3e0; color: #5d2a00; padding: 6px; }"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_message, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    bar->addWidget(m_progress);
    layout->addLayout(bar);

    connect(m_approve, &QPushButton::clicked, this, &DevicesPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &DevicesPage::rejectSelected);
    connect(m_revoke, &QPushButton::clicked, this, &DevicesPage::revokeSelected);
    connect(m_reload, &QPushButton::clicked, this, &DevicesPage::reload);
    connect(m_updateRosters, &QPushButton::clicked, this, &DevicesPage::updateRosters);
    connect(m_pending, &QTableWidget::itemSelectionChanged, this, &DevicesPage::updateButtons);
    connect(m_enrolled, &QTableWidget::itemSelectionChanged, this, &DevicesPage::updateButtons);
    connect(m_pending, &QTableWidget::cellDoubleClicked, this, &DevicesPage::approveSelected);
    connect(&m_access, &OrganisationAccess::directoryChanged, this, [this] {
        if (!m_busy)
            reload();
    });
    reload();
}

QString DevicesPage::messageText() const
{
    return m_message->text();
}

void DevicesPage::setMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        isError ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
}

void DevicesPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_reload->setEnabled(!busy);
    m_updateRosters->setEnabled(!busy);
    updateButtons();
    if (busy)
        setMessage(text, false);
}

void DevicesPage::updateButtons()
{
    m_approve->setEnabled(!m_busy && selectedRequest());
    m_reject->setEnabled(!m_busy && selectedRequest());
    const DirectoryDevice *device = m_directory.device(selectedDevice());
    m_revoke->setEnabled(!m_busy && device && device->active());
}

void DevicesPage::reload()
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
    setBusy(true, tr("Reading the enrolment requests…"));
    const QString share = m_access.sharePath();
    runInBackground(
        this,
        [share, key] {
            DevicesRead read;
            read.reading = DirectoryStore(share).read(key);
            if (read.reading)
                read.scan = scanEnrolmentRequests(share, read.reading->directory);
            return read;
        },
        [this](const DevicesRead &read) {
            setBusy(false);
            if (!read.reading) {
                setMessage(tr("The directory cannot be read: %1").arg(read.reading.error()), true);
            } else {
                showState(read.reading->directory, read.scan.pending,
                    read.reading->problems + read.scan.problems);
                setMessage(read.scan.pending.isEmpty() ? tr("No device is waiting for approval.")
                                                       : tr("%n device(s) waiting for approval.",
                                                           nullptr, int(read.scan.pending.size())),
                    false);
            }
            Q_EMIT workFinished();
        });
}

void DevicesPage::showState(const PeopleDirectory &directory,
    const QList<PendingEnrolment> &pending, const QStringList &problems)
{
    const PendingEnrolment *request = selectedRequest();
    const QString keepRequest = request ? request->recordHash : QString();
    const QString keepDevice = selectedDevice();
    m_directory = directory;
    m_pendingRequests = pending;
    const QFont mono = monospace(font());

    m_pending->setRowCount(0);
    for (const PendingEnrolment &entry : m_pendingRequests) {
        const int row = m_pending->rowCount();
        m_pending->insertRow(row);
        auto *person = new QTableWidgetItem(
            entry.personName.isEmpty() ? entry.request.participantId : entry.personName);
        person->setData(KeyRole, entry.recordHash);
        m_pending->setItem(row, PendingPerson, person);
        m_pending->setItem(row, PendingLabel, new QTableWidgetItem(entry.request.label));
        m_pending->setItem(
            row, PendingWhen, new QTableWidgetItem(enrolmentTime(entry.request.requestedAt)));
        auto *fingerprint = new QTableWidgetItem(entry.fingerprint);
        fingerprint->setFont(mono);
        m_pending->setItem(row, PendingFingerprint, fingerprint);
        auto *code = new QTableWidgetItem(entry.comparisonCode);
        QFont codeFont = mono;
        codeFont.setBold(true);
        codeFont.setPointSizeF(mono.pointSizeF() * 1.3);
        code->setFont(codeFont);
        m_pending->setItem(row, PendingCode, code);
        if (entry.recordHash == keepRequest)
            m_pending->selectRow(row);
    }
    // One request waiting: it is the one to look at.
    if (m_pending->rowCount() == 1 && m_pending->selectedItems().isEmpty())
        m_pending->selectRow(0);
    m_pendingTitle->setText(pending.isEmpty()
            ? tr("Waiting for approval")
            : tr("Waiting for approval (%1)").arg(pending.size()));

    m_enrolled->setRowCount(0);
    for (const DirectoryPerson &person : m_directory.people) {
        for (const DirectoryDevice &device : person.devices) {
            const int row = m_enrolled->rowCount();
            m_enrolled->insertRow(row);
            auto *name = new QTableWidgetItem(person.fullName);
            name->setData(KeyRole, device.id);
            m_enrolled->setItem(row, EnrolledPerson, name);
            m_enrolled->setItem(row, EnrolledLabel, new QTableWidgetItem(device.label));
            m_enrolled->setItem(
                row, EnrolledSince, new QTableWidgetItem(enrolmentTime(device.approvedAt)));
            auto *fingerprint = new QTableWidgetItem(keyFingerprint(device.publicKey));
            fingerprint->setFont(mono);
            m_enrolled->setItem(row, EnrolledFingerprint, fingerprint);
            m_enrolled->setItem(row, EnrolledStatus,
                new QTableWidgetItem(device.active()
                        ? tr("Enrolled")
                        : tr("Revoked %1").arg(enrolmentTime(device.revokedAt))));
            if (!device.active()) {
                for (int column = 0; column < EnrolledColumns; ++column)
                    m_enrolled->item(row, column)->setForeground(QColor(0x75, 0x75, 0x75));
            }
            if (device.id == keepDevice)
                m_enrolled->selectRow(row);
        }
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    updateButtons();
}

const PendingEnrolment *DevicesPage::selectedRequest() const
{
    const QList<QTableWidgetItem *> items = m_pending->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QTableWidgetItem *first = m_pending->item(items.first()->row(), PendingPerson);
    if (!first)
        return nullptr;
    const QString hash = first->data(KeyRole).toString();
    for (const PendingEnrolment &entry : m_pendingRequests) {
        if (entry.recordHash == hash)
            return &entry;
    }
    return nullptr;
}

QString DevicesPage::selectedDevice() const
{
    const QList<QTableWidgetItem *> items = m_enrolled->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *first = m_enrolled->item(items.first()->row(), EnrolledPerson);
    return first ? first->data(KeyRole).toString() : QString();
}

namespace {
// One write through OrganisationAdmin on a worker thread, then the page reads the share again.
template <typename Op>
void writeDevices(DevicesPage *page, OrganisationAccess &access, const SigningKey &key, Op op,
    const std::function<void(const DeviceWrite &)> &done)
{
    const QString share = access.sharePath();
    runInBackground(
        page,
        [share, key, op] {
            DeviceWrite write;
            Result<OrganisationAdmin> admin = OrganisationAdmin::open(share, key);
            if (!admin) {
                write.status = Status::failure(admin.error());
                return write;
            }
            return op(admin.value());
        },
        done);
}
} // namespace

void DevicesPage::approveSelected()
{
    const PendingEnrolment *selected = selectedRequest();
    if (!selected || m_busy)
        return;
    const PendingEnrolment request = *selected;
    ApprovalDialog confirm(request, this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    const Result<SigningKey> key = m_access.unlockedKey(window());
    if (!key) {
        if (!key.error().isEmpty())
            setMessage(key.error(), true);
        return;
    }
    const QString who
        = request.personName.isEmpty() ? request.request.participantId : request.personName;
    setBusy(true, tr("Approving the device of %1…").arg(who));
    writeDevices(
        this, m_access, key.value(),
        [request, who](OrganisationAdmin &admin) {
            DeviceWrite write;
            const Result<DirectoryDevice> approved = admin.approve(request.fingerprint);
            if (!approved) {
                write.status = Status::failure(approved.error());
            } else {
                write.message = QCoreApplication::translate(
                    "phonghop::ui::DevicesPage", "The device “%1” of %2 is approved.")
                                    .arg(approved->label, who);
                appendRosterUpdate(admin, write);
            }
            return write;
        },
        [this](const DeviceWrite &write) {
            setBusy(false);
            if (!write.status) {
                setMessage(write.status.error(), true);
                Q_EMIT workFinished();
                return;
            }
            showAfterReload(write.message);
            Q_EMIT m_access.directoryChanged();
            reload();
        });
}

void DevicesPage::rejectSelected()
{
    const PendingEnrolment *selected = selectedRequest();
    if (!selected || m_busy)
        return;
    const PendingEnrolment request = *selected;
    const QString who
        = request.personName.isEmpty() ? request.request.participantId : request.personName;
    if (!confirmAction(this, tr("Reject a request"), tr("Reject the request of %1?").arg(who),
            tr("The device “%1” (code %2) is not enrolled. The person can send a new request "
               "later.")
                .arg(request.request.label, request.comparisonCode),
            tr("Reject"), true))
        return;
    const Result<SigningKey> key = m_access.unlockedKey(window());
    if (!key) {
        if (!key.error().isEmpty())
            setMessage(key.error(), true);
        return;
    }
    setBusy(true, tr("Rejecting the request of %1…").arg(who));
    writeDevices(
        this, m_access, key.value(),
        [request, who](OrganisationAdmin &admin) {
            DeviceWrite write;
            const Result<PendingEnrolment> rejected = admin.reject(request.fingerprint);
            if (!rejected)
                write.status = Status::failure(rejected.error());
            else
                write.message = QCoreApplication::translate(
                    "phonghop::ui::DevicesPage", "The request of %1 was rejected.")
                                    .arg(who);
            return write;
        },
        [this](const DeviceWrite &write) {
            setBusy(false);
            if (!write.status) {
                setMessage(write.status.error(), true);
                Q_EMIT workFinished();
                return;
            }
            Q_EMIT m_access.directoryChanged();
            reload();
            setMessage(write.message, false);
        });
}

void DevicesPage::revokeSelected()
{
    const QString deviceId = selectedDevice();
    const DirectoryDevice *device = m_directory.device(deviceId);
    const DirectoryPerson *person = m_directory.personWithDevice(deviceId);
    if (!device || !device->active() || m_busy)
        return;
    const QString who = person ? person->fullName : QString();
    const QString label = device->label;
    if (!confirmAction(this, tr("Revoke a device"),
            tr("Revoke the device “%1” of %2?").arg(label, who),
            tr("For a lost, stolen or replaced device. From the next roster on, its check-ins and "
               "ballots are refused and reported. This cannot be undone: the person enrols the "
               "device again as a new one. Fingerprint: %1")
                .arg(keyFingerprint(device->publicKey)),
            tr("Revoke"), true))
        return;
    const Result<SigningKey> key = m_access.unlockedKey(window());
    if (!key) {
        if (!key.error().isEmpty())
            setMessage(key.error(), true);
        return;
    }
    setBusy(true, tr("Revoking the device “%1”…").arg(label));
    writeDevices(
        this, m_access, key.value(),
        [deviceId, label, who](OrganisationAdmin &admin) {
            DeviceWrite write;
            const Result<DirectoryDevice> revoked = admin.revoke(deviceId);
            if (!revoked) {
                write.status = Status::failure(revoked.error());
            } else {
                write.message = QCoreApplication::translate(
                    "phonghop::ui::DevicesPage", "The device “%1” of %2 is revoked.")
                                    .arg(label, who);
                appendRosterUpdate(admin, write);
            }
            return write;
        },
        [this](const DeviceWrite &write) {
            setBusy(false);
            if (!write.status) {
                setMessage(write.status.error(), true);
                Q_EMIT workFinished();
                return;
            }
            showAfterReload(write.message);
            Q_EMIT m_access.directoryChanged();
            reload();
        });
}

void DevicesPage::showAfterReload(const QString &done)
{
    // Shown after the reload's own line, which would otherwise replace it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &DevicesPage::workFinished, this, [this, done, connection] {
        disconnect(*connection);
        setMessage(done, false);
    });
}

void DevicesPage::updateRosters()
{
    if (m_busy)
        return;
    const Result<SigningKey> key = m_access.unlockedKey(window());
    if (!key) {
        if (!key.error().isEmpty())
            setMessage(key.error(), true);
        return;
    }
    setBusy(true, tr("Updating the rosters of upcoming meetings…"));
    const QString share = m_access.sharePath();
    const SigningKey signingKey = key.value();
    runInBackground(
        this,
        [share, signingKey] {
            DeviceWrite write;
            Result<OrganisationAdmin> admin = OrganisationAdmin::open(share, signingKey);
            if (!admin) {
                write.status = Status::failure(admin.error());
                return write;
            }
            const Result<DirectoryStore::Reading> reading = admin->directory();
            if (!reading) {
                write.status = Status::failure(reading.error());
                return write;
            }
            bool ok = true;
            write.message = republishUpcoming(admin.value(), reading->directory, &ok);
            if (!ok)
                write.status = Status::failure(write.message);
            return write;
        },
        [this](const DeviceWrite &write) {
            setBusy(false);
            setMessage(write.status ? write.message : write.status.error(), !write.status);
            Q_EMIT workFinished();
        });
}

} // namespace phonghop::ui
