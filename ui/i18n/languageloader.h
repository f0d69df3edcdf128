#pragma once

#include "meeting_core/i18n/translationloader.h"

#include <QString>
#include <QTranslator>
#include <memory>

namespace phonghop::ui {

// The interface language of the widgets: our catalogue and QLocale's default through
// TranslationLoader (meeting_core, shared with phonghop-cli), plus Qt's own catalogue
// (qtbase_<lang>.qm from Qt's translations folder, or our embedded Vietnamese one, since
// Qt 6.4 ships none) so that Qt's dialog buttons, file dialog and text field menus agree.
// Keep the loader alive as long as the application: the translators are removed when it
// is destroyed.
//
//     QApplication app(argc, argv);
//     AppSettings settings;
//     ui::LanguageLoader language;
//     language.load(TranslationLoader::languageFor(settings));
class LanguageLoader final {
public:
    LanguageLoader();
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader &) = delete;
    LanguageLoader &operator=(const LanguageLoader &) = delete;

    // Replaces what an earlier load() installed (language switch at run time sends
    // QEvent::LanguageChange to every widget). True when our catalogue was found.
    bool load(const QString &language);

    const QString &language() const { return m_ours.language(); }
    bool hasQtTranslation() const { return m_qt != nullptr; }

private:
    void unloadQt();
    TranslationLoader m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace phonghop::ui
