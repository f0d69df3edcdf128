// The organisation on screen (issue 12), offscreen: a seat joining a share confirms the
// organisation's fingerprint before anything is pinned; the secretary approves a device's
// enrolment request from the workspace's Devices page and the directory lists the device; a
// seat asks to be enrolled and shows its comparison code; the passphrase dialog refuses a
// wrong passphrase. Real shares made with OrganisationAdmin, real key files.
#include <catch2/catch.hpp>

#include "mainwindow/mainwindow.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/org/enrolment.h"
#include "meeting_core/org/organisationadmin.h"
#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"
#include "meeting_core/sync/syncservice.h"
#include "meeting_core/trust/devicekey.h"
#include "secretary/devicespage.h"
#include "secretary/peoplepage.h"
#include "secretary/secretaryworkspace.h"
#include "session/enrolmentdialog.h"
#include "setup/firstrunwizard.h"
#include "setup/organisationconfirmdialog.h"
#include "setup/passphrasedialog.h"
#include "setup/setupwidgets.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace phonghop;

namespace {

const QString organisationName = QStringLiteral("UBND xã Sơn Hà");

// A share set up as IT would: OrganisationAdmin::initialise, then people in the directory.
struct Organisation {
    QTemporaryDir shareDir;
    SigningKey key = SigningKey::generate();

    Organisation()
    {
        REQUIRE(shareDir.isValid());
        REQUIRE(OrganisationAdmin::initialise(root(), organisationName, key).ok());
    }
    QString root() const { return shareDir.path(); }
    OrganisationAdmin admin() const
    {
        auto opened = OrganisationAdmin::open(root(), key);
        REQUIRE(opened.ok());
        return opened.value();
    }
    PeopleDirectory directory() const
    {
        const auto reading = DirectoryStore(root()).read(key.publicKey());
        REQUIRE(reading.ok());
        return reading->directory;
    }
};

DirectoryPerson person(const QString &id, const QString &name, const QString &position)
{
    DirectoryPerson p;
    p.id = id;
    p.fullName = name;
    p.position = position;
    p.unit = QStringLiteral("HĐND xã");
    return p;
}

struct Cache {
    QTemporaryDir dir;
    std::unique_ptr<MeetingCache> cache;
    Cache()
    {
        auto opened = MeetingCache::open(dir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
    }
};

// Acts on the first modal dialog of type T once it is open (a nested exec() blocks the test
// otherwise). The watch ends with the returned object, so that it never answers a dialog of a
// later test; *watch says whether the dialog was seen.
struct ModalWatch {
    std::shared_ptr<bool> seen;
    std::unique_ptr<QTimer> timer;
    bool operator*() const { return *seen; }
};

template <typename T> ModalWatch whenModal(const std::function<void(T *)> &act)
{
    ModalWatch watch { std::make_shared<bool>(false), std::make_unique<QTimer>() };
    QTimer *timer = watch.timer.get();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, seen = watch.seen] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            *seen = true;
            act(dialog);
        }
    });
    timer->start();
    return watch;
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

void screenshot(QWidget &widget, const QString &name)
{
    const QByteArray folder = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    widget.show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    widget.grab().save(QString::fromLocal8Bit(folder) + u'/' + name + QStringLiteral(".png"));
}

} // namespace

