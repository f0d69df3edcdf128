// Consultations on screen (issue 17): a member answers through the page's buttons, changes the
// answer, and finds everything refused after the deadline; the badge counts what is left; the
// office sees who answered and the count, closes through the view (refused before the deadline
// unless "close early"), a member's seat recounts that close and agrees, and the report buttons
// write a PDF and a CSV. A real folder as the share, real keys, real signatures.
#include "consult/consultationform.h"
#include "consult/consultationoffice.h"
#include "consult/consultationsview.h"
#include "i18n/languageloader.h"
#include "mainwindow/mainwindow.h"
#include "meeting_core/consult/consultation.h"
#include "meeting_core/consult/consultationservice.h"
#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncservice.h"
#include "meeting_core/trust/devicekey.h"
#include "meeting_core/util/atomicfile.h"
#include "secretary/organisationaccess.h"
#include "style/touchstyle.h"
#include "viewer/documentview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <map>

using namespace phonghop;

namespace {

// The screenshots' run shows the app in Vietnamese: texts are compared as the window translates
// them (the English source when no catalogue is loaded).
QString onScreen(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

const QString consultationId = QStringLiteral("xin-y-kien-gia-dat");

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
const QDateTime beforeDeadline = at("2030-06-10T09:00:00+07:00");
const QDateTime afterDeadline = at("2030-07-01T09:00:00+07:00");

void useTouchStyle()
{
    static bool installed = false;
    if (!installed) {
        ui::installTouchStyle(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        installed = true;
        if (!qEnvironmentVariableIsEmpty("PHONGHOP_SCREENSHOT_DIR"))
            (new ui::LanguageLoader)->load(QStringLiteral("vi"));
    }
}

void screenshot(QWidget &w, const QString &name)
{
    const QByteArray dir = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
    if (!dir.isEmpty())
        w.grab().save(QString::fromLocal8Bit(dir) + u'/' + name + QStringLiteral(".png"));
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (condition())
            return true;
        QTest::qWait(20);
    }
    return condition();
}

// Presses the confirmation's "yes" (or "no") once it shows; *seen says whether it did.
struct ModalWatch {
    std::shared_ptr<bool> seen;
    std::unique_ptr<QTimer> timer;
    bool operator*() const { return *seen; }
};
ModalWatch whenConfirm(bool yes = true)
{
    ModalWatch watch { std::make_shared<bool>(false), std::make_unique<QTimer>() };
    QTimer *timer = watch.timer.get();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, yes, seen = watch.seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            *seen = true;
            QTest::mouseClick(
                box->findChild<QPushButton *>(
                    yes ? QStringLiteral("confirmActionYes") : QStringLiteral("confirmActionNo")),
                Qt::LeftButton);
        }
    });
    timer->start();
    return watch;
}

void writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(100, 100, QStringLiteral("Dự thảo Quyết định"));
}

// An organisation on a real folder, three members with a device each, and a consultation of
// two questions with a document, deadline 30/06/2030 17:00 (+07:00).
struct Fixture {
    QTemporaryDir dir;
    QString share;
    SigningKey organisation = SigningKey::generate();
    std::map<QString, SigningKey> devices;
    const QStringList people { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich"),
        QStringLiteral("uy-vien") };
    const std::map<QString, QString> names { { QStringLiteral("chu-tich"),
                                                 QStringLiteral("Nguyễn Văn An") },
        { QStringLiteral("pho-chu-tich"), QStringLiteral("Lê Thị Bình") },
        { QStringLiteral("uy-vien"), QStringLiteral("Trần Văn Cường") } };
    Consultation consultation;

