// Round trips between separate processes: a chair and delegates, each its own session_actor
// process with its own cache and key, connected only by the share folder.
#include "session_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace phonghop;
using namespace phonghop::test;

namespace {
struct Actor {
    QTemporaryDir cache;
    QString share;
    QString meeting;

    Actor(const QString &shareRoot, const QString &meetingId, const SigningKey &key)
        : share(shareRoot)
        , meeting(meetingId)
    {
        REQUIRE(key.save(cache.filePath(QStringLiteral("device.key"))).ok());
        pinOrganisationIn(
            cache.path(), MeetingFixture().organisation); // as the seat's person confirmed it
    }
    QProcess *start(const QStringList &action) const
    {
        auto *p = new QProcess;
        p->start(QStringLiteral(PHONGHOP_SESSION_ACTOR),
            QStringList { cache.path(), share, meeting } + action);
        return p;
    }
    QJsonObject run(const QStringList &action) const
    {
        std::unique_ptr<QProcess> p(start(action));
        REQUIRE(p->waitForFinished(60000));
        const QByteArray out = p->readAllStandardOutput();
        INFO(out.toStdString() << p->readAllStandardError().toStdString());
        REQUIRE(p->exitCode() == 0);
        return QJsonDocument::fromJson(out).object();
    }
};
} // namespace

TEST_CASE("Chair and delegate processes: roll call and a poll round trip, every delegate's process "
          "verifies its ballot and the recount")
{
    for (const bool secret : { false, true }) {
        DYNAMIC_SECTION((secret ? "secret" : "named"))
        {
            SessionShare share(6);
            Actor chair(share.root(), share.meetingId(), share.m.chairKey);
            std::vector<std::unique_ptr<Actor>> delegates;
            for (int i = 0; i < 6; ++i)
                delegates.push_back(std::make_unique<Actor>(
                    share.root(), share.meetingId(), share.m.memberKeys[static_cast<size_t>(i)]));

            // Everyone checks in at the same moment.
            std::vector<std::unique_ptr<QProcess>> running;
            running.emplace_back(chair.start({ QStringLiteral("check-in") }));
            for (auto &d : delegates)
                running.emplace_back(d->start({ QStringLiteral("check-in") }));
            for (auto &p : running) {
                REQUIRE(p->waitForFinished(60000));
                REQUIRE(p->exitCode() == 0);
            }
            running.clear();
            const QJsonObject opened = chair.run({ QStringLiteral("open"), QStringLiteral("p1"),
                secret ? QStringLiteral("secret") : QString() });
            CHECK(opened.value(QStringLiteral("present")).toInt() == 7);
            CHECK(opened.value(QStringLiteral("quorum")).toBool());

            // Five vote at once (0 = Tán thành, 1 = Không tán thành); one then changes her vote.
            const QList<int> choices { 0, 0, 1, 0, 2 };
            for (int i = 0; i < 5; ++i)
                running.emplace_back(delegates[static_cast<size_t>(i)]->start(
                    { QStringLiteral("vote"), QStringLiteral("p1"), QString::number(choices[i]) }));
            for (auto &p : running) {
                REQUIRE(p->waitForFinished(60000));
                REQUIRE(p->exitCode() == 0);
            }
            running.clear();
            delegates[2]->run(
                { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("0") });

            const QJsonObject closed = chair.run({ QStringLiteral("close"), QStringLiteral("p1") });
            REQUIRE(closed.value(QStringLiteral("polls")).toArray().size() == 1);
            CHECK(closed.value(QStringLiteral("polls"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("accepted"))
                      .toInt()
                == 5);

            // The late delegate's vote is refused; every other seat checks the result itself.
            const QJsonObject late = [&] {
                std::unique_ptr<QProcess> p(delegates[5]->start(
                    { QStringLiteral("vote"), QStringLiteral("p1"), QStringLiteral("0") }));
                REQUIRE(p->waitForFinished(60000));
                CHECK(p->exitCode() == 1);
                return QJsonDocument::fromJson(p->readAllStandardOutput()).object();
            }();
            CHECK(
                late.value(QStringLiteral("error")).toString().contains(QStringLiteral("closed")));
            for (int i = 0; i < 5; ++i) {
                const QJsonObject seen
                    = delegates[static_cast<size_t>(i)]->run({ QStringLiteral("look") });
                const QJsonObject poll
                    = seen.value(QStringLiteral("polls")).toArray().at(0).toObject();
                INFO("delegate " << i);
                CHECK(poll.value(QStringLiteral("closed")).toBool());
                CHECK(poll.value(QStringLiteral("ownCounted")).toBool());
                CHECK(poll.value(QStringLiteral("recountMatches")).toBool());
                CHECK(poll.value(QStringLiteral("problems")).toArray().isEmpty());
                CHECK(poll.value(QStringLiteral("passed")).toBool());
            }
            const QJsonObject chairView = chair.run({ QStringLiteral("look") });
            CHECK(chairView.value(QStringLiteral("pending")).toInt() == 0);
        }
    }
}
