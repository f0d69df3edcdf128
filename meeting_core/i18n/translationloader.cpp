#include "meeting_core/i18n/translationloader.h"

#include "meeting_core/settings/appsettings.h"

#include <QCoreApplication>

namespace phonghop {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::chooseLanguage(const QString &settingLanguage, bool settingExplicit)
{
    if (settingExplicit && (settingLanguage == u"vi" || settingLanguage == u"en"))
        return settingLanguage;
    return QStringLiteral("vi");
}

QString TranslationLoader::languageFor(const AppSettings &settings)
{
    const bool explicitly
        = settings.source(AppSettings::Key::Language) != AppSettings::Source::Default;
    return chooseLanguage(settings.language(), explicitly);
}

void TranslationLoader::unload()
{
    if (m_catalogue)
        QCoreApplication::removeTranslator(m_catalogue.get());
    m_catalogue.reset();
}

bool TranslationLoader::load(const QString &language)
{
    unload();
    m_language = language == u"en" ? QStringLiteral("en") : QStringLiteral("vi");
    const QLocale locale = m_language == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto catalogue = std::make_unique<QTranslator>();
    if (!catalogue->load(QStringLiteral("phonghop_") + m_language, QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(catalogue.get());
    m_catalogue = std::move(catalogue);
    return true;
}

} // namespace phonghop
