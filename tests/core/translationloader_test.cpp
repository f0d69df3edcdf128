#include <catch2/catch.hpp>

#include "meeting_core/i18n/translationloader.h"
#include "meeting_core/settings/appsettings.h"
#include "meeting_core/voting/poll.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace phonghop;

namespace {
void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
}
} // namespace

TEST_CASE("Vietnamese is chosen unless a setting says otherwise", "[i18n]")
{
    CHECK(TranslationLoader::chooseLanguage(QStringLiteral("vi"), false) == QStringLiteral("vi"));
    CHECK(TranslationLoader::chooseLanguage(QStringLiteral("en"), true) == QStringLiteral("en"));
    CHECK(TranslationLoader::chooseLanguage(QStringLiteral("vi"), true) == QStringLiteral("vi"));
    CHECK(TranslationLoader::chooseLanguage(QStringLiteral("xx"), true) == QStringLiteral("vi"));
    // A value that only a default gave is not a choice: even "en" there gives Vietnamese.
    CHECK(TranslationLoader::chooseLanguage(QStringLiteral("en"), false) == QStringLiteral("vi"));
    CHECK(TranslationLoader::chooseLanguage(QString(), false) == QStringLiteral("vi"));
}

TEST_CASE("The language follows the settings' layers: default, IT's system file, the user's choice",
    "[i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString system = dir.filePath(QStringLiteral("system.conf"));
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    {
        const AppSettings settings(QString(), user);
        CHECK(TranslationLoader::languageFor(settings) == QStringLiteral("vi"));
    }
    writeFile(system, "[General]\nLanguage=en\n");
    {
        const AppSettings settings(system, user);
        CHECK(TranslationLoader::languageFor(settings) == QStringLiteral("en"));
    }
    writeFile(user, "[General]\nLanguage=vi_VN\n");
    {
        const AppSettings settings(system, user);
        CHECK(TranslationLoader::languageFor(settings) == QStringLiteral("vi"));
    }
}

TEST_CASE("Loading a language translates core strings and sets the locale", "[i18n]")
{
    const QLocale before = QLocale();
    VotingRule rule = *VotingRule::fromPreset(QStringLiteral("da-so-phieu"));
    const QString english = rule.describe();
    REQUIRE(english == QStringLiteral("Needs more than half of the ballots cast."));
    {
        TranslationLoader loader;
        REQUIRE(loader.load(QStringLiteral("vi")));
        CHECK(loader.language() == QStringLiteral("vi"));
        CHECK(QLocale().language() == QLocale::Vietnamese);
        CHECK(rule.describe() == QStringLiteral("Cần quá nửa số phiếu đã bỏ."));
        CHECK(QCoreApplication::translate("phonghop::cli::CommandLineTool", "Unknown command: %1")
            == QStringLiteral("Lệnh không xác định: %1"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 3)
            == QStringLiteral("3 kết quả"));

        REQUIRE(loader.load(QStringLiteral("en")));
        CHECK(loader.language() == QStringLiteral("en"));
        CHECK(QLocale().language() == QLocale::English);
        CHECK(rule.describe() == english);
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 1)
            == QStringLiteral("1 result"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 2)
            == QStringLiteral("2 results"));

        REQUIRE(loader.load(QStringLiteral("vi")));
    }
    // The loader removed its translator when it went away.
    CHECK(rule.describe() == english);
    QLocale::setDefault(before);
}
