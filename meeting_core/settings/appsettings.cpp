#include "appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <array>

namespace phonghop {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::AppSettings)
};

constexpr std::array allKeys { AppSettings::Key::SharePath, AppSettings::Key::CachePath,
    AppSettings::Key::OrganisationKeyFingerprint, AppSettings::Key::Language,
    AppSettings::Key::SyncScope, AppSettings::Key::KeepPastDocumentsDays };

const QString versionKey = QStringLiteral("SettingsVersion");

// QSettings' INI format splits unquoted values at commas; a path may well contain one.
QString textOf(const QVariant &raw)
{
    if (raw.typeId() == QMetaType::QStringList)
        return raw.toStringList().join(QStringLiteral(", ")).trimmed();
    return raw.toString().trimmed();
}

// The value in its stored form, or nullopt (with a reason) when it must be ignored.
std::optional<QString> validated(AppSettings::Key key, const QString &text, QString *reason)
{
    switch (key) {
    case AppSettings::Key::SharePath:
    case AppSettings::Key::CachePath:
        return text;
    case AppSettings::Key::OrganisationKeyFingerprint:
        if (auto fingerprint = AppSettings::normalisedFingerprint(text))
            return fingerprint;
        *reason = Tr::tr("“%1” is not a key fingerprint (32 hexadecimal digits)").arg(text);
        return std::nullopt;
    case AppSettings::Key::Language: {
        // Accept "vi", "vi_VN", "vi-VN", "VI".
        const QString language = text.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
        if (AppSettings::supportedLanguages().contains(language))
            return language;
        *reason = Tr::tr("“%1” is not a supported language (%2)")
                      .arg(text, AppSettings::supportedLanguages().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    case AppSettings::Key::SyncScope: {
        const QString scope = text.toLower();
        if (scope == u"own" || scope == u"all")
            return scope;
        *reason = Tr::tr("“%1” is not a sync scope (own, all)").arg(text);
        return std::nullopt;
    }
    case AppSettings::Key::KeepPastDocumentsDays: {
        bool ok = false;
        const int days = text.toInt(&ok);
        if (ok && days >= 0 && days <= AppSettings::maximumKeepDays)
            return QString::number(days);
        *reason = Tr::tr("“%1” is not a number of days (0 to %2; 0: never evict)")
                      .arg(text)
                      .arg(AppSettings::maximumKeepDays);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace

QString AppSettings::systemConfigPath()
{
    if (qEnvironmentVariableIsSet("PHONGHOP_SYSTEM_CONFIG"))
        return qEnvironmentVariable("PHONGHOP_SYSTEM_CONFIG"); // empty: no system file
#ifdef Q_OS_WIN
    const QString programData
        = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return programData + QStringLiteral("/PhongHop/phonghop.conf");
#else
    return QStringLiteral("/etc/phonghop/phonghop.conf");
#endif
}

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::SharePath:
        return QStringLiteral("Share/Path");
    case Key::CachePath:
        return QStringLiteral("Cache/Path");
    case Key::OrganisationKeyFingerprint:
        return QStringLiteral("Trust/OrganisationKeyFingerprint");
    case Key::Language:
        return QStringLiteral("Language"); // [General]
    case Key::SyncScope:
        return QStringLiteral("Sync/Scope");
    case Key::KeepPastDocumentsDays:
        return QStringLiteral("Cache/KeepPastDocumentsDays");
    }
    return {};
}

QStringList AppSettings::supportedLanguages()
{
    return { QStringLiteral("vi"), QStringLiteral("en") };
}

std::optional<QString> AppSettings::normalisedFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == u'-' || c == u':' || c.isSpace())
            continue;
        const bool hexDigit
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit)
            return std::nullopt;
        hex += c.toLower();
    }
    if (hex.size() != 32)
        return std::nullopt;
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u'-');
}

AppSettings::AppSettings()
    : AppSettings(systemConfigPath(), QString())
{
}

AppSettings::AppSettings(const QString &systemPath, const QString &userPath)
    : m_user(userPath.isEmpty() ? std::make_unique<QSettings>()
                                : std::make_unique<QSettings>(userPath, QSettings::IniFormat))
{
    if (systemPath.isEmpty() || !QFileInfo::exists(systemPath))
        return; // a machine without a system file is the usual case, not a problem
    if (!QFileInfo(systemPath).isReadable()) {
        m_systemProblems << Tr::tr("The system settings file %1 cannot be read").arg(systemPath);
        return;
    }
    m_system = std::make_unique<QSettings>(systemPath, QSettings::IniFormat);
    if (m_system->status() != QSettings::NoError) {
        m_systemProblems
            << Tr::tr("The system settings file %1 is not a valid INI file").arg(systemPath);
        m_system.reset();
        return;
    }
    for (const QString &raw : m_system->value(QStringLiteral("Policy/Locked")).toStringList()) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        bool known = false;
        for (const Key key : allKeys) {
            if (keyName(key).compare(name, Qt::CaseInsensitive) == 0) {
                m_locked << keyName(key);
                known = true;
            }
        }
        if (!known)
            m_systemProblems
                << Tr::tr("The system settings lock an unknown setting “%1”").arg(name);
    }
    for (const Key key : allKeys) {
        const QString text = textOf(m_system->value(keyName(key)));
        QString reason;
        if (!text.isEmpty() && !validated(key, text, &reason))
            m_systemProblems << Tr::tr("System settings, %1: %2").arg(keyName(key), reason);
    }
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultValue(Key key) const
{
    switch (key) {
    case Key::CachePath:
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/cache");
    case Key::Language:
        return QStringLiteral("vi"); // Vietnamese first
    case Key::SyncScope:
        return QStringLiteral("own"); // the person's meetings and those open to all staff
    case Key::KeepPastDocumentsDays:
        return QString::number(defaultKeepPastDocumentsDays);
    case Key::SharePath:
    case Key::OrganisationKeyFingerprint:
        break;
    }
    return {};
}

