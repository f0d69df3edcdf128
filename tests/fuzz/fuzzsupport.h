#pragma once

// What the fuzz targets share (docs/fuzzing.md): the well-known keys and roster of the
// fuzzing meeting, a scratch folder of the process's own, records signed on the fly, and a
// check that aborts (libFuzzer and the replay driver report an abort as a finding).
#include "meeting_core/trust/roster.h"
#include "meeting_core/trust/signingkey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace phonghop::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] void fail(const char *target, const char *what);
#define PHONGHOP_FUZZ_CHECK(target, condition)                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::phonghop::fuzz::fail(target, #condition);                                            \
    } while (false)

// A folder for this process only, made on first use and removed at exit.
QString scratchFolder();
// An empty sub-folder of the scratch folder (emptied when it exists).
QString freshFolder(const QString &name);
void writeFile(const QString &path, const QByteArray &bytes);

// The fuzzing meeting: the organisation, a chair, a secretary, a guest and three delegates,
// each with one device whose key comes from a fixed seed (the generator and the targets
// agree on them, so seeds carry valid signatures).
namespace who {
inline constexpr char organisation = 'o';
inline constexpr char chair = 'c';
inline constexpr char secretary = 's';
inline constexpr char guest = 'g';
inline constexpr char stranger = 'x'; // a key the roster does not list
// '1', '2', '3': the delegates uy-vien-1..3
} // namespace who
const SigningKey &keyOf(char who); // unknown letters: the stranger
const QString &meetingId();
QString participantIdOf(char who);
const Roster &roster();
const VerifiedRoster &verifiedRoster();

// A signed record around payload's exact bytes, as SignedRecord::toBytes() lays it out, so
// that a fuzzed payload reaches the parser behind the signature check.
QByteArray signedEnvelope(const QString &kind, const QByteArray &payload, const SigningKey &key);

// Inputs of several files: parts separated by a line holding only "--8<--".
inline const QByteArray partSeparator = QByteArrayLiteral("\n--8<--\n");
QList<QByteArray> splitParts(const QByteArray &input);
QByteArray joinParts(const QList<QByteArray> &parts);

} // namespace phonghop::fuzz
