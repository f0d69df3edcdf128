#include <catch2/catch.hpp>

#include "meeting_core/domain/meeting.h"
#include "meeting_core/i18n/translationloader.h"
#include "meeting_core/share/manifestcodec.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/util/boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtEndian>

// Translations are looked up under exactly the context the code names (QObject's tr, a
// Q_DECLARE_TR_FUNCTIONS class, a literal QCoreApplication::translate context), and
// lrelease keeps the contexts lupdate recorded. These tests tie the two together, on the
// .qm files the programs load.
using namespace phonghop;

namespace {

struct Key {
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    friend bool operator==(const Key &, const Key &) = default;
};
size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.context, key.source, key.comment);
}

// The messages of a compiled catalogue: the .qm format's message block, where lrelease
// (without -compress) stores each message's context, source text and comment in full.
QSet<Key> messagesOfQm(const QByteArray &qm)
{
    static const uchar magic[16] = { 0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95, 0xcd, 0x21,
        0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd };
    REQUIRE(qm.size() > 16);
    REQUIRE(memcmp(qm.constData(), magic, 16) == 0);
    enum Block : uchar { Messages = 0x69 };
    enum Tag : uchar {
        End = 1,
        Translation = 3,
        Obsolete1 = 5,
        SourceText = 6,
        Context = 7,
        Comment = 8
    };
    const auto *data = reinterpret_cast<const uchar *>(qm.constData());
    const qsizetype size = qm.size();
    QSet<Key> keys;
    qsizetype at = 16;
    while (at + 5 <= size) {
        const uchar block = data[at];
        const quint32 length = qFromBigEndian<quint32>(data + at + 1);
        at += 5;
        REQUIRE(at + qsizetype(length) <= size);
        if (block == Messages) {
            qsizetype m = at;
            const qsizetype end = at + length;
            Key key;
            while (m < end) {
                const uchar tag = data[m++];
                if (tag == End) {
                    keys.insert(key);
                    key = Key();
                    continue;
                }
                if (tag == Obsolete1) {
                    m += 4;
                    continue;
                }
                REQUIRE(
                    (tag == Translation || tag == SourceText || tag == Context || tag == Comment));
                const quint32 fieldLength = qFromBigEndian<quint32>(data + m);
                m += 4;
                if (tag == Translation && fieldLength == 0xffffffffu)
                    continue;
                const QByteArray field(reinterpret_cast<const char *>(data + m), fieldLength);
                m += fieldLength;
                if (tag == SourceText)
                    key.source = field;
                else if (tag == Context)
                    key.context = field;
                else if (tag == Comment)
                    key.comment = field;
            }
        }
        at += length;
    }
    return keys;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Recorded {
    QSet<Key> messages;
    QString warnings; // what lupdate said about tr() calls it could not place
};

// Runs lupdate over the sources, as `ninja phonghop_lupdate` does, into a scratch catalogue:
// the contexts and messages the code translates under today.
Recorded recordedBySources()
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("recorded.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PHONGHOP_SOURCE_DIR));
    lupdate.start(QStringLiteral(PHONGHOP_LUPDATE),
        { QStringLiteral("-I"), QStringLiteral(PHONGHOP_SOURCE_DIR), QStringLiteral("-locations"),
            QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
            QStringLiteral("meeting_core"), QStringLiteral("ui"), QStringLiteral("app"),
            QStringLiteral("-ts"), ts });
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    Recorded recorded;
    const QStringList said
        = QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput())
              .split(QLatin1Char('\n'));
    for (const QString &line : said) {
        if (line.contains(QLatin1String("lacks Q_OBJECT"))
            || line.contains(QLatin1String("Cannot invoke tr()"))
            || line.contains(QLatin1String("Qualifying with unknown")))
            recorded.warnings += line + QLatin1Char('\n');
    }

    QFile file(ts);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QByteArray context;
    Key key;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText().toUtf8();
            else if (xml.name() == u"message")
                key = Key { context, {}, {} };
            else if (xml.name() == u"source")
                key.source = xml.readElementText().toUtf8();
            else if (xml.name() == u"comment")
                key.comment = xml.readElementText().toUtf8();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            recorded.messages.insert(key);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(recorded.messages.size() > 1000);
    return recorded;
}

} // namespace

