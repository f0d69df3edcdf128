#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace phonghop {

class AppSettings;

// Installs PhòngHọp's own catalogue (phonghop_<lang>.qm, embedded in meeting_core under
// :/i18n) and makes QLocale's default match, for every program: the app, phonghop-cli and
// the PDFs they write (minutes, attendance lists). QtCore only; the widgets' extra (Qt's
// own dialog strings) is ui::LanguageLoader's. Keep the loader alive as long as the
// application: its translator is removed when it is destroyed.
//
//     QCoreApplication app(argc, argv);   // names set before AppSettings reads the user's file
//     AppSettings settings;
//     TranslationLoader language;
//     language.load(TranslationLoader::languageFor(settings));
//
// Lookups are exact: a message is found under the context lupdate recorded for it. So a
// class translates with its own tr() (Q_OBJECT, or Q_DECLARE_TR_FUNCTIONS), and a file of
// free functions declares its context once, file-local, and writes Tr::tr():
//
//     namespace {
//     class Tr final {
//         Q_DECLARE_TR_FUNCTIONS(phonghop::ShareWriter)
//     };
//     } // namespace
//     ... Tr::tr("Cannot create %1 in the share") ...
//
// lupdate records the macro's argument as written, and that is the string looked up.
class TranslationLoader final {
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // The language to use: a supported language set on purpose (by the user or by IT) wins;
    // otherwise Vietnamese. The system locale plays no part: the product's first users read
    // Vietnamese on machines set up in English, and English is chosen in the settings
    // (docs/configuration.md).
    static QString chooseLanguage(const QString &settingLanguage, bool settingExplicit);
    static QString languageFor(const AppSettings &settings);

    // Replaces what an earlier load() installed (a language switch at run time sends
    // QEvent::LanguageChange to every widget). Anything but "en" loads Vietnamese.
    // True when the catalogue was found.
    bool load(const QString &language);

    const QString &language() const { return m_language; }

private:
    void unload();
    QString m_language;
    std::unique_ptr<QTranslator> m_catalogue;
};

} // namespace phonghop
