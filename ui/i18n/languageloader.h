#pragma once

#include <QHash>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace phonghop {
class AppSettings;
}

namespace phonghop::ui {

// Installs the interface language at start: our catalogue (phonghop_<lang>.qm, embedded
// under :/i18n) and Qt's own (qtbase_<lang>.qm from Qt's translations folder, or our
// embedded Vietnamese one, since Qt 6.4 ships none), and makes QLocale's default match so
// Qt's dialogs and number fields agree. Keep the loader alive as long as the application:
// the translators are removed when it is destroyed.
//
//     QApplication app(argc, argv);
//     AppSettings settings;
//     ui::LanguageLoader language;
//     language.load(ui::LanguageLoader::languageFor(settings));
class LanguageLoader final {
public:
    LanguageLoader();
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader &) = delete;
    LanguageLoader &operator=(const LanguageLoader &) = delete;

    // The language to use: a setting made on purpose (user or IT) wins; otherwise
    // Vietnamese, whether or not the system locale is Vietnamese (the product's first users
    // read Vietnamese; English is chosen in the settings).
    static QString chooseLanguage(const QString &settingLanguage, bool settingExplicit, const QLocale &system);
    static QString languageFor(const AppSettings &settings, const QLocale &system = QLocale::system());

    // Replaces what an earlier load() installed (language switch at run time sends
    // QEvent::LanguageChange to every widget). True when our catalogue was found.
    bool load(const QString &language);

    const QString &language() const { return m_language; }
    bool hasQtTranslation() const { return m_qt != nullptr; }

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
    std::unique_ptr<Catalogue> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace phonghop::ui
