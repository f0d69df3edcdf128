#pragma once

// A live session over a real share folder: the voting fixture's roster written into the
// share, and seats that each have their own cache (and device key) and SessionService.
#include "voting_fixture.h"

#include "meeting_core/org/rosterbuilder.h"
#include "meeting_core/session/sessionrecords.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/share/sharewriter.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/organisationtrust.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace phonghop::test {

// Pins the organisation key in a seat's cache folder, as a person confirming its fingerprint
// would (nothing is pinned silently).
inline void pinOrganisationIn(const QString &cacheDirectory, const SigningKey &organisation)
{
    auto opened = MeetingCache::open(cacheDirectory);
    REQUIRE(opened.ok());
    REQUIRE(
        pinOrganisation(*opened.value(), QStringLiteral("UBND xã Sơn Hà"), organisation.publicKey())
            .ok());
}

struct Seat {
    QTemporaryDir dir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SessionService> service;

    // organisation: the key this seat pins, as a person confirming its fingerprint would
    // (nothing is pinned silently); nullptr leaves the seat unconfirmed.
    Seat(const QString &share, const QString &meetingId, const SigningKey &key,
        const SigningKey *organisation)
    {
        REQUIRE(dir.isValid());
        REQUIRE(key.save(dir.filePath(QStringLiteral("device.key"))).ok());
        auto opened = MeetingCache::open(dir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        if (organisation)
            REQUIRE(
                pinOrganisation(*cache, QStringLiteral("UBND xã Sơn Hà"), organisation->publicKey())
                    .ok());
        service = std::make_unique<SessionService>(*cache, share, meetingId);
        REQUIRE(service->refresh().ok());
    }
    SessionService &operator*() { return *service; }
    SessionService *operator->() { return service.get(); }
};

struct SessionShare {
    MeetingFixture m;
    QTemporaryDir shareDir;

    explicit SessionShare(int members = 4)
        : m(members)
    {
        REQUIRE(shareDir.isValid());
        REQUIRE(
            ShareWriter(root()).initialise(QStringLiteral("UBND xã Sơn Hà"), m.organisation).ok());
        REQUIRE(writeRosterToShare(root(), m.roster, m.organisation).ok());
    }
    QString root() const { return shareDir.path(); }
    QString meetingId() const { return m.roster.meetingId; }
    std::unique_ptr<Seat> seat(const SigningKey &key) const
    {
        return std::make_unique<Seat>(root(), meetingId(), key, &m.organisation);
    }
    QString folder(const SigningKey &key) const
    {
        return root() + QStringLiteral("/devices/") + deviceIdOf(key.publicKey());
    }
    // Writes raw bytes into a device folder, as a hostile or broken client could.
    void put(const SigningKey &folderOf, const QString &name, const QByteArray &bytes) const
    {
        QDir().mkpath(folder(folderOf));
        QFile f(folder(folderOf) + u'/' + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QByteArray get(const SigningKey &folderOf, const QString &name) const
    {
        QFile f(folder(folderOf) + u'/' + name);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
    QStringList names(const SigningKey &folderOf, const QString &prefix) const
    {
        return QDir(folder(folderOf)).entryList({ prefix + u'*' }, QDir::Files, QDir::Name);
    }
};

} // namespace phonghop::test
