// "Tải bản gốc" (issue 18): the action is offered only for a document that has an original,
// saves it byte for byte, and leaves nothing (and an existing file as it was) when it fails.
#include <catch2/catch.hpp>

#include "mainwindow/originalfileaction.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/util/sha256.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

using namespace phonghop;

TEST_CASE("Save the original file: offered for an office document only, saved byte for byte, "
          "nothing written on failure",
    "[office][ui]")
{
    QTemporaryDir cacheFolder, saved;
    auto opened = MeetingCache::open(cacheFolder.path());
    REQUIRE(opened.ok());
    MeetingCache &cache = *opened.value();
    const QByteArray bytes = QByteArray("PK\x03\x04", 4) + test::pseudoRandomBytes(5000, 18);
    const QString sha256 = Sha256::hexOf(bytes);
    REQUIRE(cache.objects().importBytes(bytes, sha256).ok());

    DocumentRef pdfOnly;
    pdfOnly.id = QStringLiteral("d1");
    pdfOnly.title = QStringLiteral("Báo cáo");
    DocumentRef word = pdfOnly;
    word.id = QStringLiteral("d2");
    word.original = { sha256, bytes.size(), QStringLiteral("tờ-trình.docx"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document") };

    QWidget window;
    ui::OriginalFileAction original(cache, window);
    QSignalSpy finished(&original, &ui::OriginalFileAction::finished);
    CHECK_FALSE(original.action()->isVisible());
    original.setDocument(pdfOnly);
    CHECK_FALSE(original.action()->isVisible());
    original.setDocument(word);
    CHECK(original.action()->isVisible());
    CHECK(original.action()->text().contains(QStringLiteral("tờ-trình.docx")));

    const QString target = saved.filePath(QStringLiteral("tờ-trình.docx"));
    REQUIRE(original.saveTo(target));
    CHECK(test::readFile(target) == bytes);
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.at(0).at(1).toBool());

    // A folder that does not exist: refused, said, nothing written.
    CHECK_FALSE(original.saveTo(saved.filePath(QStringLiteral("khong-co/x.docx"))));
    REQUIRE(finished.size() == 2);
    CHECK(finished.at(1).at(1).toBool());

    // An original the cache does not hold (not synced yet): an existing file stays as it was.
    const QString existing = saved.filePath(QStringLiteral("cu.docx"));
    test::writeFile(existing, "bản cũ");
    DocumentRef missing = word;
    missing.original.sha256 = Sha256::hexOf("another file");
    original.setDocument(missing);
    CHECK_FALSE(original.saveTo(existing));
    CHECK(test::readFile(existing) == QByteArray("bản cũ"));
    CHECK(QDir(saved.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
    original.setDocument(std::nullopt);
    CHECK_FALSE(original.action()->isVisible());
}