TEST_CASE("Every tr() call sits where lupdate can name the context it is looked up under",
    "[i18n][contexts]")
{
    // An unqualified tr() outside a class with its own tr (a file-local helper, a free
    // function) is filed by lupdate under the enclosing class or namespace, whatever the
    // helper looks up at run time: lupdate says so with these warnings.
    const Recorded recorded = recordedBySources();
    INFO(recorded.warnings.toStdString());
    CHECK(recorded.warnings.isEmpty());
}

TEST_CASE("Every context and message the code translates under is in the catalogues it loads",
    "[i18n][contexts]")
{
    const Recorded recorded = recordedBySources();
    QSet<QByteArray> contextsUsed;
    for (const Key &key : recorded.messages)
        contextsUsed.insert(key.context);
    REQUIRE(contextsUsed.size() > 50);

    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        const QString path = QStringLiteral(":/i18n/phonghop_%1.qm").arg(language);
        QTranslator translator;
        REQUIRE(translator.load(path));
        const QSet<Key> inCatalogue = messagesOfQm(readResource(path));
        QSet<QByteArray> contextsInCatalogue;
        for (const Key &key : inCatalogue)
            contextsInCatalogue.insert(key.context);

        int missingContexts = 0;
        for (const QByteArray &context : std::as_const(contextsUsed)) {
            if (!contextsInCatalogue.contains(context)) {
                ++missingContexts;
                UNSCOPED_INFO(language.toStdString() << ": no context " << context.toStdString());
            }
        }
        CHECK(missingContexts == 0);

        int missingMessages = 0;
        for (const Key &key : recorded.messages) {
            // A lookup under the code's own context finds a translation.
            const QString translated
                = translator.translate(key.context.constData(), key.source.constData(),
                    key.comment.isEmpty() ? nullptr : key.comment.constData(), 1);
            if (!inCatalogue.contains(key) || translated.isEmpty()) {
                if (++missingMessages <= 20)
                    UNSCOPED_INFO(language.toStdString()
                        << ": [" << key.context.toStdString() << "] \"" << key.source.toStdString()
                        << "\" is not translated");
            }
        }
        INFO("after code moves messages, run `ninja phonghop_lupdate` and "
             "resources/translations/carry_translations.py");
        CHECK(missingMessages == 0);
    }
}

TEST_CASE("A lookup under another context than the message's own finds nothing", "[i18n][contexts]")
{
    // The catalogue is not searched by source text: the contexts above are what matters.
    TranslationLoader loader;
    REQUIRE(loader.load(QStringLiteral("vi")));
    CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings")
        == QStringLiteral("Tất cả cuộc họp"));
    CHECK(QCoreApplication::translate("SomeOtherContext", "All meetings")
        == QStringLiteral("All meetings"));
}

TEST_CASE("Core messages come out in Vietnamese, from members and free functions alike",
    "[i18n][contexts]")
{
    TranslationLoader loader;
    REQUIRE(loader.load(QStringLiteral("vi")));

    // boundedfile.cpp: free functions of a namespace.
    CHECK(boundedfile::describe(boundedfile::Refusal::Missing)
        == QStringLiteral("tệp không tồn tại"));

    // manifestcodec.cpp: a free function with its file's context.
    const Result<Meeting> notAManifest = decodeManifest(QByteArrayLiteral("[1, 2]"));
    REQUIRE_FALSE(notAManifest.ok());
    CHECK(notAManifest.error() == QStringLiteral("không phải tệp mô tả cuộc họp"));

    // meeting.cpp: a literal context.
    CHECK(roleDisplayName(Role::Chair) == QStringLiteral("Chủ trì"));

    // syncengine.cpp: a plural, under the same context as the rest of its file.
    SyncReport report;
    report.updatedMeetings = { QStringLiteral("m1"), QStringLiteral("m2") };
    CHECK(report.summary() == QStringLiteral("Đã cập nhật 2 cuộc họp"));

    REQUIRE(loader.load(QStringLiteral("en")));
    CHECK(report.summary() == QStringLiteral("2 meetings updated"));
    report.updatedMeetings = { QStringLiteral("m1") };
    CHECK(report.summary() == QStringLiteral("1 meeting updated"));
}
