#include <catch2/catch.hpp>

#include "meeting_core/trust/decisionchain.h"
#include "meeting_core/trust/signingkey.h"

using namespace phonghop;

namespace {
QByteArray seed(int n)
{
    return QByteArray(32, static_cast<char>(n));
}

DecisionRecord decision(const QString &item, const QString &conclusion)
{
    DecisionRecord d;
    d.meetingId = QStringLiteral("ubnd-xa-2026-11");
    d.agendaItemId = item;
    d.conclusion = conclusion;
    d.recordedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    return d;
}

struct Chain {
    SigningKey chair = SigningKey::fromSeed(seed(2));
    std::vector<SignedRecord> records;

    explicit Chain(int length)
    {
        for (int i = 0; i < length; ++i)
            append(QStringLiteral("Mục %1: thông qua").arg(i + 1));
    }
    void append(const QString &conclusion)
    {
        records.push_back(appendDecision(records.empty() ? nullptr : &records.back(),
            decision(QStringLiteral("item-%1").arg(records.size() + 1), conclusion), chair));
    }
    QList<QByteArray> bytes(int count = -1) const
    {
        QList<QByteArray> list;
        for (size_t i = 0; i < records.size() && (count < 0 || static_cast<int>(i) < count); ++i)
            list << records.at(i).toBytes();
        return list;
    }
    QList<QByteArray> keys() const { return { chair.publicKey() }; }
};
} // namespace

TEST_CASE(
    "A chain of decisions verifies in any file order and advances the checkpoint", "[trust][chain]")
{
    Chain chain(3);
    QList<QByteArray> files = chain.bytes();
    std::reverse(files.begin(), files.end());
    const ChainReport report = verifyDecisionChain(files, chain.keys(), {});
    CHECK(report.ok());
    REQUIRE(report.decisions.size() == 3);
    CHECK(report.decisions.at(1).height == 1);
    CHECK(report.decisions.at(1).previousHash == chain.records.at(0).hash());
    CHECK(report.checkpoint.length == 3);
    CHECK(report.checkpoint.headHash == chain.records.at(2).hash());

    // Next time, one more decision: still fine.
    chain.append(QStringLiteral("Mục 4: giao UBND xã triển khai"));
    const ChainReport next = verifyDecisionChain(chain.bytes(), chain.keys(), report.checkpoint);
    CHECK(next.ok());
    CHECK(next.checkpoint.length == 4);
}

TEST_CASE("A chain shorter than one seen before is reported as a rollback", "[trust][chain]")
{
    Chain chain(3);
    const ChainReport seen = verifyDecisionChain(chain.bytes(), chain.keys(), {});
    REQUIRE(seen.ok());
    const ChainReport report = verifyDecisionChain(chain.bytes(2), chain.keys(), seen.checkpoint);
    CHECK(report.hasProblem(ChainProblemKind::Rollback));
    CHECK(report.checkpoint.length == 3); // the client keeps what it saw
}

TEST_CASE("Two different decisions at one height are reported as a fork", "[trust][chain]")
{
    Chain chain(2);
    // The chair's key signs a second, different decision 2 on top of decision 1.
    const SignedRecord rival = appendDecision(&chain.records.at(0),
        decision(QStringLiteral("item-2"), QStringLiteral("Không thông qua")), chain.chair);
    QList<QByteArray> files = chain.bytes();
    files << rival.toBytes();
    const ChainReport report = verifyDecisionChain(files, chain.keys(), {});
    CHECK(report.hasProblem(ChainProblemKind::Fork));
    CHECK(report.decisions.size() == 1);

    SECTION("a history rewritten since the last look is a fork too")
    {
        const ChainReport seen = verifyDecisionChain(chain.bytes(), chain.keys(), {});
        REQUIRE(seen.ok());
        const ChainReport rewritten = verifyDecisionChain(
            { chain.records.at(0).toBytes(), rival.toBytes() }, chain.keys(), seen.checkpoint);
        CHECK(rewritten.hasProblem(ChainProblemKind::Fork));
        CHECK_FALSE(rewritten.hasProblem(ChainProblemKind::Rollback));
    }
}

TEST_CASE("Decisions not signed by the chair, damaged, unlinked or after a gap are reported",
    "[trust][chain]")
{
    Chain chain(3);
    const SigningKey delegate = SigningKey::fromSeed(seed(9));

    SECTION("signed by another key")
    {
        const SignedRecord forged = appendDecision(
            &chain.records.at(2), decision(QStringLiteral("x"), QStringLiteral("y")), delegate);
        QList<QByteArray> files = chain.bytes();
        files << forged.toBytes();
        const ChainReport report = verifyDecisionChain(files, chain.keys(), {});
        CHECK(report.hasProblem(ChainProblemKind::NotAuthorised));
        CHECK(report.decisions.size() == 3);
    }
    SECTION("truncated")
    {
        QList<QByteArray> files = chain.bytes();
        files[2].chop(30);
        const ChainReport report = verifyDecisionChain(files, chain.keys(), {});
        CHECK(report.hasProblem(ChainProblemKind::Unreadable));
        CHECK(report.decisions.size() == 2);
    }
    SECTION("a gap")
    {
        QList<QByteArray> files = chain.bytes();
        files.removeAt(1);
        const ChainReport report = verifyDecisionChain(files, chain.keys(), {});
        CHECK(report.hasProblem(ChainProblemKind::Gap));
        CHECK(report.decisions.size() == 1);
    }
    SECTION("a decision that does not point at the one before")
    {
        DecisionRecord d = decision(QStringLiteral("item-4"), QStringLiteral("z"));
        d.height = 3;
        d.previousHash = chain.records.at(1).hash();
        const SignedRecord unlinked
            = SignedRecord::create(QStringLiteral("decision"), d.toJson(), chain.chair);
        QList<QByteArray> files = chain.bytes();
        files << unlinked.toBytes();
        const ChainReport report = verifyDecisionChain(files, chain.keys(), {});
        CHECK(report.hasProblem(ChainProblemKind::BrokenLink));
        CHECK(report.decisions.size() == 3);
    }
}
