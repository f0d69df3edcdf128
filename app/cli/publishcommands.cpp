#include "commands.h"
#include "passphrase.h"

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/meetingpublisher.h"
#include "meeting_core/share/sharereader.h"
#include "meeting_core/trust/signingkey.h"

#include <QCoreApplication>
#include <QDir>

namespace phonghop::cli {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::PublishCommands)
};

int fail(Streams &streams, int code, const QString &message)
{
    streams.err << message << '\n';
    streams.err.flush();
    return code;
}

} // namespace

int runPublish(const QStringList &arguments, Streams &streams)
{
    const QStringList positional = positionalArguments(arguments, { QStringLiteral("--quiet") });
    const QString share = optionValue(arguments, QStringLiteral("--share"));
    const QString keyPath = optionValue(arguments, QStringLiteral("--key"));
    if (positional.size() != 1 || share.isEmpty() || keyPath.isEmpty()) {
        streams.err << Tr::tr("Usage: phonghop-cli %1")
                           .arg(QStringLiteral(
                               "publish MEETING.json --share DIR --key KEYFILE [--quiet] "
                               "[--convert-time-limit SECONDS]"))
                    << '\n';
        streams.err.flush();
        return UsageError;
    }
    const Result<DraftMeeting> draft = draft::readFile(positional.first());
    if (!draft)
        return fail(streams, UsageError, draft.error());
    if (!QDir(share).exists())
        return fail(streams, Unreachable,
            Tr::tr("The share %1 cannot be reached").arg(QDir::toNativeSeparators(share)));
    std::optional<SigningKey> key;
    if (const int code = loadOrganisationKey(keyPath, streams, key); code != Success)
        return code;
    // Only the organisation's own key publishes on its share: another one would write
    // manifests and a roster that no seat of this organisation accepts.
    if (const Result<ShareInfo> info = ShareReader(share).readInfo();
        info && info->organisationKey != key->publicKey())
        return fail(streams, Rejected,
            Tr::tr("The key %1 (fingerprint %2) is not the key of the organisation \"%3\" "
                   "(fingerprint %4); nothing was published")
                .arg(QDir::toNativeSeparators(keyPath), keyFingerprint(key->publicKey()),
                    info->organisationName, keyFingerprint(info->organisationKey)));

    const bool quiet = hasFlag(arguments, QStringLiteral("--quiet"));
    MeetingPublisher publisher(share, *key);
    if (const QString limit = optionValue(arguments, QStringLiteral("--convert-time-limit"));
        !limit.isEmpty()) {
        bool valid = false;
        const double seconds = limit.toDouble(&valid);
        if (!valid || seconds <= 0)
            return fail(streams, UsageError,
                Tr::tr("--convert-time-limit takes a number of seconds, not \"%1\"").arg(limit));
        publisher.officeConverter().setTimeLimitMs(qint64(seconds * 1000));
    }
    int lastPercent = -1;
    QString convertingTitle;
    qint64 convertingSaidAt = 0;
    const PublishOutcome outcome
        = publisher.publish(draft.value(), {}, [&](const PublishProgress &progress) {
              if (quiet)
                  return;
              if (progress.converting) {
                  // LibreOffice says nothing while it works: the document once, then the time
                  // every five seconds, so a slow conversion is visibly alive.
                  const bool next = progress.currentDocument != convertingTitle;
                  if (next && progress.conversionsDone < progress.conversionsTotal) {
                      convertingTitle = progress.currentDocument;
                      convertingSaidAt = 0;
                      streams.err << Tr::tr("Converting document %1 of %2 to PDF: %3")
                                         .arg(progress.conversionsDone + 1)
                                         .arg(progress.conversionsTotal)
                                         .arg(progress.currentDocument)
                                  << '\n';
                  } else if (progress.conversionElapsedMs - convertingSaidAt >= 5000) {
                      convertingSaidAt = progress.conversionElapsedMs;
                      streams.err << Tr::tr("  still converting: %1 s of at most %2 s")
                                         .arg(progress.conversionElapsedMs / 1000)
                                         .arg(progress.conversionTimeLimitMs / 1000)
                                  << '\n';
                  }
                  streams.err.flush();
                  return;
              }
              if (progress.bytesTotal <= 0)
                  return;
              const int percent = int(progress.bytesDone * 100 / progress.bytesTotal);
              if (percent != lastPercent) {
                  lastPercent = percent;
                  streams.err << Tr::tr("Storing documents: %1%").arg(percent) << '\n';
                  streams.err.flush();
              }
          });
    for (const QString &line : PublishValidator::describe(outcome.problems))
        streams.err << line << '\n';
    switch (outcome.kind) {
    case PublishOutcome::Kind::Published:
        streams.out << outcome.message << '\n';
        streams.out.flush();
        return Success;
    case PublishOutcome::Kind::Invalid:
        return fail(streams, Rejected, Tr::tr("Nothing was published."));
    case PublishOutcome::Kind::NewerRevisionExists:
        for (const QString &line : outcome.theirChanges.describe())
            streams.err << "  " << line << '\n';
        return fail(streams, Rejected, outcome.message);
    case PublishOutcome::Kind::Cancelled:
    case PublishOutcome::Kind::Failed:
        break;
    }
    return fail(streams, Failure, outcome.message);
}

} // namespace phonghop::cli