TEST_CASE("First run: the organisation's name and fingerprint are shown, confirming pins and "
          "cancelling pins nothing",
    "[ui][organisation][firstrun]")
{
    Organisation organisation;
    Cache seat;
    const QString fingerprint = keyFingerprint(organisation.key.publicKey());

    SECTION("the confirmation dialog")
    {
        ui::OrganisationConfirmDialog cancelled(
            seat.cache.get(), organisationName, organisation.key.publicKey(), organisation.root());
        cancelled.show();
        CHECK(cancelled.shownName() == organisationName);
        for (const QString &group : fingerprint.split(u'-'))
            CHECK(cancelled.shownFingerprint().contains(group));
        CHECK(cancelled.confirmButton()->minimumHeight() >= 44);
        CHECK(cancelled.cancelButton()->minimumHeight() >= 44);
        screenshot(cancelled, QStringLiteral("organisation-confirm"));
        QTest::mouseClick(cancelled.cancelButton(), Qt::LeftButton);
        CHECK(cancelled.result() == QDialog::Rejected);
        CHECK(pinnedOrganisationKey(*seat.cache).isEmpty());

        ui::OrganisationConfirmDialog confirmed(
            seat.cache.get(), organisationName, organisation.key.publicKey(), organisation.root());
        confirmed.show();
        QTest::mouseClick(confirmed.confirmButton(), Qt::LeftButton);
        CHECK(confirmed.result() == QDialog::Accepted);
        CHECK(pinnedOrganisationKey(*seat.cache) == organisation.key.publicKey());
    }

    SECTION("joining from the first-run wizard")
    {
        ui::FirstRunWizard wizard(nullptr, *seat.cache);
        wizard.show();
        screenshot(wizard, QStringLiteral("first-run-choice"));
        QTest::mouseClick(
            wizard.findChild<QPushButton *>(QStringLiteral("chooseJoin")), Qt::LeftButton);
        REQUIRE(wizard.mode() == ui::FirstRunWizard::Mode::Join);
        wizard.findChild<QLineEdit *>(QStringLiteral("joinFolder"))->setText(organisation.root());

        QString shownName, shownFingerprint;
        auto seen
            = whenModal<ui::OrganisationConfirmDialog>([&](ui::OrganisationConfirmDialog *dialog) {
                  shownName = dialog->shownName();
                  shownFingerprint = dialog->shownFingerprint();
                  QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
              });
        QTest::mouseClick(
            wizard.findChild<QPushButton *>(QStringLiteral("joinContinue")), Qt::LeftButton);
        CHECK(*seen);
        CHECK(shownName == organisationName);
        CHECK(shownFingerprint == ui::groupedFingerprint(fingerprint));
        CHECK(pinnedOrganisationKey(*seat.cache).isEmpty());
        CHECK(wizard.mode() == ui::FirstRunWizard::Mode::Join);
        CHECK(wizard.messageText().contains(QStringLiteral("Nothing was trusted")));
        CHECK(wizard.sharePath().isEmpty());

        seen = whenModal<ui::OrganisationConfirmDialog>([](ui::OrganisationConfirmDialog *dialog) {
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        });
        QTest::mouseClick(
            wizard.findChild<QPushButton *>(QStringLiteral("joinContinue")), Qt::LeftButton);
        CHECK(*seen);
        CHECK(pinnedOrganisationKey(*seat.cache) == organisation.key.publicKey());
        CHECK(wizard.mode() == ui::FirstRunWizard::Mode::Done);
        CHECK(wizard.sharePath() == organisation.root());
        CHECK(wizard.findChild<QLabel *>(QStringLiteral("doneFingerprint"))->text()
            == ui::groupedFingerprint(fingerprint));
    }

    SECTION("the fingerprint of the system configuration is honoured without asking, and a "
            "mismatch refused")
    {
        QTemporaryDir settingsDir;
        const QString other = keyFingerprint(SigningKey::generate().publicKey());
        auto writeSystem = [&](const QString &fp) {
            const QString path
                = settingsDir.filePath(QStringLiteral("system-%1.conf").arg(fp.left(4)));
            test::writeFile(path, "[Trust]\nOrganisationKeyFingerprint=" + fp.toUtf8() + "\n");
            return path;
        };
        {
            AppSettings settings(
                writeSystem(other), settingsDir.filePath(QStringLiteral("user-1.conf")));
            ui::FirstRunWizard wizard(&settings, *seat.cache);
            wizard.showJoin();
            auto asked = whenModal<ui::OrganisationConfirmDialog>(
                [](ui::OrganisationConfirmDialog *d) { d->reject(); });
            wizard.joinFolder(organisation.root());
            CHECK_FALSE(*asked);
            CHECK(pinnedOrganisationKey(*seat.cache).isEmpty());
            CHECK(wizard.messageText().contains(fingerprint));
            CHECK(wizard.messageText().contains(other));
            CHECK(wizard.mode() == ui::FirstRunWizard::Mode::Join);
        }
        {
            AppSettings settings(
                writeSystem(fingerprint), settingsDir.filePath(QStringLiteral("user-2.conf")));
            ui::FirstRunWizard wizard(&settings, *seat.cache);
            wizard.showJoin();
            auto asked = whenModal<ui::OrganisationConfirmDialog>(
                [](ui::OrganisationConfirmDialog *d) { d->reject(); });
            wizard.joinFolder(organisation.root());
            CHECK_FALSE(*asked);
            CHECK(pinnedOrganisationKey(*seat.cache) == organisation.key.publicKey());
            CHECK(wizard.mode() == ui::FirstRunWizard::Mode::Done);
            CHECK(settings.sharePath() == organisation.root());
        }
    }
}

