#pragma once

#include "meeting_core/trust/signingkey.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace phonghop {
class AppSettings;
class MeetingCache;
} // namespace phonghop

namespace phonghop::ui {

// The first run of a seat without a shared folder: join the organisation's folder (read its
// descriptor, compare the organisation's key fingerprint with the one IT gave, pin it), or set
// up a new organisation (IT, the secretariat): an empty folder, the name, the key file
// protected by a passphrase, and its backup copy. Nothing is trusted without a person's
// confirmation, except the fingerprint the system configuration names.
class FirstRunWizard final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Choice, Join, SetUp, Done };

    // settings: where the share is remembered and the system's fingerprint read (may be null).
    FirstRunWizard(AppSettings *settings, MeetingCache &cache, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // After acceptance: the share joined or set up, and (set up only) the organisation key file.
    QString sharePath() const { return m_sharePath; }
    QString secretaryKeyPath() const { return m_secretaryKeyPath; }
    // Set up only: the new key, so that the passphrase just chosen is not asked again.
    const std::optional<SigningKey> &organisationKey() const { return m_key; }
    QString messageText() const;

    void showChoice();
    void showJoin();
    void showSetUp();
    // Join: reads the folder's descriptor, has the fingerprint confirmed (or checks it against
    // the system configuration), pins it. Stays on the page with a message when it cannot.
    void joinFolder(const QString &path);
    // Set up: checks the form, asks for a last confirmation, creates the key files and the share.
    void setUp();

private:
    QWidget *buildChoicePage();
    QWidget *buildJoinPage();
    QWidget *buildSetUpPage();
    QWidget *buildDonePage();
    void setMode(Mode mode);
    void setMessage(const QString &text, bool isError);
    void updateStrength();
    void finishSetUp(const QString &sharePath, const QString &name, const SigningKey &key,
        const QString &keyPath, const QString &backupPath);

    AppSettings *m_settings;
    MeetingCache &m_cache;
    Mode m_mode = Mode::Choice;
    QString m_sharePath;
    QString m_secretaryKeyPath;
    std::optional<SigningKey> m_key;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_back = nullptr;
    // Join
    QLineEdit *m_joinFolder = nullptr;
    // Set up
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_strength = nullptr;
    QLineEdit *m_backupFile = nullptr;
    // Done
    QLabel *m_doneTitle = nullptr;
    QLabel *m_doneText = nullptr;
    QLabel *m_doneFingerprint = nullptr;
};

} // namespace phonghop::ui
