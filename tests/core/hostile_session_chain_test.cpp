// Issue 13, attack 5: any roster member signs a decision record. It used to stop the decision
// chain's checkpoint for every seat (and the chair's next conclusion with it). Now it is set
// aside and reported by every seat's `session verify`; the chain, its checkpoint and the
// chair's conclusions go on, and a later rollback is still caught.
#include "hostile_session_fixture.h"

#include "meeting_core/trust/decisionchain.h"
#include "meeting_core/trust/signedrecord.h"

using namespace phonghop;
using namespace phonghop::test;

namespace {
struct ChainRoom {
    SessionShare share { 3 };
    HostileSeat chair { share, share.m.chairKey };
    HostileSeat d1 { share, share.m.memberKeys[0] };

    void conclude(const QString &item, const QString &text) const
    {
        chair.ok({ QStringLiteral("conclude"), item, text });
    }
    SignedRecord lastDecision() const
    {
        std::optional<SignedRecord> last;
        for (const QString &name : share.names(share.m.chairKey, QStringLiteral("decision-"))) {
            Result<SignedRecord> r = SignedRecord::fromBytes(share.get(share.m.chairKey, name));
            REQUIRE(r.ok());
            if (!last
                || r->payload().value(u"height").toInteger()
                    > last->payload().value(u"height").toInteger())
                last = r.value();
        }
        REQUIRE(last);
        return *last;
    }
    // A delegate's device signs "the next decision" with its own key, into its own folder.
    QString forge(const SignedRecord *previous) const
    {
        DecisionRecord d;
        d.meetingId = share.meetingId();
        d.agendaItemId = QStringLiteral("i2");
        d.conclusion = QStringLiteral("Không thông qua Tờ trình");
        d.recordedAt = QDateTime::currentDateTimeUtc();
        const SignedRecord forged = appendDecision(previous, d, share.m.memberKeys[1]);
        const QString name = sessionRecordFileName(forged, d.recordedAt);
        share.put(share.m.memberKeys[1], name, forged.toBytes());
        return name;
    }
};
} // namespace

TEST_CASE("A decision signed by a delegate is ignored and reported, and the chain, its checkpoint "
          "and the chair's conclusions go on",
    "[hostile][session][chain]")
{
    ChainRoom room;
    room.conclude(
        QStringLiteral("i1"), QStringLiteral("Thống nhất thông qua Tờ trình số 12/TTr-UBND"));
    CHECK(room.d1.status().value(u"decisions").toObject().value(u"count").toInt() == 1);

    const SignedRecord head = room.lastDecision();
    const QString forged = room.forge(&head);

    const auto [code, report] = room.d1.verify();
    INFO(allMessages(report).toStdString());
    CHECK(code == 1);
    const QJsonArray found
        = problemsContaining(report, QStringLiteral("who is not the chair, is ignored"));
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(u"source").toString().endsWith(forged));
    const QJsonObject decisions = room.d1.status().value(u"decisions").toObject();
    CHECK(decisions.value(u"ok").toBool());
    CHECK(decisions.value(u"count").toInt() == 1);
    CHECK(decisions.value(u"problems").toArray().isEmpty());

    // The chair goes on (it used to be refused: "the decision chain on the share has problems").
    room.conclude(QStringLiteral("i2"), QStringLiteral("Thống nhất thông qua Nghị quyết"));
    const QJsonObject after = room.d1.status().value(u"decisions").toObject();
    CHECK(after.value(u"ok").toBool());
    CHECK(after.value(u"count").toInt() == 2);

    // The checkpoint moved to 2 on d1's seat: taking the chair's second decision away is a
    // rollback.
    const SignedRecord second = room.lastDecision();
    for (const QString &name : room.share.names(room.share.m.chairKey, QStringLiteral("decision-")))
        if (SignedRecord::fromBytes(room.share.get(room.share.m.chairKey, name))->hash()
            == second.hash())
            REQUIRE(QFile::remove(room.share.folder(room.share.m.chairKey) + u'/' + name));
    const auto [rolledCode, rolled] = room.d1.verify();
    INFO(allMessages(rolled).toStdString());
    CHECK(rolledCode == 1);
    CHECK_FALSE(problemsContaining(rolled, QStringLiteral("rolled back")).isEmpty());
}

TEST_CASE("A delegate's decision put in first, at height 0, does not take the chain from the chair",
    "[hostile][session][chain]")
{
    ChainRoom room;
    room.forge(nullptr);
    room.conclude(
        QStringLiteral("i1"), QStringLiteral("Thống nhất thông qua Tờ trình số 12/TTr-UBND"));
    const QJsonObject decisions = room.d1.status().value(u"decisions").toObject();
    CHECK(decisions.value(u"ok").toBool());
    CHECK(decisions.value(u"count").toInt() == 1);
    CHECK(decisions.value(u"head").toString() == room.lastDecision().hash());
    CHECK(room.d1.verify().first == 1); // the delegate's record, reported
}
