#pragma once

#include "meeting_core/convert/officeconverter.h"
#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/publish/meetingdiff.h"
#include "meeting_core/publish/publishvalidator.h"
#include "meeting_core/trust/signingkey.h"
#include "meeting_core/util/cancellation.h"

#include <QString>
#include <functional>
#include <memory>

namespace phonghop {

struct PublishProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int documentsDone = 0;
    int documentsTotal = 0;
    QString currentDocument; // title of the document being stored
    qint64 currentBytes = 0; // its size (bytes within it are not reported yet: see docs)
    // Office documents are converted to PDF first, before anything is stored
    // (docs/office-documents.md): while converting is true, currentDocument is the one being
    // converted and the times say how long LibreOffice has been at it.
    bool converting = false;
    int conversionsDone = 0;
    int conversionsTotal = 0;
    qint64 conversionElapsedMs = 0;
    qint64 conversionTimeLimitMs = 0;
};

struct PublishOutcome {
    enum class Kind {
        Published,
        Invalid, // validation found problems; nothing was written
        NewerRevisionExists, // another secretary published first; see theirChanges
        Cancelled, // stopped by the user; readers still see the previous revision
        Failed, // the share could not be written (unreachable, full, ...)
    };
    Kind kind = Kind::Failed;
    int revision = 0; // the revision published
    Meeting meeting; // as published
    QList<ValidationProblem> problems;
    int newerRevision = 0; // when another publication got there first
    MeetingDiff theirChanges; // from the draft's base revision to the newer one
    QString message; // one translated line
    // The roster written beside the manifest (docs/publish-format.md, "The roster"): its
    // revision now in force, 0 when the meeting has no participants. When the manifest was
    // written but the roster could not be, kind is Failed, revision is set and message says so.
    qint64 rosterRevision = 0;
    // Documents whose object on the share was damaged and stored again, and revision numbers
    // skipped because files that are not a valid revision used them (a lone signature, an
    // unsigned manifest): translated lines, also at the end of message.
    QStringList notices;

    bool published() const { return kind == Kind::Published; }
};

// Publishes a secretary's draft as one signed revision (docs/share-format.md): validation,
// then the documents as objects, then the signed manifest through ShareWriter. Interrupted
// at any point (cancel, crash, share gone) readers keep the previous revision. Blocking:
// run it on a worker thread; progress is reported from that thread.
class MeetingPublisher final {
public:
    using ProgressCallback = std::function<void(const PublishProgress &)>;

    MeetingPublisher(QString sharePath, SigningKey key);

    // A lone signature younger than this, just above the revision the draft builds on, means
    // someone is publishing right now; an older one is a publication that was abandoned
    // (crash) and is skipped, as is one dated in the future or far above (a squatter's).
    void setInProgressWindowSeconds(int seconds) { m_inProgressWindow = seconds; }

    PublishOutcome publish(const DraftMeeting &draft, const CancellationToken &cancel = {},
        const ProgressCallback &progress = {});

    // Converts the draft's office documents (time limit, LibreOffice to use, a cache of
    // converted PDFs): set it up before publish().
    OfficeConverter &officeConverter() { return *m_converter; }

    // After a publication whose manifest was written (revision > 0, even when its roster then
    // failed): the draft now builds on that revision, and its
    // documents' published versions are remembered (a later replacement raises the version).
    static void markPublished(DraftMeeting &draft, const PublishOutcome &outcome);

private:
    PublishOutcome newerRevisionOutcome(const DraftMeeting &draft, int newest) const;
    int highestManifestRevision(const QString &meetingId) const;
    // The name of a lone signature that looks like a publication under way (empty: none).
    QString recentLoneSignatureAbove(const QString &meetingId, int revision) const;

    QString m_sharePath;
    SigningKey m_key;
    std::unique_ptr<OfficeConverter> m_converter;
    int m_inProgressWindow = 120;
};

} // namespace phonghop
