#include "peoplecsv.h"

#include "meeting_core/publish/textencoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace phonghop::peoplecsv {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::PeopleCsv)
};

// Header text without case, diacritics or spaces: "Họ và tên" -> "hovaten".
QString key(const QString &text)
{
    return draft::slug(text).remove(u'-');
}

enum Column { Name, Position, Role_, Weight, Id, ColumnCount };

int columnOf(const QString &header)
{
    const QString k = key(header);
    static const QStringList names[ColumnCount] = {
        { QStringLiteral("hovaten"), QStringLiteral("hoten"), QStringLiteral("ten"),
            QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("daibieu") },
        { QStringLiteral("chucvu"), QStringLiteral("position"), QStringLiteral("title"),
            QStringLiteral("donvi") },
        { QStringLiteral("vaitro"), QStringLiteral("role") },
        { QStringLiteral("trongso"), QStringLiteral("quyenbieuquyet"), QStringLiteral("sophieu"),
            QStringLiteral("voteweight"), QStringLiteral("weight") },
        { QStringLiteral("ma"), QStringLiteral("id"), QStringLiteral("maso") },
    };
    for (int column = 0; column < ColumnCount; ++column) {
        if (names[column].contains(k))
            return column;
    }
    return -1;
}

QChar guessSeparator(const QString &firstLine)
{
    const int commas = firstLine.count(u',');
    const int semicolons = firstLine.count(u';');
    const int tabs = firstLine.count(u'\t');
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return semicolons > commas ? u';' : u',';
}

} // namespace

std::optional<Role> roleFromText(const QString &text)
{
    if (const auto role = roleFromKey(text.trimmed().toLower()))
        return role;
    const QString k = key(text);
    if (k == u"chutri" || k == u"chutoa" || k == u"chutich" || k == u"chutrihop")
        return Role::Chair;
    if (k == u"thuky")
        return Role::Secretary;
    if (k == u"daibieu" || k == u"thanhvien" || k == u"uyvien")
        return Role::Delegate;
    if (k == u"khachmoi" || k == u"khach" || k == u"moidu")
        return Role::Guest;
    return std::nullopt;
}

QList<QStringList> splitRows(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

Result<PeopleImport> parse(const QByteArray &bytes)
{
    using R = Result<PeopleImport>;
    const Result<DecodedText> decoded = textencoding::decode(bytes);
    if (!decoded)
        return R::failure(decoded.error());
    PeopleImport result;
    result.encodingName = decoded->encodingName;
    result.wasUtf8 = decoded->wasUtf8;
    if (!decoded->wasUtf8)
        result.notes << Tr::tr("The file is not in UTF-8; it was read as %1. Check the names below "
                               "before you add them.")
                            .arg(decoded->encodingName);

    const QString &text = decoded->text;
    const QChar separator = guessSeparator(text.section(u'\n', 0, 0));
    QList<QStringList> rows = splitRows(text, separator);
    if (rows.isEmpty())
        return R::failure(Tr::tr("The file holds no rows"));

    int columns[ColumnCount] = { -1, -1, -1, -1, -1 };
    bool header = false;
    for (int i = 0; i < rows.first().size(); ++i) {
        const int column = columnOf(rows.first().at(i));
        if (column >= 0 && columns[column] < 0) {
            columns[column] = i;
            header = true;
        }
    }
    if (header) {
        rows.removeFirst();
        if (columns[Name] < 0)
            return R::failure(
                Tr::tr("The file has no column of names (\"Họ và tên\" or \"name\")"));
    } else {
        columns[Name] = 0;
        columns[Position] = 1;
        columns[Role_] = 2;
        columns[Weight] = 3;
    }
    auto field = [](const QStringList &row, int column) {
        return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
    };
    int line = header ? 1 : 0;
    for (const QStringList &row : rows) {
        ++line;
        const QString name = field(row, columns[Name]).simplified();
        if (name.isEmpty()) {
            if (!row.join(QString()).trimmed().isEmpty())
                result.notes << Tr::tr("Row %1 has no name and was skipped").arg(line);
            continue;
        }
        DraftParticipant person;
        person.fullName = name;
        person.id = field(row, columns[Id]);
        person.position = field(row, columns[Position]);
        const QString role = field(row, columns[Role_]);
        person.role = roleFromText(role);
        if (!role.isEmpty() && !person.role)
            result.notes << Tr::tr("Row %1: \"%2\" is not a role; %3 has no role yet")
                                .arg(line)
                                .arg(role, name);
        const QString weight = field(row, columns[Weight]);
        if (!weight.isEmpty()) {
            bool ok = false;
            const double value = QString(weight).replace(u',', u'.').toDouble(&ok);
            if (ok && value >= 0)
                person.voteWeight = value;
            else
                result.notes << Tr::tr("Row %1: \"%2\" is not a vote weight; 1 is used")
                                    .arg(line)
                                    .arg(weight);
        }
        result.people << person;
    }
    return result;
}

Result<PeopleImport> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PeopleImport>::failure(
            Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(file.readAll());
}

} // namespace phonghop::peoplecsv