TEST_CASE("Set-up from the first-run wizard creates the share, the protected key and its backup, "
          "and pins the key",
    "[ui][organisation][firstrun]")
{
    qputenv("PHONGHOP_NO_DIALOGS", "1"); // no last "Set up?" question
    QTemporaryDir parent, keys;
    Cache seat;
    const QString share = parent.filePath(QStringLiteral("phonghop"));
    ui::FirstRunWizard wizard(nullptr, *seat.cache);
    wizard.show();
    QTest::mouseClick(
        wizard.findChild<QPushButton *>(QStringLiteral("chooseSetUp")), Qt::LeftButton);
    REQUIRE(wizard.mode() == ui::FirstRunWizard::Mode::SetUp);
    auto edit = [&](const char *name) {
        return wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    edit("setUpFolder")->setText(share);
    edit("setUpName")->setText(organisationName);
    edit("setUpKeyFile")->setText(keys.filePath(QStringLiteral("co-quan.key")));
    edit("setUpPassphrase")->setText(QStringLiteral("ngắn"));
    edit("setUpRepeat")->setText(QStringLiteral("ngắn"));
    edit("setUpBackupFile")->setText(keys.filePath(QStringLiteral("du-phong.key")));
    screenshot(wizard, QStringLiteral("first-run-setup"));
    QPushButton *create = wizard.findChild<QPushButton *>(QStringLiteral("setUpCreate"));
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(wizard.mode() == ui::FirstRunWizard::Mode::SetUp); // too short
    CHECK_FALSE(QFileInfo::exists(keys.filePath(QStringLiteral("co-quan.key"))));

    const QString passphrase = QStringLiteral("trống đồng ngày hội làng");
    edit("setUpPassphrase")->setText(passphrase);
    edit("setUpRepeat")->setText(passphrase + u'x');
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(wizard.messageText().contains(QStringLiteral("differ")));
    edit("setUpRepeat")->setText(passphrase);
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(wizard.mode() == ui::FirstRunWizard::Mode::Done);
    screenshot(wizard, QStringLiteral("first-run-setup-done"));
    qunsetenv("PHONGHOP_NO_DIALOGS");

    CHECK(wizard.sharePath() == share);
    CHECK(wizard.secretaryKeyPath() == keys.filePath(QStringLiteral("co-quan.key")));
    for (const QString &file : { QStringLiteral("co-quan.key"), QStringLiteral("du-phong.key") }) {
        const auto info = inspectKeyFile(keys.filePath(file));
        REQUIRE(info.ok());
        CHECK(info->protectedByPassphrase);
        CHECK(info->publicKey == pinnedOrganisationKey(*seat.cache));
        CHECK(SigningKey::loadProtected(keys.filePath(file), passphrase).ok());
    }
    const auto key
        = SigningKey::loadProtected(keys.filePath(QStringLiteral("du-phong.key")), passphrase);
    CHECK(OrganisationAdmin::open(share, key.value()).ok());
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("doneFingerprint"))->text()
        == ui::groupedFingerprint(keyFingerprint(key->publicKey())));
}

