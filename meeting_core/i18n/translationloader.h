#pragma once

#include <QHash>
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
class TranslationLoader final {
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // The language to use: a setting made on purpose (user or IT) wins; otherwise
    // Vietnamese, whether or not the system locale is Vietnamese (the product's first users
    // read Vietnamese; English is chosen in the settings).
    static QString chooseLanguage(const QString &settingLanguage, bool settingExplicit, const QLocale &system);
    static QString languageFor(const AppSettings &settings, const QLocale &system = QLocale::system());

    // Replaces what an earlier load() installed (a language switch at run time sends
    // QEvent::LanguageChange to every widget). Anything but "en" loads Vietnamese.
    // True when the catalogue was found.
    bool load(const QString &language);

    const QString &language() const { return m_language; }

    // Our catalogue. Many core files translate through a small helper whose context is not
    // the one lupdate records for the call (lupdate names the enclosing class or namespace),
    // so a lookup that misses in its own context falls back to the same source text in the
    // context the catalogue has it under. The contexts come from the embedded .ts file.
    class Catalogue final : public QTranslator {
    public:
        bool loadCatalogue(const QString &language);
        QString translate(const char *context, const char *sourceText, const char *disambiguation,
                          int n) const override;
        bool isEmpty() const override { return QTranslator::isEmpty(); }

    private:
        QHash<QByteArray, QByteArray> m_contextOf; // source text + '\x1f' + comment -> context
    };

private:
    void unload();
    QString m_language;
    std::unique_ptr<Catalogue> m_catalogue;
};

} // namespace phonghop