    Fixture()
    {
        REQUIRE(dir.isValid());
        share = dir.filePath(QStringLiteral("share"));
        REQUIRE(OrganisationAdmin::initialise(share, QStringLiteral("UBND xã Sơn Hà"), organisation)
                    .ok());
        for (const QString &id : people)
            devices.emplace(id, SigningKey::generate());
        REQUIRE(DirectoryStore(share)
                    .update(organisation,
                        [&](PeopleDirectory &directory) {
                            for (const QString &id : people) {
                                DirectoryPerson person;
                                person.id = id;
                                person.fullName = names.at(id);
                                DirectoryDevice device;
                                device.publicKey = devices.at(id).publicKey();
                                device.id = deviceIdOf(device.publicKey);
                                device.label = QStringLiteral("Máy ") + id;
                                device.approvedAt = QDateTime::currentDateTimeUtc();
                                person.devices << device;
                                directory.people << person;
                            }
                            return Status::success();
                        })
                    .ok());
        writePdf(dir.filePath(QStringLiteral("du-thao.pdf")));
        const QByteArray json = QStringLiteral(R"({
  "format": "phonghop-consultation", "version": 1, "id": "%1",
  "title": "Dự thảo Quyết định ban hành bảng giá đất năm 2031",
  "issuingBody": "UBND xã Sơn Hà", "deadline": "2030-06-30T17:00:00+07:00",
  "chair": "chu-tich", "note": "Đề nghị các thành viên cho ý kiến trước thời hạn.",
  "members": ["chu-tich", "pho-chu-tich", "uy-vien"],
  "questions": [
    {"id": "q1", "text": "Thông qua dự thảo Quyết định?", "kind": "approval", "rule": "uy-ban-nhan-dan"},
    {"id": "q2", "text": "Áp dụng từ ngày 01/01/2031?", "kind": "approval", "rule": "da-so-phieu"}
  ],
  "documents": [{"id": "d1", "title": "Dự thảo Quyết định", "file": "du-thao.pdf"}]
})")
                                    .arg(consultationId)
                                    .toUtf8();
        const Result<ConsultationFile> file = parseConsultationFile(json, dir.path());
        INFO((file.ok() ? QString() : file.error()).toStdString());
        REQUIRE(file.ok());
        const Result<Consultation> published = ConsultationShare(share).publish(
            file.value(), organisation, nullptr, at("2030-06-01T08:00:00Z"));
        INFO((published.ok() ? QString() : published.error()).toStdString());
        REQUIRE(published.ok());
        consultation = published.value();
    }

    // A seat's cache: the person's device key and the organisation pinned.
    QString seat(const QString &person)
    {
        const QString cache = dir.filePath(QStringLiteral("seat-") + person);
        REQUIRE(QDir().mkpath(cache));
        if (devices.count(person))
            REQUIRE(devices.at(person).save(cache + QStringLiteral("/device.key")).ok());
        auto opened = MeetingCache::open(cache);
        REQUIRE(opened.ok());
        opened.value()->setValue(
            cachekeys::organisationKey, QString::fromLatin1(organisation.publicKey().toBase64()));
        return cache;
    }

    // An answer signed by the member's device and written into its folder, as their seat does.
    void answer(const QString &person, const QString &question, int choice, qint64 sequence,
        const QString &comment = {})
    {
        const Result<SignedRecord> record = makeConsultationAnswer(consultation, question,
            { choice }, comment, person, beforeDeadline, devices.at(person), sequence);
        REQUIRE(record.ok());
        const QString path = share + QStringLiteral("/devices/")
            + deviceIdOf(devices.at(person).publicKey()) + u'/'
            + consultationAnswerFileName(consultation.id, sequence);
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        REQUIRE(atomicfile::writeNew(path, record->toBytes()).ok());
    }

    QStringList answerFiles(const QString &person) const
    {
        return QDir(
            share + QStringLiteral("/devices/") + deviceIdOf(devices.at(person).publicKey()))
            .entryList({ QStringLiteral("consultation-answer-*.json") }, QDir::Files);
    }

    ConsultationStatus statusOnShare(const QDateTime &now)
    {
        const Result<ConsultationStatus> status = ConsultationService::statusFromShare(
            share, organisation.publicKey(), consultation.id, now);
        REQUIRE(status.ok());
        return status.value();
    }
};

template <typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

void refreshView(ui::ConsultationsView &view)
{
    QSignalSpy refreshed(&view, &ui::ConsultationsView::refreshed);
    view.refresh();
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }));
}

void openPage(ui::ConsultationsView &view, const QString &id)
{
    QSignalSpy shown(&view, &ui::ConsultationsView::pageShown);
    view.openConsultation(id);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));
    QCoreApplication::processEvents(); // the old page's widgets are deleted later
}

// Chooses an option, writes a comment, presses "Send" and confirms; waits for the new page.
void sendAnswer(
    ui::ConsultationsView &view, const QString &question, int option, const QString &comment = {})
{
    QTest::mouseClick(
        child<QPushButton>(view, QStringLiteral("option-%1-%2").arg(question).arg(option)),
        Qt::LeftButton);
    child<QPlainTextEdit>(view, QStringLiteral("comment-") + question)->setPlainText(comment);
    QSignalSpy shown(&view, &ui::ConsultationsView::pageShown);
    auto confirmed = whenConfirm();
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("send-") + question), Qt::LeftButton);
    REQUIRE(*confirmed);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));
    QCoreApplication::processEvents();
}

QList<ConsultationAnswer> ownAnswers(const QString &cache, const QString &share)
{
    auto opened = MeetingCache::open(cache);
    REQUIRE(opened.ok());
    ConsultationService service(*opened.value(), share);
    return service.ownAnswers(consultationId);
}

} // namespace