TEST_CASE("The secretary approves an enrolment request on the Devices page and the directory lists "
          "the device",
    "[ui][organisation][enrolment]")
{
    Organisation organisation;
    REQUIRE(organisation.admin()
                .savePerson(person(QStringLiteral("nguyen-van-an"), QStringLiteral("Nguyễn Văn An"),
                    QStringLiteral("Chủ tịch UBND xã")))
                .ok());
    // A meeting to come that invites him: its roster follows the approval.
    Meeting meeting;
    meeting.id = QStringLiteral("hop-thang-12");
    meeting.title = QStringLiteral("Phiên họp thường kỳ tháng 12");
    meeting.organisation = organisationName;
    meeting.start = QDateTime::currentDateTimeUtc().addDays(7);
    meeting.end = meeting.start.addSecs(3 * 3600);
    meeting.participants << Participant { QStringLiteral("nguyen-van-an"),
        QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chủ tịch UBND xã"), Role::Chair, 1.0, {} };
    meeting.agenda << AgendaItem { QStringLiteral("i1"), {}, 0, QStringLiteral("1"),
        QStringLiteral("Khai mạc"), {}, 10 };
    REQUIRE(ShareWriter(organisation.root()).publish(meeting, organisation.key).ok());

    const SigningKey tablet = SigningKey::generate();
    REQUIRE(requestEnrolment(organisation.root(), organisation.directory(),
        QStringLiteral("nguyen-van-an"), QStringLiteral("Máy tính bảng 3"), tablet,
        QDateTime::currentDateTimeUtc())
                .ok());

    // The workspace opens the protected key with the passphrase scripts give it.
    QTemporaryDir files;
    const QString keyPath = files.filePath(QStringLiteral("co-quan.key"));
    const QString passphrase = QStringLiteral("mật khẩu của văn phòng xã");
    REQUIRE(organisation.key.saveProtected(keyPath, passphrase, organisationName).ok());
    qputenv("PHONGHOP_KEY_PASSPHRASE", passphrase.toUtf8());
    Cache secretary;
    ui::SecretaryWorkspace workspace(*secretary.cache, organisation.root(), keyPath);
    workspace.show();
    workspace.sections()->setCurrentIndex(2); // Devices
    ui::DevicesPage *page = workspace.devicesPage();
    REQUIRE(waitUntil([&] { return !page->isBusy() && page->pendingTable()->rowCount() == 1; }));
    QTableWidget *pending = page->pendingTable();
    CHECK(pending->item(0, 0)->text() == QStringLiteral("Nguyễn Văn An"));
    CHECK(pending->item(0, 1)->text() == QStringLiteral("Máy tính bảng 3"));
    CHECK(pending->item(0, 3)->text() == keyFingerprint(tablet.publicKey()));
    CHECK(pending->item(0, 4)->text() == enrolmentComparisonCode(tablet.publicKey()));
    CHECK(page->approveButton()->minimumHeight() >= 44);
    screenshot(workspace, QStringLiteral("workspace-devices-pending"));

    pending->selectRow(0);
    QString shownCode;
    auto seen = whenModal<ui::ApprovalDialog>([&](ui::ApprovalDialog *dialog) {
        shownCode = dialog->shownCode();
        screenshot(*dialog, QStringLiteral("workspace-approval"));
        QTest::mouseClick(dialog->approveButton(), Qt::LeftButton);
    });
    QSignalSpy finished(page, &ui::DevicesPage::workFinished);
    QTest::mouseClick(page->approveButton(), Qt::LeftButton);
    CHECK(*seen);
    CHECK(shownCode == enrolmentComparisonCode(tablet.publicKey()));
    REQUIRE(waitUntil([&] { return !page->isBusy() && page->enrolledTable()->rowCount() == 1; }));
    qunsetenv("PHONGHOP_KEY_PASSPHRASE");

    const PeopleDirectory directory = organisation.directory();
    const DirectoryPerson *an = directory.person(QStringLiteral("nguyen-van-an"));
    REQUIRE(an);
    REQUIRE(an->activeDevices().size() == 1);
    CHECK(an->activeDevices().first().id == deviceIdOf(tablet.publicKey()));
    CHECK(an->activeDevices().first().label == QStringLiteral("Máy tính bảng 3"));
    CHECK(page->pendingTable()->rowCount() == 0);
    CHECK(page->enrolledTable()->item(0, 0)->text() == QStringLiteral("Nguyễn Văn An"));
    CHECK(page->messageText().contains(QStringLiteral("approved")));
    CHECK(page->messageText().contains(
        QStringLiteral("1 upcoming meeting(s) checked, 1 new roster revision(s) written")));
    const std::optional<VerifiedRoster> roster
        = latestRosterOnShare(organisation.root(), meeting.id, organisation.key.publicKey());
    REQUIRE(roster.has_value());
    REQUIRE(roster->roster.participantForKey(tablet.publicKey()));
    CHECK(roster->roster.participantForKey(tablet.publicKey())->id
        == QStringLiteral("nguyen-van-an"));
    screenshot(workspace, QStringLiteral("workspace-devices-enrolled"));

    // The tablet is lost: revoked after a confirmation, and the roster to come drops it.
    page->enrolledTable()->selectRow(0);
    auto revokeAsked = whenModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmActionYes")), Qt::LeftButton);
    });
    QTest::mouseClick(page->revokeButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        return *revokeAsked && !page->isBusy()
            && !organisation.directory().person(QStringLiteral("nguyen-van-an"))->devices.isEmpty()
            && !organisation.directory()
                    .person(QStringLiteral("nguyen-van-an"))
                    ->devices.first()
                    .active();
    }));
    REQUIRE(waitUntil([&] {
        return !page->isBusy() && page->messageText().contains(QStringLiteral("revoked"));
    }));
    const std::optional<VerifiedRoster> after
        = latestRosterOnShare(organisation.root(), meeting.id, organisation.key.publicKey());
    REQUIRE(after.has_value());
    CHECK(after->roster.revision > roster->roster.revision);
    CHECK_FALSE(after->roster.participantForKey(tablet.publicKey()));

    // The People page lists the device beside its person.
    workspace.sections()->setCurrentIndex(1); // People
    REQUIRE(waitUntil([&] { return !workspace.peoplePage()->isBusy(); }));
    CHECK(workspace.peoplePage()->table()->item(0, 5)->text() == QStringLiteral("none"));
    screenshot(workspace, QStringLiteral("workspace-people"));
}

