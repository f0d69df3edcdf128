#pragma once

#include "meeting_core/util/result.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace phonghop {

// The application's settings, read in layers so that IT can prepare a machine once:
//   built-in default  <  system file (IT, e.g. /etc/phonghop/phonghop.conf)  <  user settings
// A key the system file lists under [Policy] Locked= keeps the system value (or the default)
// whatever the user's settings say, and cannot be changed from the app.
// The system file is only ever read. See docs/configuration.md.
class AppSettings final {
public:
    enum class Key {
        SharePath,
        CachePath,
        OrganisationKeyFingerprint,
        Language,
        SyncScope,
        KeepPastDocumentsDays,
    };
    enum class Source { Default, System, User };

    static constexpr int currentVersion = 1;
    static constexpr int defaultKeepPastDocumentsDays = 90;
    static constexpr int maximumKeepDays = 36500;

    // PHONGHOP_SYSTEM_CONFIG when set (tests, unusual installs), else the platform's place:
    // /etc/phonghop/phonghop.conf, or %ProgramData%\PhongHop\phonghop.conf on Windows.
    static QString systemConfigPath();
    // The INI key of a setting, as written in both files ("Share/Path").
    static QString keyName(Key key);

    // The real layers: systemConfigPath() and the user's QSettings for the application.
    AppSettings();
    // Explicit INI files (tests, tools). An empty systemPath means "no system file".
    AppSettings(const QString &systemPath, const QString &userPath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // The folder the meetings are synced from; empty until someone sets it.
    QString sharePath() const;
    Status setSharePath(const QString &path);
    // Where the local cache lives; defaults to the user's application data folder.
    QString cachePath() const;
    Status setCachePath(const QString &path);
    // The pinned organisation key (docs/architecture.md, trust; docs/trust.md) in
    // keyFingerprint()'s canonical form, "3f2a-9c1d-...". Empty when none is pinned.
    QString organisationKeyFingerprint() const;
    Status setOrganisationKeyFingerprint(const QString &fingerprint);
    // The interface language: "vi" (default) or "en".
    QString language() const;
    Status setLanguage(const QString &language);
    // Which meetings this seat syncs (docs/cache.md): "own" (default: its person's meetings and
    // those open to all staff) or "all" (the office's seat). "Sync/Scope".
    QString syncScope() const;
    Status setSyncScope(const QString &scope);
    // Documents of meetings that ended more than this many days ago are evicted from the cache
    // (default 90; 0: never). "Cache/KeepPastDocumentsDays".
    int keepPastDocumentsDays() const;
    Status setKeepPastDocumentsDays(int days);

    Source source(Key key) const;
    bool isLocked(Key key) const;
    // Messages about values that were ignored (unreadable file, malformed fingerprint,
    // unknown language, unknown locked key), for a log or the settings dialog.
    QStringList problems() const;

    // Brings user settings written by older versions to the current layout, once.
    // Returns the number of steps applied (0 when already current).
    int migrate();
    // Writes pending user changes to disk.
    Status sync();

    // Canonical form of a fingerprint typed or pasted by a person (any case, with or without
    // separators such as '-', ':' or spaces); nullopt when it is not 32 hex digits.
    static std::optional<QString> normalisedFingerprint(const QString &text);
    static QStringList supportedLanguages();

private:
    struct Resolved {
        QString value;
        Source source = Source::Default;
    };
    Resolved resolve(Key key) const;
    Status set(Key key, const QString &value);
    QString defaultValue(Key key) const;

    std::unique_ptr<QSettings> m_system; // null when there is no system file
    std::unique_ptr<QSettings> m_user;
    QStringList m_locked;
    QStringList m_systemProblems;
};

} // namespace phonghop
