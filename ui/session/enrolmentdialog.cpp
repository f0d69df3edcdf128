#include "enrolmentdialog.h"

#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/enrolment.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/trust/devicekey.h"
#include "setup/setupwidgets.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int PersonIdRole = Qt::UserRole + 1;

struct DirectoryLook {
    Result<DirectoryStore::Reading> reading = Result<DirectoryStore::Reading>::failure(QString());
    std::optional<PendingEnrolment> ownRequest;
};

QFont scaledFont(const QFont &base, qreal scale, bool bold = true)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}
} // namespace

EnrolmentDialog::EnrolmentDialog(MeetingCache &cache, QString sharePath, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_sharePath(std::move(sharePath))
{
    setObjectName(QStringLiteral("enrolmentDialog"));
    setWindowTitle(tr("Enrol this device — PhòngHọp"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_pages = new QStackedWidget(this);

    // Loading.
    auto *loading = new QWidget(m_pages);
    auto *loadingLayout = new QVBoxLayout(loading);
    loadingLayout->addWidget(paragraphLabel(tr("Reading the organisation's directory…"), loading));
    loadingLayout->addStretch();
    m_pages->addWidget(loading);

    // Problem.
    auto *problem = new QWidget(m_pages);
    auto *problemLayout = new QVBoxLayout(problem);
    m_problem = paragraphLabel(QString(), problem);
    m_problem->setObjectName(QStringLiteral("enrolmentProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    problemLayout->addWidget(m_problem);
    auto *retry = touchButton(tr("Try again"), problem);
    problemLayout->addWidget(retry, 0, Qt::AlignLeft);
    problemLayout->addStretch();
    m_pages->addWidget(problem);
    connect(retry, &QPushButton::clicked, this, &EnrolmentDialog::reload);

    // Choose who you are.
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setSpacing(10);
    chooseLayout->addWidget(headingLabel(tr("Who uses this device?"), choose, 1.3));
    chooseLayout->addWidget(
        paragraphLabel(tr("Pick your name in the organisation's directory. The secretary then "
                          "approves this device for you, after comparing a code."),
            choose));
    m_filter = new QLineEdit(choose);
    m_filter->setObjectName(QStringLiteral("enrolmentFilter"));
    m_filter->setMinimumHeight(44);
    m_filter->setPlaceholderText(tr("Search by name, position or unit"));
    m_filter->setClearButtonEnabled(true);
    chooseLayout->addWidget(m_filter);
    m_people = new QListWidget(choose);
    m_people->setObjectName(QStringLiteral("enrolmentPeople"));
    m_people->setStyleSheet(
        QStringLiteral("QListWidget::item { padding: 8px 10px; border-bottom: 1px solid #e3e6ea; }"
                       "QListWidget::item:selected { background: #1565c0; color: white; }"));
    m_people->setWordWrap(true);
    m_people->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    chooseLayout->addWidget(m_people, 1);
    chooseLayout->addWidget(
        new QLabel(tr("Name of this device (so the secretary recognises it)"), choose));
    m_label = new QLineEdit(choose);
    m_label->setObjectName(QStringLiteral("enrolmentLabel"));
    m_label->setMinimumHeight(44);
    m_label->setText(QSysInfo::machineHostName());
    m_label->setPlaceholderText(tr("For instance: Tablet 3, meeting room"));
    chooseLayout->addWidget(m_label);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch();
    m_send = touchButton(tr("Ask to enrol this device"), choose, true);
    m_send->setObjectName(QStringLiteral("sendEnrolment"));
    sendRow->addWidget(m_send);
    chooseLayout->addLayout(sendRow);
    m_pages->addWidget(choose);
    connect(m_filter, &QLineEdit::textChanged, this, &EnrolmentDialog::fillPeople);
    connect(m_send, &QPushButton::clicked, this, &EnrolmentDialog::sendRequest);
    connect(m_people, &QListWidget::itemSelectionChanged, this, [this] {
        m_send->setEnabled(m_people->currentItem() && m_people->currentItem()->isSelected());
    });

    // Waiting: the code to show.
    auto *waiting = new QWidget;
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->setSpacing(12);
    waitingLayout->addWidget(headingLabel(tr("Show this to the secretary"), waiting, 1.5));
    m_who = paragraphLabel(QString(), waiting);
    m_who->setObjectName(QStringLiteral("enrolmentWho"));
    m_who->setFont(scaledFont(m_who->font(), 1.15, false));
    waitingLayout->addWidget(m_who);
    waitingLayout->addWidget(new QLabel(tr("Comparison code"), waiting));
    m_code = fingerprintLabel(QString(), waiting, 3.2);
    m_code->setObjectName(QStringLiteral("enrolmentCode"));
    waitingLayout->addWidget(m_code);
    waitingLayout->addWidget(new QLabel(tr("Device fingerprint"), waiting));
    m_fingerprint = fingerprintLabel(QString(), waiting, 1.5);
    m_fingerprint->setObjectName(QStringLiteral("enrolmentFingerprint"));
    waitingLayout->addWidget(m_fingerprint);
    waitingLayout->addWidget(paragraphLabel(tr("The secretary sees the same code and fingerprint "
                                               "in the workspace (Devices) and approves the "
                                               "request when they match. This device can vote once "
                                               "a meeting's roster lists it: the secretary "
                                               "updates the rosters after approving."),
        waiting));
    waitingLayout->addStretch();
    auto *waitingArea = new QScrollArea(m_pages);
    waitingArea->setWidget(waiting);
    waitingArea->setWidgetResizable(true);
    waitingArea->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(waitingArea);

    // Enrolled already.
    auto *enrolled = new QWidget(m_pages);
    auto *enrolledLayout = new QVBoxLayout(enrolled);
    m_enrolled = headingLabel(QString(), enrolled, 1.2);
    m_enrolled->setObjectName(QStringLiteral("enrolmentDone"));
    enrolledLayout->addWidget(m_enrolled);
    enrolledLayout->addStretch();
    m_pages->addWidget(enrolled);

    layout->addWidget(m_pages, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enrolmentMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    auto *close = touchButton(tr("Close"), this);
    close->setAutoDefault(false);
    closeRow->addWidget(close);
    layout->addLayout(closeRow);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(620, 720);

    Result<SigningKey> key = DeviceKey::loadOrCreate(m_cache.directory());
    if (key)
        m_deviceKey = key.value();
    reload();
}

QString EnrolmentDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString EnrolmentDialog::shownCode() const
{
    return m_code->text();
}

QString EnrolmentDialog::shownFingerprint() const
{
    return m_fingerprint->text();
}

void EnrolmentDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_pages->setCurrentIndex(static_cast<int>(stage));
    Q_EMIT stageChanged(stage);
}

void EnrolmentDialog::reload()
{
    showMessage(m_message, QString(), false);
    if (!m_deviceKey) {
        m_problem->setText(
            tr("This device's key cannot be read or created in %1.").arg(m_cache.directory()));
        setStage(Stage::Problem);
        return;
    }
    if (m_sharePath.isEmpty()) {
        m_problem->setText(tr(
            "Choose the organisation's shared folder first (Meeting → Choose the shared folder)."));
        setStage(Stage::Problem);
        return;
    }
    const Result<QByteArray> pinned = readPinnedOrganisationKey(m_cache);
    if (!pinned) {
        m_problem->setText(pinned.error());
        setStage(Stage::Problem);
        return;
    }
    const QByteArray organisationKey = pinned.value();
    if (organisationKey.isEmpty()) {
        m_problem->setText(
            tr("This computer does not trust an organisation yet. Sync with the shared folder and "
               "confirm the organisation's fingerprint first."));
        setStage(Stage::Problem);
        return;
    }
    setStage(Stage::Loading);
    const QString share = m_sharePath;
    const QString deviceId = deviceIdOf(m_deviceKey->publicKey());
    runInBackground(
        this,
        [share, organisationKey, deviceId] {
            DirectoryLook look;
            look.reading = DirectoryStore(share).read(organisationKey);
            if (look.reading) {
                const EnrolmentScan scan = scanEnrolmentRequests(share, look.reading->directory);
                for (const PendingEnrolment &pending : scan.pending) {
                    if (pending.request.deviceId == deviceId)
                        look.ownRequest = pending;
                }
            }
            return look;
        },
        [this, deviceId](const DirectoryLook &look) {
            if (!look.reading) {
                m_problem->setText(tr("The organisation's directory cannot be read: %1")
                                       .arg(look.reading.error()));
                setStage(Stage::Problem);
                return;
            }
            m_directory = look.reading->directory;
            if (const DirectoryPerson *person = m_directory.personWithDevice(deviceId)) {
                const DirectoryDevice *device = m_directory.device(deviceId);
                if (device && device->active()) {
                    m_enrolled->setText(
                        tr("This device is enrolled for %1 (%2). A meeting's roster lists it once "
                           "the secretary publishes or updates that meeting.")
                            .arg(person->fullName, device->label));
                } else {
                    m_enrolled->setText(
                        tr("This device was revoked for %1. It can no longer check in or vote. Ask "
                           "the secretary if this is a mistake.")
                            .arg(person->fullName));
                }
                setStage(Stage::Enrolled);
                return;
            }
            if (look.ownRequest) {
                const DirectoryPerson *person
                    = m_directory.person(look.ownRequest->request.participantId);
                showCode(person ? person->fullName : look.ownRequest->request.participantId,
                    look.ownRequest->request.label);
                return;
            }
            if (m_directory.people.isEmpty()) {
                m_problem->setText(tr("The organisation's directory has nobody in it yet. Ask the "
                                      "secretary to add the "
                                      "organisation's people first."));
                setStage(Stage::Problem);
                return;
            }
            fillPeople(m_filter->text());
            setStage(Stage::Choose);
        });
}

void EnrolmentDialog::fillPeople(const QString &filter)
{
    const QString keep = m_people->currentItem()
        ? m_people->currentItem()->data(PersonIdRole).toString()
        : QString();
    m_people->clear();
    const QString needle = filter.simplified();
    for (const DirectoryPerson &person : m_directory.people) {
        if (person.retired)
            continue;
        QStringList details;
        if (!person.position.isEmpty())
            details << person.position;
        if (!person.unit.isEmpty())
            details << person.unit;
        const QString line = details.join(QStringLiteral(" · "));
        if (!needle.isEmpty() && !person.fullName.contains(needle, Qt::CaseInsensitive)
            && !line.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *row = new QListWidgetItem(
            line.isEmpty() ? person.fullName : person.fullName + u'\n' + line, m_people);
        row->setData(PersonIdRole, person.id);
        if (person.id == keep)
            m_people->setCurrentItem(row);
    }
    m_send->setEnabled(m_people->currentItem() && m_people->currentItem()->isSelected());
}

void EnrolmentDialog::sendRequest()
{
    QListWidgetItem *row = m_people->currentItem();
    if (!row || !m_deviceKey) {
        showMessage(m_message, tr("Pick your name in the list first."), true);
        return;
    }
    const QString personId = row->data(PersonIdRole).toString();
    const QString label = m_label->text().simplified();
    const DirectoryPerson *person = m_directory.person(personId);
    const QString name = person ? person->fullName : personId;
    m_send->setEnabled(false);
    showMessage(m_message, tr("Sending the request…"), false);
    const QString share = m_sharePath;
    const PeopleDirectory directory = m_directory;
    const SigningKey key = *m_deviceKey;
    runInBackground(
        this,
        [share, directory, personId, label, key] {
            return requestEnrolment(
                share, directory, personId, label, key, QDateTime::currentDateTimeUtc());
        },
        [this, name, label](const Result<SignedRecord> &sent) {
            m_send->setEnabled(true);
            if (!sent) {
                showMessage(
                    m_message, tr("The request could not be sent: %1").arg(sent.error()), true);
                return;
            }
            showMessage(m_message, QString(), false);
            showCode(name, label);
        });
}

void EnrolmentDialog::showCode(const QString &personName, const QString &label)
{
    const QByteArray publicKey = m_deviceKey->publicKey();
    m_who->setText(label.isEmpty()
            ? tr("Request sent for %1.").arg(personName)
            : tr("Request sent for %1, device “%2”.").arg(personName, label));
    m_code->setText(enrolmentComparisonCode(publicKey));
    m_fingerprint->setText(groupedFingerprint(keyFingerprint(publicKey)));
    setStage(Stage::Waiting);
}

} // namespace phonghop::ui
