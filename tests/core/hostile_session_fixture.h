#pragma once

// Issue 13: someone with write access to the share attacks a live session. Every seat here is
// a cache folder used by phonghop-cli processes only (cli_run.h), so each attack runs against
// separate processes connected by a real share folder; the attacker is the test itself, doing
// to the files what anyone in the room can do to an SMB share.
#include "cli_seat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace phonghop::test {

struct HostileSeat : CliSeat {
    HostileSeat(const SessionShare &s, const SigningKey &key)
        : CliSeat(s, key, Confirmed::Pinned) // as a person confirmed its fingerprint
    {
    }
    // `session verify --json`: its exit code and report.
    std::pair<int, QJsonObject> verify() const
    {
        const CliRun r = run({ QStringLiteral("verify"), QStringLiteral("--json") });
        INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
        REQUIRE((r.exitCode == 0 || r.exitCode == 1));
        return { r.exitCode, r.json().object() };
    }
};

inline QJsonObject pollIn(const QJsonObject &status, const QString &id)
{
    return findById(status.value(u"polls").toArray(), QStringLiteral("id"), id);
}

// The problems of a verify report whose message contains text.
inline QJsonArray problemsContaining(const QJsonObject &report, const QString &text)
{
    QJsonArray found;
    for (const QJsonValue &p : report.value(u"problems").toArray())
        if (p.toObject().value(u"message").toString().contains(text))
            found.append(p);
    return found;
}

inline QString allMessages(const QJsonObject &report)
{
    QStringList messages;
    for (const QJsonValue &p : report.value(u"problems").toArray())
        messages << p.toObject().value(u"source").toString() + QStringLiteral(": ")
                + p.toObject().value(u"message").toString();
    return messages.join(u'\n');
}

// The vote counts of a closed poll's result (option by option).
inline QList<int> votesOf(const QJsonObject &poll)
{
    QList<int> votes;
    for (const QJsonValue &o : poll.value(u"result").toObject().value(u"options").toArray())
        votes << o.toObject().value(u"votes").toInt();
    return votes;
}

} // namespace phonghop::test
