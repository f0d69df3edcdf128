#include <catch2/catch.hpp>

#include "i18n/languageloader.h"

#include <QCoreApplication>
#include <QLocale>

using namespace phonghop;

TEST_CASE("Vietnamese is chosen unless a setting says otherwise", "[i18n][ui]")
{
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(ui::LanguageLoader::chooseLanguage(QStringLiteral("vi"), false, vietnamese) == QStringLiteral("vi"));
    CHECK(ui::LanguageLoader::chooseLanguage(QStringLiteral("vi"), false, english) == QStringLiteral("vi"));
    CHECK(ui::LanguageLoader::chooseLanguage(QStringLiteral("en"), true, vietnamese) == QStringLiteral("en"));
    CHECK(ui::LanguageLoader::chooseLanguage(QStringLiteral("vi"), true, english) == QStringLiteral("vi"));
    CHECK(ui::LanguageLoader::chooseLanguage(QStringLiteral("xx"), true, english) == QStringLiteral("vi"));
}

TEST_CASE("Loading Vietnamese translates our strings, Qt's buttons and the locale", "[i18n][ui]")
{
    const QLocale before = QLocale();
    {
        ui::LanguageLoader loader;
        REQUIRE(loader.load(QStringLiteral("vi")));
        CHECK(loader.language() == QStringLiteral("vi"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings") == QStringLiteral("Tất cả cuộc họp"));
        // Qt 6.4 has no qtbase_vi.qm: ours provides the standard buttons.
        CHECK(loader.hasQtTranslation());
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Hủy"));
        CHECK(QLocale().language() == QLocale::Vietnamese);
        // A helper that translates under another context than lupdate recorded still works.
        CHECK(QCoreApplication::translate("SomeOtherContext", "All meetings") == QStringLiteral("Tất cả cuộc họp"));
        // Plural forms: Vietnamese has one.
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 3) == QStringLiteral("3 kết quả"));

        REQUIRE(loader.load(QStringLiteral("en")));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings") == QStringLiteral("All meetings"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 1) == QStringLiteral("1 result"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 2) == QStringLiteral("2 results"));
    }
    // The loader removed its translators when it went away.
    CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings") == QStringLiteral("All meetings"));
    QLocale::setDefault(before);
}
