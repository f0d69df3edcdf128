#pragma once

// What consultation.cpp and consultationrecords.cpp share: the JSON's small readers and the
// checks of an answer against its question. Not part of the layer's interface.
#include "meeting_core/consult/consultation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace phonghop::consultdetail {

QString text(const QJsonObject &object, const char *field);
// ISO 8601 with a date, a time and an offset ("Z" or "+07:00"); invalid otherwise.
QDateTime parseOffsetTime(const QString &value);
QString offsetTimeText(const QDateTime &time);
bool hasControlCharacters(const QString &value);
int optionWithMeaning(const PollDefinition &poll, OptionMeaning meaning);
// Checks an answer's choices and comment against its question.
Status checkAnswer(
    const ConsultationQuestion &question, const QList<int> &choices, const QString &comment);
// "agree", "disagree", "other" (an approval or yes/no answer), or empty for a choice question.
QString choiceWord(const ConsultationQuestion &question, const QList<int> &choices);

} // namespace phonghop::consultdetail
