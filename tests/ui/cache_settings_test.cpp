// The "Cache and sync" dialog (issue 16): the cache's figures computed off the GUI thread, the
// eviction after a confirmation (a refusal deletes nothing), the settings saved and handed to
// the sync service, touch-sized controls.
#include <catch2/catch.hpp>

#include "meeting_core/settings/appsettings.h"
#include "meeting_core/store/cacheretention.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncservice.h"
#include "meeting_core/util/sha256.h"
#include "secretary/meetingform.h"
#include "setup/cachesettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace phonghop;

namespace {

// A cached meeting dated `daysAgo` before now with one document of `bytes`.
QString storeMeeting(MeetingCache &cache, const QString &id, int daysAgo, const QByteArray &bytes)
{
    const QString sha256 = Sha256::hexOf(bytes);
    REQUIRE(cache.objects().importBytes(bytes, sha256).ok());
    Meeting meeting;
    meeting.id = id;
    meeting.revision = 1;
    meeting.title = QStringLiteral("Cuộc họp ") + id;
    meeting.start = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    meeting.end = meeting.start.addSecs(3 * 3600);
    meeting.agenda << AgendaItem { QStringLiteral("i1"), {}, 0, QStringLiteral("1"),
        QStringLiteral("Kinh tế - xã hội"), {}, 0 };
    DocumentRef document;
    document.id = QStringLiteral("d1");
    document.agendaItemId = QStringLiteral("i1");
    document.title = QStringLiteral("Tờ trình");
    document.sha256 = sha256;
    document.size = bytes.size();
    meeting.documents << document;
    cache.storeMeeting(meeting, QByteArrayLiteral("{}"));
    return sha256;
}

} // namespace

TEST_CASE("The cache settings show the figures, evict only after a confirmation, and save the "
          "days and the scope",
    "[ui][cache]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString cachePath = dir.filePath(QStringLiteral("cache"));
    auto opened = MeetingCache::open(cachePath);
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    const QString old = storeMeeting(cache, QStringLiteral("hop-cu"), 200, QByteArray(50000, 'a'));
    const QString recent = storeMeeting(cache, QStringLiteral("hop-moi"), 2, QByteArray(7000, 'b'));

    AppSettings settings(QString(), dir.filePath(QStringLiteral("user.ini")));
    SyncService sync(cachePath, QString());
    ui::CacheSettingsDialog dialog(cachePath, &settings, sync);
    QSignalSpy shown(&dialog, &ui::CacheSettingsDialog::figuresShown);
    dialog.show();
    REQUIRE(shown.wait(10000));

    CHECK(dialog.figures().keepDays == 90);
    CHECK(dialog.figures().evictableBytes == 50000);
    CHECK(dialog.figures().documentBytes == 57000);
    CHECK(dialog.figures().evictableObjects == 1);
    const auto *size = dialog.findChild<QLabel *>(QStringLiteral("cacheSize"));
    const auto *evictable = dialog.findChild<QLabel *>(QStringLiteral("evictable"));
    REQUIRE(size);
    REQUIRE(evictable);
    CHECK(size->text().contains(QLocale().toString(0.057, 'f', 1)));
    CHECK(evictable->text().contains(QStringLiteral("1 file(s) of 1 meeting(s)")));

    auto *evict = dialog.findChild<QPushButton *>(QStringLiteral("evictNow"));
    auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("keepDays"));
    auto *scope = dialog.findChild<QComboBox *>(QStringLiteral("syncScope"));
    REQUIRE(evict);
    REQUIRE(days);
    REQUIRE(scope);
    for (QWidget *control : std::initializer_list<QWidget *> { evict, days, scope })
        CHECK(control->height() >= 44);
    REQUIRE(evict->isEnabled());

    // Refused: nothing is deleted.
    QString asked;
    dialog.setConfirmation([&asked](const QString &question) {
        asked = question;
        return false;
    });
    evict->click();
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    CHECK(cache.objects().contains(old));

    // Confirmed: the past meeting's document goes, the recent one stays, the meeting stays.
    dialog.setConfirmation([](const QString &) { return true; });
    QSignalSpy finished(&dialog, &ui::CacheSettingsDialog::evictionFinished);
    evict->click();
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().at(0).toInt() == 1);
    CHECK_FALSE(cache.objects().contains(old));
    CHECK(cache.objects().contains(recent));
    CHECK(cache.meeting(QStringLiteral("hop-cu")).has_value());
    CHECK(CacheRetention(cache).isEvicted(old));
    REQUIRE(shown.wait(10000));
    CHECK(dialog.figures().evictableObjects == 0);
    CHECK_FALSE(evict->isEnabled());

    // Fewer days: the recent meeting's document is then evictable too.
    days->setValue(1);
    REQUIRE(shown.wait(10000));
    CHECK(dialog.figures().evictableBytes == 7000);

    scope->setCurrentIndex(scope->findData(QStringLiteral("all")));
    days->setValue(30);
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    REQUIRE(save);
    save->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(settings.syncScope() == u"all");
    CHECK(settings.keepPastDocumentsDays() == 30);
    CHECK(sync.scope() == SyncScope::All);
    CHECK(sync.keepPastDocumentsDays() == 30);
}

TEST_CASE("The meeting form's Open to all staff is kept in the draft, and disabled with its "
          "reason while a document is confidential",
    "[ui][secretary][scope]")
{
    ui::MeetingForm form;
    DraftMeeting draft;
    draft.id = QStringLiteral("hop-2026-12-18");
    draft.title = QStringLiteral("Phiên họp thường kỳ");
    draft.openToAllStaff = true;
    form.setDraft(draft);
    auto *open = form.findChild<QCheckBox *>(QStringLiteral("openToAllStaff"));
    REQUIRE(open);
    CHECK(open->isChecked());
    CHECK(open->isEnabled());
    open->setChecked(false);
    DraftMeeting applied = draft;
    form.apply(applied);
    CHECK_FALSE(applied.openToAllStaff);

    DraftDocument secret;
    secret.id = QStringLiteral("d1");
    secret.confidential = true;
    draft.documents << secret;
    form.setDraft(draft);
    CHECK_FALSE(open->isEnabled());
    CHECK(open->toolTip().contains(QStringLiteral("confidential")));
    form.setHasConfidentialDocument(false);
    CHECK(open->isEnabled());
}
