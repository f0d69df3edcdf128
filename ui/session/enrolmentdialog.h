#pragma once

#include "meeting_core/org/peopledirectory.h"
#include "meeting_core/trust/signingkey.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// "Enrol this device": the person picks who they are from the organisation's directory (read
// from the share with the pinned organisation key), names the device, and the seat writes its
// self-signed request into its own folder. Then the screen shows the device's fingerprint and
// comparison code in large type, for the secretary to compare before approving.
class EnrolmentDialog final : public QDialog {
    Q_OBJECT
public:
    EnrolmentDialog(MeetingCache &cache, QString sharePath, QWidget *parent = nullptr);

    enum class Stage { Loading, Problem, Choose, Waiting, Enrolled };
    Stage stage() const { return m_stage; }
    QListWidget *peopleList() const { return m_people; }
    QLineEdit *labelEdit() const { return m_label; }
    QPushButton *sendButton() const { return m_send; }
    QString messageText() const;
    QString shownCode() const;
    QString shownFingerprint() const;

    // Reads the directory again (the dialog does it when it opens).
    void reload();
    // Sends the request for the person selected in the list.
    void sendRequest();

Q_SIGNALS:
    void stageChanged(phonghop::ui::EnrolmentDialog::Stage stage);

private:
    void setStage(Stage stage);
    void showCode(const QString &personName, const QString &label);
    void fillPeople(const QString &filter);

    MeetingCache &m_cache;
    QString m_sharePath;
    std::optional<SigningKey> m_deviceKey;
    PeopleDirectory m_directory;
    Stage m_stage = Stage::Loading;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_people = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_enrolled = nullptr;
};

} // namespace phonghop::ui
