#include "preparedpoll.h"

#include <QCoreApplication>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PreparedPoll)
};

} // namespace

Result<PollDefinition> preparedPollDefinition(const PreparedPoll &prepared)
{
    using R = Result<PollDefinition>;
    QJsonObject object = prepared.toJson();
    const QJsonValue preset = object.value(u"preset");
    if (!preset.isUndefined()) {
        if (object.contains(u"rule"))
            return R::failure(Tr::tr("give either \"rule\" or \"preset\", not both"));
        object.insert(QStringLiteral("rule"), QJsonObject { { QStringLiteral("preset"), preset } });
        object.remove(QStringLiteral("preset"));
    } else if (!object.contains(u"rule")) {
        object.insert(QStringLiteral("rule"),
            QJsonObject { { QStringLiteral("preset"), VotingRule::presetIds().constFirst() } });
    }
    return PollDefinition::fromJson(object);
}

PreparedPoll preparedPollFrom(const PollDefinition &definition, const QString &agendaItemId)
{
    PreparedPoll prepared = PreparedPoll::fromJson(definition.toJson());
    prepared.agendaItemId = agendaItemId;
    if (!definition.rule.preset.isEmpty()) {
        prepared.definition.remove(QStringLiteral("rule"));
        prepared.definition.insert(QStringLiteral("preset"), definition.rule.preset);
    }
    return prepared;
}

} // namespace phonghop
