// The secretary's workspace, offscreen: a meeting is prepared (people from a Windows-1258
// CSV, an agenda renumbered after a move, PDFs attached), checked, published, and reaches a
// delegate's cache; problems are listed by name and publish nothing; Cancel leaves the share
// as it was.
#include <catch2/catch.hpp>

#include "meeting_core/share/sharereader.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "publish_fixtures.h"
#include "secretary/agendaeditor.h"
#include "secretary/delegatepreview.h"
#include "secretary/participantseditor.h"
#include "secretary/secretaryworkspace.h"
#include "testsupport.h"
#include "viewer/documentview.h"

#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace phonghop;
using phonghop::ui::SecretaryWorkspace;

namespace {

struct Fixture {
    test::TestShare share;
    QTemporaryDir cacheDir, files;
    QString keyPath;
    std::unique_ptr<MeetingCache> cache;

    Fixture()
    {
        qputenv("PHONGHOP_NO_DIALOGS", "1");
        keyPath = files.filePath(QStringLiteral("org.key"));
        REQUIRE(test::testOrganisationKey().save(keyPath).ok());
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened.value());
        test::pinTestOrganisation(*cache);
    }
};

QStringList topLevelNumbers(QTreeWidget *tree)
{
    QStringList numbers;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        numbers << (*it)->text(0);
    return numbers;
}

PublishOutcome publishAndWait(SecretaryWorkspace &workspace, bool cancelAtOnce = false)
{
    QSignalSpy finished(&workspace, &SecretaryWorkspace::publicationFinished);
    workspace.publish();
    if (cancelAtOnce)
        workspace.cancelPublication();
    REQUIRE(finished.wait(120000));
    return finished.first().first().value<PublishOutcome>();
}

void screenshot(QWidget &window, const QString &name)
{
    const QByteArray folder = qgetenv("PHONGHOP_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    window.show();
    QCoreApplication::processEvents();
    window.grab().save(QString::fromLocal8Bit(folder) + u'/' + name + QStringLiteral(".png"));
}

} // namespace

TEST_CASE(
    "A secretary prepares a meeting in the workspace and a delegate receives it", "[secretary][ui]")
{
    Fixture f;
    SecretaryWorkspace workspace(*f.cache, f.share.root(), f.keyPath);
    workspace.show();
    DraftMeeting draft = test::publish::validDraft(f.files.path());
    draft.participants.clear();
    workspace.openDraft(draft);

    // People from a Windows-1258 CSV, with the encoding said plainly.
    const QString csv = f.files.filePath(QStringLiteral("nhan-su.csv"));
    test::writeFile(csv,
        "H"
        "o\xF2"
        " v\xE0"
        " t\xEA"
        "n,Vai tr"
        "o\xCC"
        "\r\n"
        "Nguy\xEA\xDE"
        "n V\xE3"
        "n \xC1"
        "nh,Ch"
        "u\xD2"
        " tr"
        "i\xCC"
        "\r\n"
        "Tr\xE2\xCC"
        "n Th"
        "i\xF2"
        " Tuy\xEA\xEC"
        "t,Th\xFD"
        " k"
        "y\xEC"
        "\r\n");
    workspace.participantsEditor()->importCsv(csv);
    CHECK(workspace.participantsEditor()->lastImportMessage().contains(
        QStringLiteral("Windows-1258")));
    REQUIRE(workspace.currentDraft().participants.size() == 2);
    CHECK(workspace.currentDraft().participants.at(0).fullName == QStringLiteral("Nguyễn Văn Ánh"));
    CHECK(workspace.currentDraft().participants.at(0).role == Role::Chair);
    workspace.tabs()->setCurrentWidget(workspace.participantsEditor());
    screenshot(workspace, QStringLiteral("secretary-participants"));

    // Moving section II above section I renumbers both.
    QTreeWidget *tree = workspace.agendaEditor()->tree();
    CHECK(topLevelNumbers(tree) == QStringList { "I", "1", "2", "II" });
    QTreeWidgetItem *second = tree->takeTopLevelItem(1);
    tree->insertTopLevelItem(0, second);
    QCoreApplication::processEvents();
    CHECK(topLevelNumbers(tree) == QStringList { "I", "II", "1", "2" });
    CHECK(workspace.currentDraft().agenda.first().id == QStringLiteral("i4"));

    // A document dropped on an item (same path as a drop) joins its list.
    const QString extra = f.files.filePath(QStringLiteral("phu-luc.pdf"));
    test::publish::writePdf(extra, QStringLiteral("Phụ lục kèm theo tờ trình"));
    workspace.agendaEditor()->attachFiles(QStringLiteral("i4"), { extra });
    CHECK(workspace.agendaEditor()->documentList()->count() == 2);
    CHECK(workspace.currentDraft().documents.size() == 4);

    // The preview shows the numbered agenda and opens a document in the viewer.
    workspace.tabs()->setCurrentWidget(workspace.preview());
    QTreeWidget *previewTree = workspace.preview()->agendaTree();
    REQUIRE(previewTree->topLevelItemCount() == 2);
    CHECK(previewTree->topLevelItem(0)->text(0).startsWith(QStringLiteral("I. Công tác cán bộ")));
    QSignalSpy opened(workspace.preview()->documentView(), &ui::DocumentView::documentOpened);
    QSignalSpy rendered(workspace.preview()->documentView(), &ui::DocumentView::pageRendered);
    workspace.preview()->openDocument(QStringLiteral("d1"));
    REQUIRE((opened.count() > 0 || opened.wait(30000)));
    CHECK(workspace.preview()->documentView()->documentTitle()
        == QStringLiteral("Báo cáo số 45/BC-UBND"));
    CHECK((rendered.count() > 0 || rendered.wait(30000)));
    screenshot(workspace, QStringLiteral("secretary-preview"));
    workspace.tabs()->setCurrentWidget(workspace.agendaEditor());
    screenshot(workspace, QStringLiteral("secretary-agenda"));

    const PublishOutcome outcome = publishAndWait(workspace);
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.published());
    CHECK(workspace.statusText().contains(QStringLiteral("revision 1")));
    CHECK(workspace.currentDraft().basedOnRevision == 1);

    QTemporaryDir delegateCache;
    auto delegate = MeetingCache::open(delegateCache.path());
    REQUIRE(delegate.ok());
    test::pinTestOrganisation(*delegate.value());
    REQUIRE(SyncEngine(*delegate.value(), f.share.root()).run().complete());
    const std::optional<Meeting> received = delegate.value()->meeting(draft.id);
    REQUIRE(received.has_value());
    CHECK(received->documents.size() == 4);
    CHECK(received->agenda.first().number == QStringLiteral("I"));
    CHECK(received->agenda.first().title == QStringLiteral("Công tác cán bộ"));
    CHECK(received->participants.at(1).role == Role::Secretary);
}

