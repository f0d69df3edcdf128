// Fuzz target: POLL.json, the poll file `phonghop-cli tally` reads (docs/poll-format.md),
// from a real file through the command itself. It either prints a result as JSON or refuses
// the file with exit code 4.
#include "fuzzsupport.h"

#include "cli/commands.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace phonghop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path
        = fuzz::freshFolder(QStringLiteral("poll")) + QStringLiteral("/POLL.json");
    fuzz::writeFile(path, fuzz::bytesOf(data, size));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::Streams streams { outStream, errStream };
    const int code = cli::runTally({ path }, streams);
    PHONGHOP_FUZZ_CHECK("poll_file", code == cli::Success || code == cli::Rejected);
    if (code == cli::Success) {
        QJsonParseError error {};
        const QJsonDocument result = QJsonDocument::fromJson(out.toUtf8(), &error);
        PHONGHOP_FUZZ_CHECK(
            "poll_file", error.error == QJsonParseError::NoError && result.isObject());
    } else {
        PHONGHOP_FUZZ_CHECK("poll_file", !err.isEmpty());
    }
    return 0;
}
