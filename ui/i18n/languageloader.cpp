#include "i18n/languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace phonghop::ui {

LanguageLoader::LanguageLoader() = default;

LanguageLoader::~LanguageLoader()
{
    unloadQt();
}

void LanguageLoader::unloadQt()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_qt.reset();
}

bool LanguageLoader::load(const QString &language)
{
    unloadQt();
    // Qt's catalogue first, so that ours (installed later, searched first) wins on a clash.
    const QString base
        = language == u"en" ? QStringLiteral("qtbase_en") : QStringLiteral("qtbase_vi");
    auto qt = std::make_unique<QTranslator>();
    // Qt's own catalogue when the system has one, else ours (Qt 6.4 has no Vietnamese).
    if (qt->load(base, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(base, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return m_ours.load(language);
}

} // namespace phonghop::ui
