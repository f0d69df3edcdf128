#include "commands.h"

#include "meeting_core/trust/roster.h"
#include "meeting_core/voting/tally.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// phonghop-cli tally POLL.json: the result of a poll described in docs/poll-format.md, so that
// anyone can check a result outside the app.
namespace phonghop::cli {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::cli::VotingCommands)
};

constexpr int pollFormatVersion = 1;

Result<TallyInput> readPollFile(const QJsonObject &root)
{
    using R = Result<TallyInput>;
    const int format = root.value(u"format").toInt(pollFormatVersion);
    if (format > pollFormatVersion)
        return R::failure(Tr::tr("The poll file is in format %1; this version reads format %2")
                              .arg(format)
                              .arg(pollFormatVersion));
    QJsonObject pollObject = root.value(u"poll").toObject();
    if (root.contains(u"rule"))
        pollObject.insert(QStringLiteral("rule"), root.value(u"rule"));
    Result<PollDefinition> poll = PollDefinition::fromJson(pollObject);
    if (!poll)
        return R::failure(Tr::tr("poll: %1").arg(poll.error()));
    TallyInput input;
    input.poll = poll.value();
    input.chairId = root.value(u"chair").toString();
    if (!root.value(u"members").isArray() || root.value(u"members").toArray().isEmpty())
        return R::failure(Tr::tr("members: the file lists no members"));
    for (const QJsonValue &value : root.value(u"members").toArray()) {
        const QJsonObject o = value.toObject();
        Member member;
        member.id = o.value(u"id").toString();
        member.name = o.value(u"name").toString();
        const QJsonValue weight = o.value(u"weight");
        if (!weight.isUndefined()
            && (!weight.isDouble() || weight.toDouble() < 0
                || weight.toDouble() != weight.toInteger()))
            return R::failure(
                Tr::tr("members: %1 has a weight that is not a whole number").arg(member.id));
        if (!weight.isUndefined() && weight.toDouble() > RosterParticipant::maximumWeight)
            return R::failure(Tr::tr("members: %1 has a weight larger than %2")
                                  .arg(member.id)
                                  .arg(RosterParticipant::maximumWeight));
        member.weight = weight.isUndefined() ? 1 : weight.toInteger();
        member.present = o.value(u"present").toBool(false);
        if (member.id.isEmpty())
            return R::failure(Tr::tr("members: a member has no id"));
        input.members << member;
    }
    for (const QJsonValue &value : root.value(u"ballots").toArray()) {
        const QJsonObject o = value.toObject();
        CastVote vote;
        vote.voter = o.value(u"voter").toString();
        QJsonArray choices = o.value(u"choices").toArray();
        if (o.contains(u"choice"))
            choices = QJsonArray { o.value(u"choice") };
        for (const QJsonValue &choice : std::as_const(choices)) {
            int index = -1; // an unknown option: the ballot is reported as invalid
            if (choice.isDouble()) {
                index = choice.toInt(-1);
            } else {
                for (int i = 0; i < input.poll.options.size(); ++i) {
                    if (input.poll.options.at(i).label == choice.toString())
                        index = i;
                }
            }
            vote.choices << index;
        }
        input.votes << vote;
    }
    return input;
}
} // namespace

int runTally(const QStringList &arguments, Streams &streams)
{
    const QStringList files = positionalArguments(arguments);
    if (files.size() != 1) {
        streams.err << Tr::tr("Usage: phonghop-cli tally POLL.json") << '\n';
        streams.err.flush();
        return UsageError;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        streams.err << Tr::tr("Cannot read %1: %2").arg(files.first(), file.errorString()) << '\n';
        streams.err.flush();
        return Failure;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        streams.err << Tr::tr("%1 is not a JSON object: %2").arg(files.first(), error.errorString())
                    << '\n';
        streams.err.flush();
        return Rejected;
    }
    const Result<TallyInput> input = readPollFile(document.object());
    if (!input) {
        streams.err << Tr::tr("%1: %2").arg(files.first(), input.error()) << '\n';
        streams.err.flush();
        return Rejected;
    }
    const TallyResult result = computeTally(input.value());
    QJsonObject output = result.toJson();
    output.insert(QStringLiteral("format"), pollFormatVersion);
    output.insert(QStringLiteral("poll"),
        QJsonObject { { QStringLiteral("id"), input->poll.id },
            { QStringLiteral("title"), input->poll.title },
            { QStringLiteral("kind"), pollKindId(input->poll.kind) } });
    QJsonObject rule = input->poll.rule.toJson();
    rule.insert(QStringLiteral("description"), input->poll.rule.describe());
    output.insert(QStringLiteral("rule"), rule);
    streams.out << QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Indented));
    streams.out.flush();
    return Success;
}

} // namespace phonghop::cli