AppSettings::Resolved AppSettings::resolve(Key key) const
{
    QString ignored;
    std::optional<QString> system;
    if (m_system) {
        const QString text = textOf(m_system->value(keyName(key)));
        if (!text.isEmpty())
            system = validated(key, text, &ignored);
    }
    if (!isLocked(key)) {
        const QString text = textOf(m_user->value(keyName(key)));
        if (!text.isEmpty()) {
            if (auto user = validated(key, text, &ignored))
                return { *user, Source::User };
        }
    }
    if (system)
        return { *system, Source::System };
    return { defaultValue(key), Source::Default };
}

QString AppSettings::sharePath() const
{
    return resolve(Key::SharePath).value;
}
QString AppSettings::cachePath() const
{
    return resolve(Key::CachePath).value;
}
QString AppSettings::organisationKeyFingerprint() const
{
    return resolve(Key::OrganisationKeyFingerprint).value;
}
QString AppSettings::language() const
{
    return resolve(Key::Language).value;
}

QString AppSettings::syncScope() const
{
    return resolve(Key::SyncScope).value;
}
int AppSettings::keepPastDocumentsDays() const
{
    return resolve(Key::KeepPastDocumentsDays).value.toInt();
}
Status AppSettings::setSyncScope(const QString &scope)
{
    return set(Key::SyncScope, scope);
}
Status AppSettings::setKeepPastDocumentsDays(int days)
{
    return set(Key::KeepPastDocumentsDays, QString::number(days));
}

Status AppSettings::setSharePath(const QString &path)
{
    return set(Key::SharePath, path);
}
Status AppSettings::setCachePath(const QString &path)
{
    return set(Key::CachePath, path);
}
Status AppSettings::setOrganisationKeyFingerprint(const QString &fingerprint)
{
    return set(Key::OrganisationKeyFingerprint, fingerprint);
}
Status AppSettings::setLanguage(const QString &language)
{
    return set(Key::Language, language);
}

Status AppSettings::set(Key key, const QString &value)
{
    if (isLocked(key))
        return Status::failure(Tr::tr("This setting is managed by your administrator"));
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        m_user->remove(keyName(key)); // back to the system value or the default
        return Status::success();
    }
    QString reason;
    const std::optional<QString> stored = validated(key, text, &reason);
    if (!stored)
        return Status::failure(reason);
    // A value equal to what the machine gives anyway is not pinned in the user's settings,
    // so that IT's later changes to the system file still reach this user (a settings
    // dialog that saves every field must not freeze the machine's values).
    m_user->remove(keyName(key));
    if (resolve(key).value != *stored)
        m_user->setValue(keyName(key), *stored);
    return Status::success();
}

AppSettings::Source AppSettings::source(Key key) const
{
    return resolve(key).source;
}

bool AppSettings::isLocked(Key key) const
{
    return m_locked.contains(keyName(key));
}

QStringList AppSettings::problems() const
{
    QStringList problems = m_systemProblems;
    for (const Key key : allKeys) {
        const QString text = textOf(m_user->value(keyName(key)));
        QString reason;
        if (!text.isEmpty() && !validated(key, text, &reason))
            problems << Tr::tr("Your settings, %1: %2").arg(keyName(key), reason);
    }
    return problems;
}

int AppSettings::migrate()
{
    const int version = m_user->value(versionKey, 0).toInt();
    if (version >= currentVersion)
        return 0; // current, or written by a newer version: leave it alone
    int steps = 0;
    if (version < 1) {
        // Version 0: the first builds kept the share and cache folders under flat keys.
        const std::array<std::pair<QString, Key>, 2> renamed { std::pair { QStringLiteral("share"),
                                                                   Key::SharePath },
            std::pair { QStringLiteral("cache"), Key::CachePath } };
        for (const auto &[oldName, key] : renamed) {
            if (!m_user->contains(oldName))
                continue;
            if (!m_user->contains(keyName(key)))
                m_user->setValue(keyName(key), m_user->value(oldName));
            m_user->remove(oldName);
        }
        ++steps;
    }
    m_user->setValue(versionKey, currentVersion);
    return steps;
}

Status AppSettings::sync()
{
    m_user->sync();
    if (m_user->status() != QSettings::NoError)
        return Status::failure(
            Tr::tr("Your settings could not be saved to %1").arg(m_user->fileName()));
    return Status::success();
}

} // namespace phonghop
