#pragma once

// A seat used through phonghop-cli processes only (cli_run.h): a cache folder with the
// seat's device key, whose organisation key was confirmed as a person would confirm it.
#include "cli_run.h"
#include "session_fixture.h"

#include <QJsonObject>

namespace phonghop::test {

struct CliSeat {
    // How the seat came to trust the organisation: a first `sync --expect-fingerprint`, or a
    // pin written straight into its cache (no sync: the share may be under attack).
    enum class Confirmed { BySync, Pinned };

    QTemporaryDir cache;
    QString share;
    QString meeting;
    Cli cli;

    CliSeat(const SessionShare &s, const SigningKey &key, Confirmed confirmed = Confirmed::BySync)
        : share(s.root())
        , meeting(s.meetingId())
    {
        REQUIRE(cache.isValid());
        REQUIRE(key.save(cache.filePath(QStringLiteral("device.key"))).ok());
        if (confirmed == Confirmed::Pinned)
            pinOrganisationIn(cache.path(), s.m.organisation);
        else
            cli.ok({ QStringLiteral("sync"), QStringLiteral("--share"), share,
                QStringLiteral("--cache"), cache.path(), QStringLiteral("--expect-fingerprint"),
                keyFingerprint(s.m.organisation.publicKey()) });
    }
    // `phonghop-cli session ARGUMENTS --share … --cache … --meeting …`
    CliRun run(const QStringList &session) const
    {
        return cli.run(QStringList { QStringLiteral("session") } + session
            + QStringList { QStringLiteral("--share"), share, QStringLiteral("--cache"),
                cache.path(), QStringLiteral("--meeting"), meeting });
    }
    CliRun ok(const QStringList &session) const
    {
        const CliRun r = run(session);
        INFO("session " << session.join(u' ').toStdString() << "\nstdout: " << r.out.toStdString()
                        << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QJsonObject status() const
    {
        return ok({ QStringLiteral("status"), QStringLiteral("--json") }).json().object();
    }
};

} // namespace phonghop::test
