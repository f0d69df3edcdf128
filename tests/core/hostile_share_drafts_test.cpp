// Issue 13, item 10: on Windows writeReplacing removed the old file and then renamed the new
// one, so a crash between the two left a secretary's draft only in its temporary copy — which
// the draft store's clean-up then deleted. Replacing is now one step (rename, ReplaceFileW,
// MoveFileExW; only compiled on Windows, so these tests cover what runs everywhere): the
// clean-up puts the only copy back instead, and removes a temporary copy only when its draft
// is whole under its own name. Each test leaves the files a crash would on a real folder.
#include <catch2/catch.hpp>

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/draftstore.h"
#include "meeting_core/util/atomicfile.h"
#include "publish_fixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <unistd.h>

using namespace phonghop;

namespace {

QByteArray draftBytes(const DraftMeeting &draft, const QString &folder)
{
    return QJsonDocument(draft::toJson(draft, folder)).toJson();
}

void age(const QString &path, qint64 seconds)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(
        QDateTime::currentDateTimeUtc().addSecs(-seconds), QFileDevice::FileModificationTime));
}

QStringList keysOf(const DraftStore &store)
{
    QStringList keys;
    for (const DraftStore::Entry &entry : store.list())
        keys << entry.key;
    return keys;
}

} // namespace

TEST_CASE("A draft whose only copy is a leftover temporary file is put back, never deleted",
    "[hostile][drafts]")
{
    QTemporaryDir data;
    const QString drafts = data.filePath(QStringLiteral("drafts"));
    DraftMeeting draft = test::publish::validDraft(data.filePath(QStringLiteral("files")));
    draft.title = QStringLiteral("Phiên họp thường kỳ tháng 12 (bản nháp)");
    // What the old Windows save left after a crash between its delete and its rename: no
    // hop.json, only the complete temporary copy, an hour old.
    const QString temporary
        = drafts + u'/' + QString(atomicfile::temporaryPrefix) + QStringLiteral("k3j9x-hop.json");
    test::writeFile(temporary, draftBytes(draft, drafts));
    age(temporary, 3600);
    // An older, also complete copy of an earlier save: the newest one wins.
    DraftMeeting older = draft;
    older.title = QStringLiteral("Bản cũ");
    const QString olderTemporary
        = drafts + u'/' + QString(atomicfile::temporaryPrefix) + QStringLiteral("a1-hop.json");
    test::writeFile(olderTemporary, draftBytes(older, drafts));
    age(olderTemporary, 7200);

    DraftStore store(data.path());
    REQUIRE(keysOf(store) == QStringList { QStringLiteral("hop") });
    const Result<DraftMeeting> loaded = store.load(QStringLiteral("hop"));
    REQUIRE(loaded.ok());
    CHECK(loaded->title == draft.title);
    CHECK_FALSE(QFileInfo::exists(temporary));
    // The older copy goes at a later start, once the draft is whole under its name.
    CHECK(QFileInfo::exists(olderTemporary));
    DraftStore again(data.path());
    CHECK_FALSE(QFileInfo::exists(olderTemporary));
    CHECK(again.load(QStringLiteral("hop"))->title == draft.title);
}

TEST_CASE("The draft store's clean-up removes a temporary copy only when its draft is whole under "
          "its name",
    "[hostile][drafts]")
{
    QTemporaryDir data;
    const QString drafts = data.filePath(QStringLiteral("drafts"));
    const DraftMeeting draft = test::publish::validDraft(data.filePath(QStringLiteral("files")));
    const QString prefix = drafts + u'/' + QString(atomicfile::temporaryPrefix);

    // A whole draft and an old leftover of it: the leftover goes, the draft stays as it was.
    test::writeFile(drafts + QStringLiteral("/whole.json"), draftBytes(draft, drafts));
    test::writeFile(prefix + QStringLiteral("w1-whole.json"), "{\"half\": ");
    age(prefix + QStringLiteral("w1-whole.json"), 3600);
    // A damaged draft beside a complete temporary copy: nothing is removed, the damage is said.
    test::writeFile(
        drafts + QStringLiteral("/damaged.json"), "{\"format\": \"phonghop-draft\", \"titl");
    test::writeFile(prefix + QStringLiteral("d1-damaged.json"), draftBytes(draft, drafts));
    age(prefix + QStringLiteral("d1-damaged.json"), 3600);
    // A copy written seconds ago for a draft saved for the first time: a save may be under way.
    test::writeFile(prefix + QStringLiteral("n1-new.json"), draftBytes(draft, drafts));
    // A cut-short copy whose draft is gone: not a draft, but maybe all there is; kept.
    test::writeFile(prefix + QStringLiteral("c1-cut.json"), "{\"format\": \"phonghop-draft\", ");
    age(prefix + QStringLiteral("c1-cut.json"), 3600);

    DraftStore store(data.path());
    CHECK_FALSE(QFileInfo::exists(prefix + QStringLiteral("w1-whole.json")));
    CHECK(test::readFile(drafts + QStringLiteral("/whole.json")) == draftBytes(draft, drafts));
    CHECK(QFileInfo::exists(prefix + QStringLiteral("d1-damaged.json")));
    CHECK(QFileInfo::exists(prefix + QStringLiteral("n1-new.json")));
    CHECK_FALSE(QFileInfo::exists(drafts + QStringLiteral("/new.json")));
    CHECK(QFileInfo::exists(prefix + QStringLiteral("c1-cut.json")));
    QStringList problems;
    const QList<DraftStore::Entry> entries = store.list(&problems);
    CHECK(entries.size() == 1);
    CHECK(problems.size() == 1); // damaged.json, named by list()
}

TEST_CASE("Saving a draft again replaces it in one step and leaves no temporary copy",
    "[hostile][drafts]")
{
    QTemporaryDir data;
    DraftStore store(data.path());
    DraftMeeting draft = test::publish::validDraft(data.filePath(QStringLiteral("files")));
    const Result<QString> key = store.save(draft);
    REQUIRE(key.ok());
    const QString path
        = data.filePath(QStringLiteral("drafts/") + key.value() + QStringLiteral(".json"));
    // A link under the draft's name is replaced itself; its target is never written through.
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("other.json"));
    test::writeFile(target, "unrelated");
    QFile::remove(path);
    REQUIRE(
        ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0);

    draft.title += QStringLiteral(" (sửa)");
    REQUIRE(store.save(draft, key.value()).ok());
    CHECK_FALSE(QFileInfo(path).isSymLink());
    CHECK(store.load(key.value())->title == draft.title);
    CHECK(test::readFile(target) == "unrelated");
    CHECK(
        QDir(data.filePath(QStringLiteral("drafts")))
            .entryList({ QString(atomicfile::temporaryPrefix) + u'*' }, QDir::Files | QDir::Hidden)
            .isEmpty());
}