TEST_CASE(
    "The workspace names each problem and publishes nothing while one remains", "[secretary][ui]")
{
    Fixture f;
    SecretaryWorkspace workspace(*f.cache, f.share.root(), f.keyPath);
    DraftMeeting draft = test::publish::validDraft(f.files.path());
    draft.participants[2].role.reset();
    const QString notPdf = f.files.filePath(QStringLiteral("ghi-chu.txt"));
    test::writeFile(notPdf, "Ghi chú cuộc họp");
    draft.documents[0].filePath = notPdf;
    workspace.openDraft(draft);

    QSignalSpy checked(&workspace, &SecretaryWorkspace::validationFinished);
    workspace.checkDraft();
    REQUIRE(checked.wait(60000));
    const QString problems = workspace.problemLines().join(u'\n');
    CHECK(problems.contains(QStringLiteral("Lê Đức Thọ has no role")));
    CHECK(problems.contains(QStringLiteral("Báo cáo số 45/BC-UBND")));
    CHECK(problems.contains(QStringLiteral("not a PDF")));
    screenshot(workspace, QStringLiteral("secretary-problems"));

    const PublishOutcome outcome = publishAndWait(workspace);
    CHECK(outcome.kind == PublishOutcome::Kind::Invalid);
    CHECK(ShareReader(f.share.root()).manifestRevisions(draft.id).isEmpty());
}

TEST_CASE("Cancel during publication leaves the share as readers saw it", "[secretary][ui]")
{
    Fixture f;
    SecretaryWorkspace workspace(*f.cache, f.share.root(), f.keyPath);
    DraftMeeting draft = test::publish::validDraft(f.files.path());
    test::publish::writePaddedPdf(draft.documents[0].filePath, 48 << 20, 5); // a large scan
    workspace.openDraft(draft);
    const PublishOutcome outcome = publishAndWait(workspace, true);
    CHECK(outcome.kind == PublishOutcome::Kind::Cancelled);
    CHECK(ShareReader(f.share.root()).manifestRevisions(draft.id).isEmpty());
    CHECK(workspace.statusText().contains(QStringLiteral("unchanged")));
    CHECK_FALSE(workspace.progressBar()->isVisible());
}

TEST_CASE("Drafts are kept between sessions of the workspace", "[secretary][ui]")
{
    Fixture f;
    DraftMeeting draft = test::publish::validDraft(f.files.path());
    {
        SecretaryWorkspace workspace(*f.cache, f.share.root(), f.keyPath);
        workspace.openDraft(draft);
    }
    SecretaryWorkspace again(*f.cache, f.share.root(), f.keyPath);
    auto *list = again.findChild<QListWidget *>(QStringLiteral("draftList"));
    REQUIRE(list);
    bool found = false;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->text().startsWith(draft.title))
            continue;
        found = true;
        list->setCurrentRow(i);
    }
    REQUIRE(found);
    CHECK(again.currentDraft().title == draft.title);
    CHECK(again.currentDraft().documents.size() == 3);
    CHECK(again.currentDraft().agenda.size() == 4);
}

TEST_CASE(
    "A published meeting is revised into revision 2 and copied as a template", "[secretary][ui]")
{
    Fixture f;
    SecretaryWorkspace workspace(*f.cache, f.share.root(), f.keyPath);
    const DraftMeeting draft = test::publish::validDraft(f.files.path());
    workspace.openDraft(draft);
    REQUIRE(publishAndWait(workspace).published());
    REQUIRE(SyncEngine(*f.cache, f.share.root()).run().complete());

    // Revising starts from the cached revision; documents come from the cache.
    workspace.reviseMeeting(draft.id);
    DraftMeeting revised = workspace.currentDraft();
    CHECK(revised.basedOnRevision == 1);
    REQUIRE(revised.documents.size() == 3);
    CHECK(revised.documents.first().filePath.startsWith(f.cacheDir.path()));
    CHECK(workspace.statusText().contains(QStringLiteral("revision 2")));
    const PublishOutcome second = publishAndWait(workspace);
    INFO(second.message.toStdString());
    REQUIRE(second.published());
    CHECK(second.revision == 2);

    workspace.newFromPastMeeting(draft.id);
    const DraftMeeting copy = workspace.currentDraft();
    CHECK(copy.id != draft.id);
    CHECK(copy.basedOnRevision == 0);
    CHECK(copy.agenda.size() == 4);
    CHECK(copy.participants.size() == 3);
    CHECK(copy.documents.isEmpty());
    CHECK(copy.start > QDateTime::currentDateTime());
}
