#include <catch2/catch.hpp>

#include "cli/commandlinetool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace phonghop;

namespace {
struct Run {
    int exitCode;
    QJsonObject json;
    QString err;
};

Run tally(const QJsonObject &poll)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("POLL.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(poll).toJson());
    file.close();
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::Streams streams { outStream, errStream };
    const int code = cli::CommandLineTool().run({ QStringLiteral("tally"), path }, streams);
    return Run { code, QJsonDocument::fromJson(out.toUtf8()).object(), err };
}

// A commune People's Committee of 9 members; `present` of them present; m1 is the chair.
QJsonObject committeePoll(int present, const QList<QPair<int, QString>> &ballots)
{
    QJsonArray members;
    for (int i = 0; i < 9; ++i)
        members.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("m%1").arg(i + 1) },
            { QStringLiteral("name"), QStringLiteral("Ủy viên %1").arg(i + 1) },
            { QStringLiteral("weight"), 1 }, { QStringLiteral("present"), i < present } });
    QJsonArray list;
    for (const auto &[member, choice] : ballots)
        list.append(QJsonObject { { QStringLiteral("voter"), QStringLiteral("m%1").arg(member) },
            { QStringLiteral("choices"), QJsonArray { choice } } });
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("poll"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("to-trinh-12") },
                { QStringLiteral("title"), QStringLiteral("Thông qua Tờ trình số 12") },
                { QStringLiteral("kind"), QStringLiteral("approval") } } },
        { QStringLiteral("rule"),
            QJsonObject { { QStringLiteral("preset"), QStringLiteral("uy-ban-nhan-dan") } } },
        { QStringLiteral("chair"), QStringLiteral("m1") },
        { QStringLiteral("members"), members },
        { QStringLiteral("ballots"), list },
    };
}

const QString yes = QStringLiteral("Tán thành");
const QString no = QStringLiteral("Không tán thành");
const QString abstain = QStringLiteral("Không biểu quyết");
} // namespace

TEST_CASE("phonghop-cli tally prints counts, percentages and the rule as JSON", "[voting][cli]")
{
    const Run run = tally(committeePoll(9,
        { { 1, yes }, { 2, yes }, { 3, yes }, { 4, yes }, { 5, yes }, { 6, no }, { 7, abstain },
            { 8, QStringLiteral("Không rõ") } }));
    REQUIRE(run.exitCode == 0);
    const QJsonObject &r = run.json;
    CHECK(r.value(u"passed").toBool());
    CHECK(r.value(u"decidedBy").toString() == u"threshold");
    CHECK(r.value(u"quorumMet").toBool());
    CHECK(r.value(u"base").toInt() == 9);
    CHECK(r.value(u"rule").toObject().value(u"preset").toString() == u"uy-ban-nhan-dan");
    CHECK(r.value(u"rule").toObject().value(u"base").toString() == u"entitled");
    const QJsonArray options = r.value(u"options").toArray();
    REQUIRE(options.size() == 3);
    CHECK(options.at(0).toObject().value(u"label").toString() == yes);
    CHECK(options.at(0).toObject().value(u"votes").toInt() == 5);
    CHECK(options.at(0).toObject().value(u"percent").toDouble() == Approx(55.56));
    CHECK(options.at(1).toObject().value(u"votes").toInt() == 1);
    // The ballot naming an unknown option is reported, not counted.
    REQUIRE(r.value(u"rejected").toArray().size() == 1);
    CHECK(r.value(u"rejected").toArray().at(0).toObject().value(u"voter").toString() == u"m8");
    CHECK_FALSE(r.value(u"explanation").toString().isEmpty());
}

TEST_CASE("phonghop-cli tally applies the chair's side on a tie and the quorum", "[voting][cli]")
{
    const Run tie = tally(committeePoll(9,
        { { 1, no }, { 2, no }, { 3, no }, { 4, no }, { 5, yes }, { 6, yes }, { 7, yes },
            { 8, yes }, { 9, abstain } }));
    REQUIRE(tie.exitCode == 0);
    CHECK_FALSE(tie.json.value(u"passed").toBool());
    CHECK(tie.json.value(u"decidedBy").toString() == u"chair-tie-break");

    const Run noQuorum
        = tally(committeePoll(5, { { 1, yes }, { 2, yes }, { 3, yes }, { 4, yes }, { 5, yes } }));
    REQUIRE(noQuorum.exitCode == 0);
    CHECK_FALSE(noQuorum.json.value(u"quorumMet").toBool());
    CHECK_FALSE(noQuorum.json.value(u"passed").toBool());
    CHECK(noQuorum.json.value(u"present").toInt() == 5);
}

TEST_CASE("phonghop-cli tally refuses a malformed poll file with a reason", "[voting][cli]")
{
    QJsonObject bad = committeePoll(9, {});
    bad.insert(QStringLiteral("rule"),
        QJsonObject { { QStringLiteral("preset"), QStringLiteral("khong-co") } });
    const Run run = tally(bad);
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(u"khong-co"));

    QJsonObject newer = committeePoll(9, {});
    newer.insert(QStringLiteral("format"), 2);
    CHECK(tally(newer).exitCode == 4);

    QString out, err;
    QTextStream o(&out), e(&err);
    cli::Streams streams { o, e };
    CHECK(cli::CommandLineTool().run({ QStringLiteral("tally") }, streams) == 2);
    CHECK(cli::CommandLineTool().run(
              { QStringLiteral("tally"), QStringLiteral("/nonexistent/POLL.json") }, streams)
        == 1);
}

TEST_CASE("COMMAND --help prints that command's usage on standard output and exits 0", "[cli]")
{
    for (const QString &command : { QStringLiteral("tally"), QStringLiteral("sync"),
             QStringLiteral("publish"), QStringLiteral("search"), QStringLiteral("session") }) {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        cli::Streams streams { outStream, errStream };
        INFO(command.toStdString());
        CHECK(cli::CommandLineTool().run({ command, QStringLiteral("--help") }, streams) == 0);
        CHECK(out.contains(QStringLiteral("phonghop-cli ") + command));
        CHECK(err.isEmpty());
    }
    // A command run without its arguments is still a usage error.
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::Streams streams { outStream, errStream };
    CHECK(cli::CommandLineTool().run({ QStringLiteral("tally") }, streams) == 2);
}
