// Fuzz target: MEETING.json, the secretary's meeting file that `phonghop-cli publish` reads
// (docs/publish-format.md), from a real file. What reads must be written back unchanged; a
// draft the validator lets through (its files aside: the target attaches none) must give a
// manifest that every seat decodes.
#include "fuzzsupport.h"

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/publishvalidator.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/util/sha256.h"

#include <QJsonDocument>

using namespace phonghop;

namespace {
bool blocksPublishing(const ValidationProblem &problem)
{
    using K = ValidationProblem::Kind;
    // The target gives documents no file (they could name any file of this machine).
    return problem.blocking && problem.kind != K::MissingFile && problem.kind != K::NotPdf
        && problem.kind != K::UnreadablePdf;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString folder = fuzz::freshFolder(QStringLiteral("meeting"));
    const QString path = folder + QStringLiteral("/MEETING.json");
    fuzz::writeFile(path, fuzz::bytesOf(data, size));
    const Result<DraftMeeting> read = draft::readFile(path);
    if (!read) {
        PHONGHOP_FUZZ_CHECK("meeting_draft", !read.error().isEmpty());
        return 0;
    }
    DraftMeeting d = read.value();
    const Result<DraftMeeting> again = draft::fromJson(draft::toJson(d, folder), folder);
    PHONGHOP_FUZZ_CHECK("meeting_draft", again.ok());
    PHONGHOP_FUZZ_CHECK("meeting_draft", again.value() == d);

    for (DraftDocument &document : d.documents) {
        // A document without a file cannot be published (the validator says so).
        if (document.filePath.isEmpty())
            return 0;
        document.filePath.clear();
    }
    const QList<ValidationProblem> problems = PublishValidator().validate(d);
    (void)PublishValidator::describe(problems);
    if (std::any_of(problems.begin(), problems.end(), blocksPublishing))
        return 0;
    (void)draft::numberedAgenda(d);
    QHash<QString, QPair<QString, qint64>> objects;
    for (const DraftDocument &document : d.documents)
        objects.insert(document.id, { Sha256::hexOf(document.id.toUtf8()), 1 });
    Meeting meeting = draft::toMeeting(d, objects);
    meeting.revision = 1;
    meeting.publishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    const Result<Meeting> decoded = decodeManifest(encodeManifest(meeting));
    if (!decoded)
        std::fprintf(stderr, "manifest refused: %s\n", qPrintable(decoded.error()));
    PHONGHOP_FUZZ_CHECK("meeting_draft", decoded.ok());
    return 0;
}