TEST_CASE("A member answers on the consultation page, changes the answer, and after the deadline "
          "everything is refused and says why",
    "[consult][ui]")
{
    useTouchStyle();
    Fixture f;
    const QString cache = f.seat(QStringLiteral("chu-tich"));
    ui::ConsultationsView view(cache, f.share);
    view.setClock([] { return beforeDeadline; });
    view.resize(440, 900);
    view.show();
    QSignalSpy badge(&view, &ui::ConsultationsView::unansweredChanged);
    refreshView(view);
    CHECK(view.unanswered() == 2);
    REQUIRE(badge.count() == 1);
    CHECK(badge.last().at(0).toInt() == 2);
    REQUIRE(view.list()->count() == 1);
    CHECK(view.list()->item(0)->text().contains(QStringLiteral("bảng giá đất")));

    QSignalSpy shown(&view, &ui::ConsultationsView::pageShown);
    QTest::mouseClick(view.list()->viewport(), Qt::LeftButton, {},
        view.list()->visualItemRect(view.list()->item(0)).center());
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));
    QCoreApplication::processEvents();
    CHECK(child<QLabel>(view, QStringLiteral("consultationTitle"))->text() == f.consultation.title);
    CHECK(child<QLabel>(view, QStringLiteral("consultationDetails"))
              ->text()
              .contains(QStringLiteral("17:00 30/06/2030")));
    // The three options of an approval question, each a finger's size.
    for (int i = 0; i < 3; ++i) {
        QPushButton *option = child<QPushButton>(view, QStringLiteral("option-q1-%1").arg(i));
        CHECK(option->isEnabled());
        CHECK(option->height() >= 44);
    }
    CHECK(child<QPushButton>(view, QStringLiteral("option-q1-0"))->text() == u"Đồng ý");
    CHECK(child<QPushButton>(view, QStringLiteral("option-q1-2"))->text() == u"Ý kiến khác");
    screenshot(view, QStringLiteral("consult-member-page-open"));

    // The document opens in the window's viewer, from the seat's cached copy.
    QSignalSpy document(&view, &ui::ConsultationsView::documentRequested);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("document-d1")), Qt::LeftButton);
    REQUIRE(document.count() == 1);
    CHECK(QFileInfo(document.first().at(1).toString()).size() > 0);
    // Its annotations are its own, apart from a meeting document of the same id.
    const auto requested = qvariant_cast<DocumentRef>(document.first().at(0));
    CHECK(requested.id.startsWith(QStringLiteral("consultation:")));
    CHECK(requested.id.endsWith(QStringLiteral("/d1")));

    // "Ý kiến khác" needs a comment: said on the page, nothing asked, nothing signed.
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("option-q1-2")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("send-q1")), Qt::LeftButton);
    CHECK(child<QLabel>(view, QStringLiteral("message-q1"))->text()
        == onScreen(
            "phonghop::ui::ConsultationsView", "Write your opinion in the comment box first."));
    CHECK(ownAnswers(cache, f.share).isEmpty());

    // "Đồng ý", confirmed: signed, delivered into the device's folder, shown as the answer.
    sendAnswer(view, QStringLiteral("q1"), 0);
    QList<ConsultationAnswer> own = ownAnswers(cache, f.share);
    REQUIRE(own.size() == 1);
    CHECK(own.first().choices == QList<int> { 0 });
    CHECK(f.answerFiles(QStringLiteral("chu-tich")).size() == 1);
    CHECK(child<QLabel>(view, QStringLiteral("current-q1"))->text().contains(u"Đồng ý"));
    CHECK(child<QPushButton>(view, QStringLiteral("option-q1-0"))->isChecked());
    refreshView(view);
    CHECK(view.unanswered() == 1);
    CHECK(badge.last().at(0).toInt() == 1);

    // Changed before the deadline: "Ý kiến khác" with a comment replaces it, on the share too.
    openPage(view, consultationId);
    sendAnswer(view, QStringLiteral("q1"), 2, QStringLiteral("Cần rà soát giá đất ven sông"));
    own = ownAnswers(cache, f.share);
    REQUIRE(own.size() == 1);
    CHECK(own.first().choices == QList<int> { 2 });
    CHECK(own.first().comment == u"Cần rà soát giá đất ven sông");
    CHECK(f.answerFiles(QStringLiteral("chu-tich")).size() == 2);
    const ConsultationStatus status = f.statusOnShare(beforeDeadline);
    REQUIRE(status.members.first().answers.size() == 1);
    CHECK(status.members.first().answers.first().choice == u"other");
    CHECK(child<QLabel>(view, QStringLiteral("current-q1"))
              ->text()
              .contains(QStringLiteral("ven sông")));
    sendAnswer(view, QStringLiteral("q2"), 1);
    refreshView(view);
    CHECK(view.unanswered() == 0);
    CHECK(badge.last().at(0).toInt() == 0);

    // A cancelled confirmation sends nothing.
    openPage(view, consultationId);
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("option-q2-0")), Qt::LeftButton);
    {
        auto cancelled = whenConfirm(false);
        QTest::mouseClick(child<QPushButton>(view, QStringLiteral("send-q2")), Qt::LeftButton);
        REQUIRE(*cancelled);
    }
    CHECK(f.answerFiles(QStringLiteral("chu-tich")).size() == 3);

    // After the deadline: the page says so and every control is disabled.
    view.setClock([] { return afterDeadline; });
    openPage(view, consultationId);
    if (onScreen("phonghop::ui::MainWindow", "Consultations") == u"Consultations") // English
        CHECK(view.stateText().contains(QStringLiteral("deadline")));
    else
        CHECK_FALSE(view.stateText().isEmpty());
    for (const QString &question : { QStringLiteral("q1"), QStringLiteral("q2") }) {
        for (int i = 0; i < 3; ++i)
            CHECK_FALSE(
                child<QPushButton>(view, QStringLiteral("option-%1-%2").arg(question).arg(i))
                    ->isEnabled());
        CHECK_FALSE(child<QPushButton>(view, QStringLiteral("send-") + question)->isEnabled());
        CHECK_FALSE(
            child<QPlainTextEdit>(view, QStringLiteral("comment-") + question)->isEnabled());
    }
    CHECK(child<QLabel>(view, QStringLiteral("current-q1"))
              ->text()
              .contains(QStringLiteral("ven sông")));
    for (const QSize &size : { QSize(1366, 768), QSize(800, 1280) }) {
        view.resize(size);
        screenshot(view,
            QStringLiteral("consult-member-page-past-deadline-%1x%2")
                .arg(size.width())
                .arg(size.height()));
    }
    // The service refuses too (the seat does not only grey the buttons).
    auto opened = MeetingCache::open(cache);
    REQUIRE(opened.ok());
    ConsultationService service(*opened.value(), f.share);
    CHECK_FALSE(service
                    .answer(consultationId, QStringLiteral("q1"), ConsultationChoice::Agree, {},
                        afterDeadline)
                    .ok());
}