TEST_CASE("The People page adds a person and retires one after a confirmation",
    "[ui][organisation][people]")
{
    Organisation organisation;
    REQUIRE(organisation.admin()
                .savePerson(person(QStringLiteral("tran-thi-binh"), QStringLiteral("Trần Thị Bình"),
                    QStringLiteral("Phó Chủ tịch UBND xã")))
                .ok());
    QTemporaryDir files;
    const QString keyPath = files.filePath(QStringLiteral("co-quan.key"));
    REQUIRE(organisation.key
                .saveProtected(keyPath, QStringLiteral("một câu dài dễ nhớ"), organisationName)
                .ok());
    Cache secretary;
    ui::SecretaryWorkspace workspace(*secretary.cache, organisation.root(), keyPath);
    workspace.setOrganisationKey(organisation.key);
    ui::PeoplePage *page = workspace.peoplePage();
    REQUIRE(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == 1; }));

    DirectoryPerson added
        = person({}, QStringLiteral("Lê Văn Cường"), QStringLiteral("Công chức Tư pháp"));
    added.id = personIdFromName(added.fullName);
    page->savePerson(added);
    REQUIRE(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == 2; }));
    CHECK(organisation.directory().person(QStringLiteral("le-van-cuong")));

    page->table()->selectRow(0);
    auto seen = whenModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmActionYes")), Qt::LeftButton);
    });
    QTest::mouseClick(
        page->findChild<QPushButton *>(QStringLiteral("retirePerson")), Qt::LeftButton);
    CHECK(*seen);
    REQUIRE(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == 1; }));
    const PeopleDirectory directory = organisation.directory();
    int retired = 0;
    for (const DirectoryPerson &p : directory.people)
        retired += p.retired ? 1 : 0;
    CHECK(retired == 1);

    // A staff list exported from Excel: one new person, one already there (same id) updated.
    const QString csv = files.filePath(QStringLiteral("can-bo.csv"));
    test::writeFile(csv,
        QStringLiteral("Mã,Họ và tên,Chức vụ,Đơn vị,Vai trò,Trọng số\r\n"
                       "le-van-cuong,Lê Văn Cường,Phó Chủ tịch UBND xã,UBND xã,Đại biểu,1\r\n"
                       "pham-thi-dung,Phạm Thị Dung,Chủ tịch MTTQ xã,Ủy ban MTTQ,Đại biểu,1\r\n")
            .toUtf8());
    QString question;
    seen = whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmActionYes")), Qt::LeftButton);
    });
    page->importList(csv);
    REQUIRE(waitUntil([&] { return *seen && !page->isBusy() && page->table()->rowCount() == 2; }));
    CHECK(question.contains(QStringLiteral("2")));
    CHECK(page->messageText().contains(QStringLiteral("1 added, 1 updated")));
    const PeopleDirectory imported = organisation.directory();
    REQUIRE(imported.person(QStringLiteral("le-van-cuong")));
    CHECK(imported.person(QStringLiteral("le-van-cuong"))->position
        == QStringLiteral("Phó Chủ tịch UBND xã"));
    CHECK(imported.person(QStringLiteral("pham-thi-dung")));
}

