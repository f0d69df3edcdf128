#include "meeting_core/i18n/translationloader.h"

#include "meeting_core/settings/appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

namespace phonghop {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    unload();
}

QString TranslationLoader::chooseLanguage(const QString &settingLanguage, bool settingExplicit, const QLocale &system)
{
    if (settingExplicit && (settingLanguage == u"vi" || settingLanguage == u"en"))
        return settingLanguage;
    if (system.language() == QLocale::Vietnamese)
        return QStringLiteral("vi");
    return QStringLiteral("vi");
}

QString TranslationLoader::languageFor(const AppSettings &settings, const QLocale &system)
{
    const bool explicitly = settings.source(AppSettings::Key::Language) != AppSettings::Source::Default;
    return chooseLanguage(settings.language(), explicitly, system);
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

    auto catalogue = std::make_unique<Catalogue>();
    if (!catalogue->loadCatalogue(m_language))
        return false;
    QCoreApplication::installTranslator(catalogue.get());
    m_catalogue = std::move(catalogue);
    return true;
}

bool TranslationLoader::Catalogue::loadCatalogue(const QString &language)
{
    const QString base = QStringLiteral("phonghop_") + language;
    if (!load(base, QStringLiteral(":/i18n")))
        return false;
    QFile ts(QStringLiteral(":/i18n/") + base + QStringLiteral(".ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return true; // exact contexts still work
    QXmlStreamReader xml(&ts);
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() && !xml.isEndElement())
            continue;
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"name")
                context = xml.readElementText().toUtf8();
            else if (name == u"message") {
                source.clear();
                comment.clear();
            } else if (name == u"source")
                source = xml.readElementText().toUtf8();
            else if (name == u"comment")
                comment = xml.readElementText().toUtf8();
        } else if (name == u"message") {
            const QByteArray key = source + '\x1f' + comment;
            if (!m_contextOf.contains(key))
                m_contextOf.insert(key, context);
        }
    }
    return true;
}

QString TranslationLoader::Catalogue::translate(const char *context, const char *sourceText,
                                                const char *disambiguation, int n) const
{
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!result.isNull() || !sourceText)
        return result;
    const QByteArray key = QByteArray(sourceText) + '\x1f' + QByteArray(disambiguation ? disambiguation : "");
    const auto known = m_contextOf.constFind(key);
    if (known == m_contextOf.cend() || known.value() == context)
        return result;
    return QTranslator::translate(known.value().constData(), sourceText, disambiguation, n);
}

} // namespace phonghop