TEST_CASE("The office sees who answered and the count, closes through the view, the members' "
          "seats agree with the close, and the report is written",
    "[consult][ui]")
{
    useTouchStyle();
    Fixture f;
    f.answer(QStringLiteral("chu-tich"), QStringLiteral("q1"), 0, 1);
    f.answer(QStringLiteral("chu-tich"), QStringLiteral("q2"), 0, 2);
    f.answer(QStringLiteral("pho-chu-tich"), QStringLiteral("q1"), 2, 1,
        QStringLiteral("Đề nghị bổ sung bảng giá khu công nghiệp"));

    const QString officeCache = f.seat(QStringLiteral("van-phong"));
    ui::OrganisationAccess access(f.share, f.dir.filePath(QStringLiteral("no-key-file.key")));
    access.setKey(f.organisation);
    ui::ConsultationOffice office(officeCache, f.share, access);
    QDateTime now = beforeDeadline;
    office.setClock([&now] { return now; });
    office.resize(1366, 768);
    office.show();

    QSignalSpy listed(&office, &ui::ConsultationOffice::listed);
    office.refresh();
    REQUIRE(waitUntil([&] { return listed.count() > 0; }));
    REQUIRE(office.list()->count() == 1);
    QSignalSpy shown(&office, &ui::ConsultationOffice::statusShown);
    office.list()->setCurrentRow(0);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));

    QTableWidget *table = office.membersTable();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text().contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(table->item(0, 1)->text() == onScreen("phonghop::ui::ConsultationOffice", "Answered"));
    CHECK(table->item(0, 2)->text() == u"Đồng ý");
    CHECK(table->item(1, 1)->text()
        == onScreen("phonghop::ui::ConsultationOffice", "%1 of %2").arg(1).arg(2));
    CHECK(table->item(1, 2)->text().contains(QStringLiteral("bảng giá khu công nghiệp")));
    CHECK(
        table->item(2, 1)->text() == onScreen("phonghop::ui::ConsultationOffice", "Not answered"));
    CHECK(table->item(2, 2)->text() == u"—");
    // The reminder list: those who have not answered every question.
    CHECK_FALSE(office.reminderText().contains(QStringLiteral("Nguyễn Văn An")));
    CHECK(office.reminderText().contains(QStringLiteral("Lê Thị Bình")));
    CHECK(office.reminderText().contains(QStringLiteral("Trần Văn Cường")));
    // The count: one "Đồng ý" and one "Ý kiến khác" on question 1.
    CHECK(office.talliesText().contains(u"Đồng ý: 1"));
    CHECK(office.talliesText().contains(u"Ý kiến khác: 1"));
    CHECK(office.talliesText().contains(u"Đồng ý: 1", Qt::CaseSensitive));
    for (const QSize &size : { QSize(1366, 768), QSize(800, 1280) }) {
        office.resize(size);
        screenshot(
            office, QStringLiteral("consult-office-%1x%2").arg(size.width()).arg(size.height()));
    }
    office.resize(1366, 768);

    // The reminder list saved as text.
    const QString remindersPath = f.dir.filePath(QStringLiteral("nhac.txt"));
    office.setPathChooser([&](const QString &) { return remindersPath; });
    QTest::mouseClick(
        child<QPushButton>(office, QStringLiteral("officeSaveReminders")), Qt::LeftButton);
    {
        QFile saved(remindersPath);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        CHECK(text.contains(QStringLiteral("Trần Văn Cường")));
        CHECK_FALSE(text.contains(QStringLiteral("Nguyễn Văn An")));
    }

    // Before the deadline, without "close early": refused, nothing on the share.
    const QString closes = f.share + QStringLiteral("/consultations/") + consultationId;
    QTest::mouseClick(child<QPushButton>(office, QStringLiteral("officeClose")), Qt::LeftButton);
    if (onScreen("phonghop::ui::MainWindow", "Consultations") == u"Consultations") // English
        CHECK(office.messageText().contains(QStringLiteral("Close early")));
    else
        CHECK_FALSE(office.messageText().isEmpty());
    CHECK(QDir(closes).entryList({ QStringLiteral("close-*.json") }).isEmpty());

    // After the deadline, confirmed: the close is signed and written.
    now = afterDeadline;
    shown.clear();
    office.showConsultation(consultationId);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));
    QSignalSpy closed(&office, &ui::ConsultationOffice::closed);
    shown.clear();
    {
        auto confirmed = whenConfirm();
        QTest::mouseClick(
            child<QPushButton>(office, QStringLiteral("officeClose")), Qt::LeftButton);
        REQUIRE(*confirmed);
    }
    REQUIRE(closed.count() == 1);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));
    CHECK(QDir(closes).entryList({ QStringLiteral("close-*.json") }).size() == 1);
    REQUIRE(office.status()->close.has_value());
    CHECK_FALSE(child<QPushButton>(office, QStringLiteral("officeClose"))->isEnabled());
    CHECK(office.status()->close->answered
        == QStringList({ QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") }));

    // Each member's seat recounts the close against its own answers and agrees; its page says so.
    for (const QString &person :
        { QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich"), QStringLiteral("uy-vien") }) {
        const QString cache = f.seat(person);
        ui::ConsultationsView view(cache, f.share);
        view.setClock([] { return afterDeadline; });
        refreshView(view);
        openPage(view, consultationId);
        auto opened = MeetingCache::open(cache);
        REQUIRE(opened.ok());
        ConsultationService service(*opened.value(), f.share);
        const Result<ConsultationRecount> recount = service.recount(consultationId);
        REQUIRE(recount.ok());
        INFO(person.toStdString());
        CHECK(recount->outcome == ConsultationRecount::Outcome::Agreed);
        CHECK(view.stateText().contains(recount->summary()));
        if (person == u"chu-tich")
            screenshot(view, QStringLiteral("consult-member-page-closed"));
    }

    // The summary report, PDF and CSV, written on a worker where the clerk chose.
    for (const QString &extension : { QStringLiteral("pdf"), QStringLiteral("csv") }) {
        const QString path = f.dir.filePath(QStringLiteral("bao-cao.") + extension);
        office.setPathChooser([&](const QString &) { return path; });
        QSignalSpy written(&office, &ui::ConsultationOffice::reportWritten);
        QTest::mouseClick(child<QPushButton>(office,
                              extension == u"pdf" ? QStringLiteral("officeReportPdf")
                                                  : QStringLiteral("officeReportCsv")),
            Qt::LeftButton);
        REQUIRE(waitUntil([&] { return written.count() > 0; }));
        CHECK(written.first().at(0).toString() == path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (extension == u"pdf") {
            CHECK(bytes.startsWith("%PDF"));
            // Kept beside the screenshots, to be looked at as the clerk who signs it would.
            if (const QString shots = qEnvironmentVariable("PHONGHOP_SCREENSHOT_DIR");
                !shots.isEmpty()) {
                QFile::remove(shots + QStringLiteral("/consult-report.pdf"));
                QFile::copy(path, shots + QStringLiteral("/consult-report.pdf"));
            }
        } else
            CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("bảng giá khu công nghiệp")));
        CHECK(office.messageText().contains(QDir::toNativeSeparators(path)));
    }
    screenshot(office, QStringLiteral("consult-office-closed-1366x768"));
}

TEST_CASE("The secretary prepares a consultation in the workspace's form and publishes it signed, "
          "and the members' seats list it",
    "[consult][ui]")
{
    useTouchStyle();
    Fixture f;
    const QString officeCache = f.seat(QStringLiteral("van-phong"));
    // The office's real key file, unlocked with its passphrase when publishing.
    const QString keyFile = f.dir.filePath(QStringLiteral("co-quan.key"));
    REQUIRE(f.organisation
                .saveProtected(keyFile, QStringLiteral("mat khau van phong 2030"),
                    QStringLiteral("UBND xã Sơn Hà"))
                .ok());
    qputenv("PHONGHOP_KEY_PASSPHRASE", "mat khau van phong 2030");
    ui::OrganisationAccess access(f.share, keyFile);
    ui::ConsultationOffice office(officeCache, f.share, access);
    office.setClock([] { return beforeDeadline; });
    office.resize(1366, 768);
    office.show();
    QSignalSpy listed(&office, &ui::ConsultationOffice::listed);
    office.refresh();
    REQUIRE(waitUntil([&] { return listed.count() > 0; }));
    REQUIRE(office.list()->count() == 1);

    QTest::mouseClick(
        child<QPushButton>(office, QStringLiteral("officeNewConsultation")), Qt::LeftButton);
    auto *form = office.findChild<ui::ConsultationForm *>();
    REQUIRE(form);
    REQUIRE(waitUntil([&] { return form->membersList()->count() == 3; }));
    CHECK(form->issuingBodyEdit()->text() == u"UBND xã Sơn Hà");

    // Nothing is published while something is missing; the form says what.
    QTest::mouseClick(
        child<QPushButton>(*form, QStringLiteral("consultationFormPublish")), Qt::LeftButton);
    if (onScreen("phonghop::ui::MainWindow", "Consultations") == u"Consultations") // English
        CHECK(form->messageText().contains(QStringLiteral("title")));
    else
        CHECK_FALSE(form->messageText().isEmpty());
    CHECK(ConsultationShare(f.share).consultationIds().size() == 1);

    form->titleEdit()->setText(QStringLiteral("Kế hoạch phòng chống lụt bão năm 2030"));
    form->deadlineEdit()->setDateTime(QDateTime(QDate(2030, 6, 20), QTime(17, 0)));
    form->membersList()->item(2)->setCheckState(Qt::Unchecked); // uy-vien is not consulted
    child<QLineEdit>(*form, QStringLiteral("consultationFormQuestionText1"))
        ->setText(QStringLiteral("Thông qua Kế hoạch?"));
    form->addQuestion(QStringLiteral("Giao Văn phòng theo dõi?"), QStringLiteral("yes-no"),
        QStringLiteral("da-so-phieu"));
    const QString pdf = f.dir.filePath(QStringLiteral("ke-hoach.pdf"));
    writePdf(pdf);
    form->addDocument(pdf);
    screenshot(*form, QStringLiteral("consult-office-new-form"));
    {
        auto confirmed = whenConfirm();
        QTest::mouseClick(
            child<QPushButton>(*form, QStringLiteral("consultationFormPublish")), Qt::LeftButton);
        REQUIRE(*confirmed);
    }
    qunsetenv("PHONGHOP_KEY_PASSPHRASE");
    INFO(form->messageText().toStdString());
    REQUIRE(form->published().has_value());
    const QString newId = form->published()->id;
    CHECK(newId.startsWith(QStringLiteral("ke-hoach-phong-chong-lut-bao")));

    // On the share, signed by the organisation, as the form said.
    const Result<ConsultationShare::Latest> latest
        = ConsultationShare(f.share).readLatest(newId, f.organisation.publicKey());
    REQUIRE(latest.ok());
    REQUIRE(latest->consultation.has_value());
    const Consultation &c = *latest->consultation;
    CHECK(c.title == u"Kế hoạch phòng chống lụt bão năm 2030");
    CHECK(c.members == QStringList({ QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") }));
    REQUIRE(c.questions.size() == 2);
    CHECK(c.questions.at(1).poll.kind == PollKind::YesNo);
    CHECK(c.questions.at(1).poll.rule.preset == u"da-so-phieu");
    REQUIRE(c.documents.size() == 1);
    CHECK(QFileInfo(ConsultationShare(f.share).objectPath(c.documents.first().sha256)).size() > 0);
    CHECK(c.deadline == at("2030-06-20T17:00:00+07:00"));
    REQUIRE(waitUntil([&] { return office.list()->count() == 2; }));

    // The members' seats: the consulted ones list it with its questions to answer.
    const QString chair = f.seat(QStringLiteral("chu-tich"));
    ui::ConsultationsView chairView(chair, f.share);
    chairView.setClock([] { return beforeDeadline; });
    refreshView(chairView);
    CHECK(chairView.list()->count() == 2);
    CHECK(chairView.unanswered() == 4);
    const QString member = f.seat(QStringLiteral("uy-vien"));
    ui::ConsultationsView memberView(member, f.share);
    memberView.setClock([] { return beforeDeadline; });
    refreshView(memberView);
    CHECK(memberView.list()->count() == 1);
    CHECK(memberView.unanswered() == 2);
}

TEST_CASE("The seat's window: the consultations' tab counts the questions left to answer after a "
          "sync, and a consultation's document opens in the window's reader",
    "[consult][ui]")
{
    useTouchStyle();
    Fixture f;
    const QString cacheDirectory = f.seat(QStringLiteral("pho-chu-tich"));
    auto cache = MeetingCache::open(cacheDirectory);
    REQUIRE(cache.ok());
    SyncService sync(cacheDirectory, f.share);
    ui::MainWindow window(*cache.value(), sync, nullptr);
    ui::ConsultationsView *view = window.consultations();
    REQUIRE(view);
    view->setClock([] { return beforeDeadline; });
    window.resize(1366, 768);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("leftTabs"));
    REQUIRE(tabs);
    const int tab = tabs->indexOf(view);
    REQUIRE(tab >= 0);
    CHECK(tabs->tabText(tab) == onScreen("phonghop::ui::MainWindow", "Consultations"));

    // The end of a sync reads the consultations: two questions wait, the tab says so.
    QSignalSpy refreshed(view, &ui::ConsultationsView::refreshed);
    sync.setIntervals(60000, 120000);
    sync.start();
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 60000));
    CHECK(tabs->tabText(tab) == onScreen("phonghop::ui::MainWindow", "Consultations (%1)").arg(2));
    if (onScreen("phonghop::ui::MainWindow", "Consultations") == u"Consultations") // English
        CHECK(window.drawerAction()->text().contains(QStringLiteral("(2 to answer)")));
    else
        CHECK_FALSE(window.drawerAction()->text().isEmpty());

    refreshed.clear();
    tabs->setCurrentIndex(tab); // choosing the tab reads the share again
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }));
    openPage(*view, consultationId);
    // A choice not sent yet survives the next sync's refresh.
    QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("option-q2-1")), Qt::LeftButton);
    refreshed.clear();
    view->refresh();
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }));
    QCoreApplication::processEvents();
    CHECK(child<QPushButton>(*view, QStringLiteral("option-q2-1"))->isChecked());
    sendAnswer(*view, QStringLiteral("q1"), 0);
    REQUIRE(waitUntil([&] {
        return tabs->tabText(tab)
            == onScreen("phonghop::ui::MainWindow", "Consultations (%1)").arg(1);
    }));
    for (const QSize &size : { QSize(1366, 768), QSize(800, 1280) }) {
        window.resize(size);
        const bool drawer = window.isReadingMode();
        if (drawer) // the column is a drawer in reading mode: opened as a delegate would
            window.drawerAction()->trigger();
        screenshot(window,
            QStringLiteral("consult-member-tab-%1x%2").arg(size.width()).arg(size.height()));
        if (drawer)
            window.drawerAction()->trigger();
    }
    window.resize(1366, 768);

    QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("document-d1")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.documentView()->isDocumentOpen(); }));
    CHECK(window.documentView()->documentTitle() == u"Dự thảo Quyết định");
    screenshot(window, QStringLiteral("consult-member-document-1366x768"));
}