TEST_CASE("A seat asks to be enrolled and shows its fingerprint and comparison code",
    "[ui][organisation][enrolment]")
{
    Organisation organisation;
    REQUIRE(organisation.admin()
                .savePerson(person(QStringLiteral("nguyen-van-an"), QStringLiteral("Nguyễn Văn An"),
                    QStringLiteral("Chủ tịch UBND xã")))
                .ok());
    Cache seat;
    REQUIRE(pinOrganisation(*seat.cache, organisationName, organisation.key.publicKey()).ok());
    const auto deviceKey = DeviceKey::loadOrCreate(seat.cache->directory());
    REQUIRE(deviceKey.ok());

    ui::EnrolmentDialog dialog(*seat.cache, organisation.root());
    dialog.show();
    REQUIRE(waitUntil([&] { return dialog.stage() == ui::EnrolmentDialog::Stage::Choose; }));
    REQUIRE(dialog.peopleList()->count() == 1);
    CHECK(dialog.peopleList()->item(0)->text().startsWith(QStringLiteral("Nguyễn Văn An")));
    screenshot(dialog, QStringLiteral("seat-enrolment-choose"));
    dialog.peopleList()->setCurrentRow(0);
    dialog.labelEdit()->setText(QStringLiteral("Máy tính bảng 3"));
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog.stage() == ui::EnrolmentDialog::Stage::Waiting; }));
    CHECK(dialog.shownCode() == enrolmentComparisonCode(deviceKey->publicKey()));
    CHECK(dialog.shownFingerprint()
        == ui::groupedFingerprint(keyFingerprint(deviceKey->publicKey())));
    screenshot(dialog, QStringLiteral("seat-enrolment-code"));

    const EnrolmentScan scan = scanEnrolmentRequests(organisation.root(), organisation.directory());
    REQUIRE(scan.pending.size() == 1);
    CHECK(scan.pending.first().request.participantId == QStringLiteral("nguyen-van-an"));
    CHECK(scan.pending.first().request.label == QStringLiteral("Máy tính bảng 3"));

    // Opened again, the seat shows its request still waiting, not the list.
    ui::EnrolmentDialog again(*seat.cache, organisation.root());
    REQUIRE(waitUntil([&] { return again.stage() == ui::EnrolmentDialog::Stage::Waiting; }));
    CHECK(again.shownCode() == enrolmentComparisonCode(deviceKey->publicKey()));
}

