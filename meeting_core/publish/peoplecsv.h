#pragma once

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace phonghop {

// People read from a CSV file (an Excel export of the organisation's staff list).
struct PeopleImport {
    QList<DraftParticipant> people; // ids left empty: the draft assigns them when added
    QString encodingName;
    bool wasUtf8 = true;
    QStringList notes; // translated: the encoding when it was not UTF-8, skipped rows, ...
};

namespace peoplecsv {

// Columns are found by their header ("Họ và tên", "Chức vụ", "Vai trò", "Trọng số" or the
// English names); without a header row the columns are name, position, role, weight.
// Separators: comma, semicolon (Excel where the decimal mark is a comma) or tab.
Result<PeopleImport> parse(const QByteArray &bytes);
Result<PeopleImport> readFile(const QString &path);

// Splits CSV text into rows of fields (RFC 4180 quoting).
QList<QStringList> splitRows(const QString &text, QChar separator);
std::optional<Role> roleFromText(const QString &text);

} // namespace peoplecsv
} // namespace phonghop