TEST_CASE("A consultation's confidential document opens in the seat's reader on a member's device "
          "only, and anywhere else the page says whose it is",
    "[consult][ui][confidential]")
{
    useTouchStyle();
    Fixture f;
    // A second consultation, its document confidential: sealed to the two members' devices.
    const QString secretId = QStringLiteral("xin-y-kien-nhan-su");
    writePdf(f.dir.filePath(QStringLiteral("nhan-su.pdf")));
    REQUIRE(ShareWriter(f.share).upgrade(f.organisation).ok()); // sealed documents: format 2.1
    const QByteArray json = QStringLiteral(R"({
  "format": "phonghop-consultation", "version": 1, "id": "%1",
  "title": "Phương án kiện toàn nhân sự", "issuingBody": "UBND xã Sơn Hà",
  "deadline": "2030-06-30T17:00:00+07:00", "members": ["chu-tich", "pho-chu-tich"],
  "questions": [{"id": "q1", "text": "Thông qua phương án?", "rule": "uy-ban-nhan-dan"}],
  "documents": [{"id": "d1", "title": "Phương án nhân sự", "file": "nhan-su.pdf",
                 "confidential": true}]
})")
                                .arg(secretId)
                                .toUtf8();
    const Result<ConsultationFile> file = parseConsultationFile(json, f.dir.path());
    REQUIRE(file.ok());
    const Result<Consultation> published = ConsultationShare(f.share).publish(
        file.value(), f.organisation, nullptr, at("2030-06-01T08:00:00Z"));
    INFO((published.ok() ? QString() : published.error()).toStdString());
    REQUIRE(published.ok());

    // A member's window: the document is read into memory and shown with their watermark.
    {
        const QString cacheDirectory = f.seat(QStringLiteral("pho-chu-tich"));
        auto cache = MeetingCache::open(cacheDirectory);
        REQUIRE(cache.ok());
        SyncService sync(cacheDirectory, f.share);
        ui::MainWindow window(*cache.value(), sync, nullptr);
        ui::ConsultationsView *view = window.consultations();
        view->setClock([] { return beforeDeadline; });
        window.resize(1366, 768);
        window.show();
        refreshView(*view);
        openPage(*view, secretId);
        QPushButton *button = child<QPushButton>(*view, QStringLiteral("document-d1"));
        CHECK(button->text().contains(QStringLiteral("Mật")));
        QSignalSpy requested(view, &ui::ConsultationsView::confidentialDocumentRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(requested.count() == 1);
        CHECK(requested.first().at(1).value<Participant>().fullName == u"Lê Thị Bình");
        REQUIRE(waitUntil([&] { return window.documentView()->isDocumentOpen(); }));
        CHECK(window.documentView()->documentTitle() == u"Phương án nhân sự");
        CHECK(window.documentView()->documentPath().isEmpty()); // in memory, no file
        REQUIRE(waitUntil([&] { return !window.documentView()->renderedPageImage(0).isNull(); }));
        screenshot(window, QStringLiteral("consult-member-confidential-1366x768"));
    }

    // A seat not consulted, and a member's seat on a device that is not enrolled: the notice.
    for (const QString &person : { QStringLiteral("uy-vien"), QStringLiteral("chu-tich-moi") }) {
        INFO(person.toStdString());
        const QString cacheDirectory = f.seat(person);
        if (person == u"chu-tich-moi") // the chairman's new laptop, not enrolled yet
            REQUIRE(
                SigningKey::generate().save(cacheDirectory + QStringLiteral("/device.key")).ok());
        ui::ConsultationsView view(cacheDirectory, f.share);
        view.setClock([] { return beforeDeadline; });
        view.resize(440, 900);
        view.show();
        refreshView(view);
        openPage(view, secretId);
        QSignalSpy requested(&view, &ui::ConsultationsView::confidentialDocumentRequested);
        QTest::mouseClick(child<QPushButton>(view, QStringLiteral("document-d1")), Qt::LeftButton);
        CHECK(requested.isEmpty());
        CHECK(child<QLabel>(view, QStringLiteral("consultationPageMessage"))->text()
            == onScreen("phonghop::SealedDocument",
                "Confidential document \u2014 only its recipients may read it"));
    }
}

