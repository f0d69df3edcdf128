#include <catch2/catch.hpp>

#include "i18n/languageloader.h"

#include <QCoreApplication>
#include <QLocale>

using namespace phonghop;

// What the widgets add to meeting_core's TranslationLoader: Qt's own catalogue. Choosing the
// language and our catalogue alone: tests/core/translationloader_test.cpp.

TEST_CASE("Loading Vietnamese translates our strings, Qt's buttons and the locale", "[i18n][ui]")
{
    const QLocale before = QLocale();
    {
        ui::LanguageLoader loader;
        REQUIRE(loader.load(QStringLiteral("vi")));
        CHECK(loader.language() == QStringLiteral("vi"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings")
            == QStringLiteral("Tất cả cuộc họp"));
        // Qt 6.4 has no qtbase_vi.qm: ours provides the standard buttons.
        CHECK(loader.hasQtTranslation());
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Hủy"));
        CHECK(QLocale().language() == QLocale::Vietnamese);
        // A core message, under the context its file declares (lupdate records the same one).
        CHECK(QCoreApplication::translate("phonghop::Poll", "Needs %1 %2")
            == QStringLiteral("Cần %1 %2"));
        // Plural forms: Vietnamese has one.
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 3)
            == QStringLiteral("3 kết quả"));

        REQUIRE(loader.load(QStringLiteral("en")));
        CHECK(loader.language() == QStringLiteral("en"));
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings")
            == QStringLiteral("All meetings"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 1)
            == QStringLiteral("1 result"));
        CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "%n result(s)", nullptr, 2)
            == QStringLiteral("2 results"));
    }
    // The loader removed its translators when it went away.
    CHECK(QCoreApplication::translate("phonghop::ui::SearchPanel", "All meetings")
        == QStringLiteral("All meetings"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    QLocale::setDefault(before);
}