TEST_CASE(
    "The passphrase dialog says a wrong passphrase plainly and opens the key with the right one",
    "[ui][organisation][passphrase]")
{
    QTemporaryDir files;
    const QString keyPath = files.filePath(QStringLiteral("co-quan.key"));
    const SigningKey key = SigningKey::generate();
    const QString passphrase = QStringLiteral("hoa sen nở giữa đầm");
    REQUIRE(key.saveProtected(keyPath, passphrase, organisationName).ok());

    ui::PassphraseDialog dialog(keyPath, organisationName);
    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("hoa sen"));
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog.unlockButton()->isEnabled(); }));
    CHECK_FALSE(dialog.key().has_value());
    CHECK(dialog.messageText().contains(QStringLiteral("not the one")));
    CHECK(dialog.isVisible());
    screenshot(dialog, QStringLiteral("passphrase-wrong"));

    dialog.passphraseEdit()->setText(passphrase);
    QTest::mouseClick(dialog.unlockButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog.key().has_value(); }));
    CHECK(dialog.key()->publicKey() == key.publicKey());
    CHECK(dialog.result() == QDialog::Accepted);

    // Scripts: PHONGHOP_KEY_PASSPHRASE opens it without a dialog.
    qputenv("PHONGHOP_KEY_PASSPHRASE", passphrase.toUtf8());
    const Result<SigningKey> opened = ui::unlockOrganisationKey(nullptr, keyPath);
    qunsetenv("PHONGHOP_KEY_PASSPHRASE");
    REQUIRE(opened.ok());
    CHECK(opened->publicKey() == key.publicKey());
}

TEST_CASE("A sync that meets an unconfirmed organisation asks in the main window, and confirming "
          "pins and syncs",
    "[ui][organisation][mainwindow]")
{
    test::TestShare share;
    share.publish(share.makeMeeting(QStringLiteral("ubnd-2026-12-10"), 1));
    Cache seat;
    SyncService sync(seat.dir.path(), share.root());
    sync.setIntervals(600000, 600000);
    ui::MainWindow window(*seat.cache, sync, nullptr);
    window.show();
    QSignalSpy finished(&sync, &SyncService::syncFinished);
    sync.start();
    REQUIRE(waitUntil([&] { return window.organisationConfirmation() != nullptr; }));
    auto *dialog = qobject_cast<ui::OrganisationConfirmDialog *>(window.organisationConfirmation());
    REQUIRE(dialog);
    CHECK(dialog->shownName() == QStringLiteral("UBND xã Tân Phú"));
    CHECK(dialog->fingerprint() == keyFingerprint(test::testOrganisationKey().publicKey()));
    CHECK(window.bannerText().contains(QStringLiteral("does not trust")));
    CHECK(pinnedOrganisationKey(*seat.cache).isEmpty());
    CHECK(window.meetingList()->model()->rowCount() == 0);

    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    CHECK(pinnedOrganisationKey(*seat.cache) == test::testOrganisationKey().publicKey());
    REQUIRE(waitUntil([&] { return window.meetingList()->model()->rowCount() == 1; }));
    CHECK(window.organisationConfirmation() == nullptr);
}

TEST_CASE(
    "The People page sets the body's proxy rules in the directory", "[ui][organisation][people]")
{
    Organisation organisation;
    QTemporaryDir files;
    const QString keyPath = files.filePath(QStringLiteral("co-quan.key"));
    REQUIRE(organisation.key
                .saveProtected(keyPath, QStringLiteral("một câu dài dễ nhớ"), organisationName)
                .ok());
    Cache secretary;
    ui::SecretaryWorkspace workspace(*secretary.cache, organisation.root(), keyPath);
    workspace.setOrganisationKey(organisation.key);
    ui::PeoplePage *page = workspace.peoplePage();
    REQUIRE(waitUntil([&] { return !page->isBusy(); }));
    // A directory that never said: today's behaviour.
    CHECK_FALSE(page->proxyVotingBox()->isChecked());
    CHECK(page->countProxiesBox()->isChecked());
    QPushButton *save = page->findChild<QPushButton *>(QStringLiteral("saveBodyRules"));
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled()); // nothing changed yet

    page->proxyVotingBox()->setChecked(true);
    page->countProxiesBox()->setChecked(false);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !page->isBusy() && !save->isEnabled(); }));
    const PeopleDirectory directory = organisation.directory();
    CHECK(directory.proxyVoting);
    CHECK_FALSE(directory.countProxiesForQuorum);
    CHECK(page->messageText().contains(QStringLiteral("rules are saved")));
    CHECK(page->proxyVotingBox()->isChecked());
}