TEST_CASE("The office publishes a new revision from the workspace's form: deadline, members, a "
          "choice question and a document changed, and the member's seat asks for a new answer",
    "[consult][ui][revision]")
{
    useTouchStyle();
    Fixture f;
    // The chairman answers question 1 of revision 1 from their seat.
    const QString chair = f.seat(QStringLiteral("chu-tich"));
    ui::ConsultationsView chairView(chair, f.share);
    chairView.setClock([] { return beforeDeadline; });
    chairView.resize(440, 900);
    chairView.show();
    refreshView(chairView);
    openPage(chairView, consultationId);
    sendAnswer(chairView, QStringLiteral("q1"), 0);
    REQUIRE(ownAnswers(chair, f.share).size() == 1);

    const QString officeCache = f.seat(QStringLiteral("van-phong"));
    ui::OrganisationAccess access(f.share, f.dir.filePath(QStringLiteral("no-key-file.key")));
    access.setKey(f.organisation);
    ui::ConsultationOffice office(officeCache, f.share, access);
    office.setClock([] { return beforeDeadline; });
    office.resize(1366, 768);
    office.show();
    QSignalSpy listed(&office, &ui::ConsultationOffice::listed);
    office.refresh();
    REQUIRE(waitUntil([&] { return listed.count() > 0; }));
    QSignalSpy shown(&office, &ui::ConsultationOffice::statusShown);
    office.list()->setCurrentRow(0);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));

    // The form opens with the consultation as published.
    QPushButton *revise = child<QPushButton>(office, QStringLiteral("officeNewRevision"));
    REQUIRE(revise->isEnabled());
    QTest::mouseClick(revise, Qt::LeftButton);
    auto *form = office.findChild<ui::ConsultationForm *>();
    REQUIRE(form);
    CHECK(form->isRevision());
    REQUIRE(waitUntil([&] { return form->membersList()->count() == 3; }));
    CHECK(form->titleEdit()->text() == f.consultation.title);
    CHECK(form->deadlineEdit()->dateTime() == QDateTime(QDate(2030, 6, 30), QTime(17, 0)));
    for (int i = 0; i < 3; ++i)
        CHECK(form->membersList()->item(i)->checkState() == Qt::Checked);
    REQUIRE(form->questionCount() == 2);
    CHECK(child<QLineEdit>(*form, QStringLiteral("consultationFormQuestionText1"))->text()
        == f.consultation.questions.at(0).text());
    REQUIRE(form->documentsList()->count() == 1);

    // Changed: a later deadline, one member fewer, a choice question, one more document.
    form->deadlineEdit()->setDateTime(QDateTime(QDate(2030, 7, 5), QTime(17, 0)));
    form->membersList()->item(2)->setCheckState(Qt::Unchecked);
    form->addQuestion(QStringLiteral("Chọn phương án áp dụng?"), QStringLiteral("choice"),
        QStringLiteral("da-so-phieu"));
    child<QLineEdit>(*form, QStringLiteral("consultationFormQuestionOptions3"))
        ->setText(QStringLiteral("Phương án 1; Phương án 2"));
    const QString pdf = f.dir.filePath(QStringLiteral("phu-luc.pdf"));
    writePdf(pdf);
    form->addDocument(pdf);
    screenshot(*form, QStringLiteral("consult-office-new-revision"));
    {
        auto confirmed = whenConfirm();
        QTest::mouseClick(
            child<QPushButton>(*form, QStringLiteral("consultationFormPublish")), Qt::LeftButton);
        REQUIRE(*confirmed);
    }
    INFO(form->messageText().toStdString());
    REQUIRE(form->published().has_value());
    const Consultation revision = *form->published();
    CHECK(revision.id == consultationId);
    CHECK(revision.revision == 2);
    CHECK(revision.deadline == at("2030-07-05T17:00:00+07:00"));
    CHECK(revision.members
        == QStringList({ QStringLiteral("chu-tich"), QStringLiteral("pho-chu-tich") }));
    REQUIRE(revision.questions.size() == 3);
    CHECK(revision.questions.at(0).poll.rule.preset == u"uy-ban-nhan-dan");
    CHECK(revision.questions.at(2).poll.kind == PollKind::Choice);
    REQUIRE(revision.questions.at(2).poll.options.size() == 2);
    CHECK(revision.questions.at(2).poll.options.at(1).label == u"Phương án 2");
    REQUIRE(revision.documents.size() == 2);
    CHECK(revision.documents.at(0).id == u"d1");
    CHECK(revision.documents.at(0).sha256 == f.consultation.documents.at(0).sha256); // kept
    CHECK(revision.documents.at(1).id == u"d2");
    const Result<ConsultationShare::Latest> latest
        = ConsultationShare(f.share).readLatest(consultationId, f.organisation.publicKey());
    REQUIRE(latest.ok());
    REQUIRE(latest->consultation.has_value());
    CHECK(latest->consultation->revision == 2);

    // The chairman's seat: the answer to revision 1 no longer counts, and says so.
    refreshView(chairView);
    openPage(chairView, consultationId);
    CHECK(chairView.unanswered() == 3);
    QLabel *current = child<QLabel>(chairView, QStringLiteral("current-q1"));
    CHECK(current->property("needsNewAnswer").toBool());
    CHECK(current->text().contains(u"Đồng ý"));
    CHECK(child<QLabel>(chairView, QStringLiteral("current-q2"))
              ->property("needsNewAnswer")
              .isNull());
    CHECK(child<QPushButton>(chairView, QStringLiteral("option-q3-1"))->text() == u"Phương án 2");
    // The choice question answered from the seat.
    sendAnswer(chairView, QStringLiteral("q3"), 1);
    bool answered = false;
    for (const ConsultationAnswer &a : ownAnswers(chair, f.share)) {
        if (a.questionId == u"q3") {
            answered = true;
            CHECK(a.revision == 2);
            CHECK(a.choices == QList<int> { 1 });
        }
    }
    CHECK(answered);
    // Answering again clears the notice for that question.
    sendAnswer(chairView, QStringLiteral("q1"), 1);
    CHECK_FALSE(child<QLabel>(chairView, QStringLiteral("current-q1"))
                    ->property("needsNewAnswer")
                    .toBool());
}

