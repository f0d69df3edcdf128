#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

// Every message of every catalogue is translated, and translations keep the source's
// placeholders (%1, %n): an untranslated or broken entry fails here, not in front of users.
namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // plural forms (plain translations: plainTranslations())
    qint64 line = 0;
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"TS") {
                *language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message { context, {}, {}, {}, xml.lineNumber() };
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
            } else if (xml.name() == u"numerusform") {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// Reads the <translation> texts again with a simpler pass (plain, non-plural messages).
QStringList plainTranslations(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    bool inMessage = false;
    QString text;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            inMessage = true;
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            text.clear();
        } else if (xml.isStartElement() && xml.name() == u"translation" && inMessage && !numerus) {
            text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == u"message") {
            texts.append(numerus ? QStringLiteral("<numerus>") : text);
            inMessage = false;
        }
    }
    return texts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

void checkCatalogue(const QString &fileName, const QString &expectedLanguage)
{
    const QString path = QStringLiteral(PHONGHOP_TRANSLATIONS_DIR "/") + fileName;
    QString language;
    const QList<Message> messages = readCatalogue(path, &language);
    const QStringList plain = plainTranslations(path);
    REQUIRE(plain.size() == messages.size());
    CHECK(language.startsWith(expectedLanguage));
    CHECK(messages.size() > 0);
    int problems = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Message &message = messages.at(i);
        QStringList translations = message.translations;
        if (plain.at(i) != u"<numerus>")
            translations = { plain.at(i) };
        const QString where = fileName
            + QStringLiteral(":%1 [%2] \"%3\"")
                  .arg(message.line)
                  .arg(message.context, message.source);
        bool ok = message.type.isEmpty() && !translations.isEmpty();
        for (const QString &translation : std::as_const(translations))
            ok = ok && !translation.trimmed().isEmpty();
        if (!ok) {
            ++problems;
            UNSCOPED_INFO("untranslated: " << where.toStdString() << " ("
                                           << message.type.toStdString() << ")");
            continue;
        }
        // Plural forms may drop %n only when the form says the number in words.
        const QSet<QString> wanted
            = placeholders(message.source) - QSet<QString> { QStringLiteral("%n") };
        for (const QString &translation : std::as_const(translations)) {
            if (!placeholders(translation).contains(wanted)) {
                ++problems;
                UNSCOPED_INFO("placeholder lost: " << where.toStdString() << " -> "
                                                   << translation.toStdString());
            }
        }
    }
    CHECK(problems == 0);
}

} // namespace

TEST_CASE(
    "Every Vietnamese interface string is translated, placeholders intact", "[i18n][translations]")
{
    checkCatalogue(QStringLiteral("phonghop_vi.ts"), QStringLiteral("vi"));
}

TEST_CASE(
    "Every English interface string is filled in, placeholders intact", "[i18n][translations]")
{
    checkCatalogue(QStringLiteral("phonghop_en.ts"), QStringLiteral("en"));
}

TEST_CASE(
    "Qt's own strings shown by our windows are translated into Vietnamese", "[i18n][translations]")
{
    checkCatalogue(QStringLiteral("qtbase_vi.ts"), QStringLiteral("vi"));
}