TEST_CASE("The office prints the reminder list: an A4 PDF in Vietnamese with who has not answered, "
          "their position and the deadline, read back with Poppler",
    "[consult][ui][print]")
{
    useTouchStyle();
    Fixture f;
    REQUIRE(DirectoryStore(f.share)
                .update(f.organisation,
                    [](PeopleDirectory &directory) {
                        directory.person(QStringLiteral("uy-vien"))->position
                            = QStringLiteral("Trưởng Công an xã");
                        return Status::success();
                    })
                .ok());
    f.answer(QStringLiteral("chu-tich"), QStringLiteral("q1"), 0, 1);
    f.answer(QStringLiteral("chu-tich"), QStringLiteral("q2"), 0, 2);
    f.answer(QStringLiteral("pho-chu-tich"), QStringLiteral("q1"), 1, 1);

    const QString officeCache = f.seat(QStringLiteral("van-phong"));
    ui::OrganisationAccess access(f.share, f.dir.filePath(QStringLiteral("no-key-file.key")));
    access.setKey(f.organisation);
    ui::ConsultationOffice office(officeCache, f.share, access);
    office.setClock([] { return beforeDeadline; });
    const QString target = f.dir.filePath(QStringLiteral("nhac-tra-loi.pdf"));
    office.setPathChooser([&target](const QString &suggested) {
        CHECK(suggested.endsWith(QStringLiteral(".pdf")));
        return target;
    });
    office.resize(1366, 768);
    office.show();
    QSignalSpy listed(&office, &ui::ConsultationOffice::listed);
    office.refresh();
    REQUIRE(waitUntil([&] { return listed.count() > 0; }));
    QSignalSpy shown(&office, &ui::ConsultationOffice::statusShown);
    office.list()->setCurrentRow(0);
    REQUIRE(waitUntil([&] { return shown.count() > 0; }));

    QSignalSpy printed(&office, &ui::ConsultationOffice::remindersPrinted);
    QPushButton *print = child<QPushButton>(office, QStringLiteral("officePrintReminders"));
    REQUIRE(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    REQUIRE(printed.count() == 1);
    CHECK(printed.first().at(0).toString() == target);

    auto pdf = PdfDocument::open(target);
    REQUIRE(pdf.ok());
    CHECK(pdf.value()->pageCount() == 1);
    // A4 portrait, in points.
    CHECK(qAbs(pdf.value()->pageSize(0).width() - 595.3) < 2);
    CHECK(qAbs(pdf.value()->pageSize(0).height() - 841.9) < 2);
    QString text;
    for (const PdfTextBox &box : pdf.value()->textBoxes(0))
        text += box.text + u' ';
    text = text.simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("DANH SÁCH THÀNH VIÊN CHƯA TRẢ LỜI")));
    CHECK(text.contains(QStringLiteral("Lê Thị Bình")));
    CHECK(text.contains(QStringLiteral("Trần Văn Cường")));
    CHECK(text.contains(QStringLiteral("Trưởng Công an xã")));
    CHECK(text.contains(QStringLiteral("30/06/2030")));
    CHECK_FALSE(text.contains(QStringLiteral("Nguyễn Văn An"))); // answered everything
    if (const QByteArray shots = qgetenv("PHONGHOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(shots) + QStringLiteral("/consult-reminders.pdf"));
        QFile::copy(
            target, QString::fromLocal8Bit(shots) + QStringLiteral("/consult-reminders.pdf"));
    }
}
