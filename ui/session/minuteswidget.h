#pragma once

#include "meeting_core/session/sessionservice.h"
#include "meeting_core/util/result.h"
#include "session/sessiontaskwidget.h"

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace phonghop::ui {

// The minutes ("biên bản") and the conclusion notice: whether the chair has signed the minutes,
// the draft written on this seat, generating a draft, and (for the chair) signing it, which asks
// first and locks them: with a token's certificate (SigningDialog; a PDF signature in a signed
// copy the record then names, docs/signatures.md) or with the session's own record only. The
// number and place are asked for before the first draft of a meeting (prefilled from the last
// meeting's) and kept in the cache; "Number and place…" changes them. The secretary writes the
// conclusion notice.
class MinutesWidget final : public SessionTaskWidget {
    Q_OBJECT
public:
    explicit MinutesWidget(SessionService &service, QWidget *parent = nullptr);

    using Details = SessionService::DocumentDetails;
    // Tests answer here instead of the dialogs: the details to keep (nullopt: cancelled), and
    // the file to write (empty: cancelled).
    void setDetailsPrompt(std::function<std::optional<Details>(const Details &)> prompt)
    {
        m_detailsPrompt = std::move(prompt);
    }
    void setFileChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_fileChooser = std::move(chooser);
    }

private:
    void refresh() override;
    void generate();
    void sign();
    Status signWithCertificate(const QString &nickname, const QString &pin);
    void writeNotice();
    // The kept details, asking first when this meeting has none (or always, when `always`);
    // nullopt when the secretary cancelled.
    std::optional<Details> details(bool always);
    std::optional<Details> askDetails(const Details &start);
    QString chooseFile(const QString &title, const QString &suggested);

    QLabel *m_status = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_notice = nullptr;
    QString m_draftPath; // the draft generated here
    QString m_draftMeetingId; // the meeting it belongs to: another meeting never shows it
    std::function<std::optional<Details>(const Details &)> m_detailsPrompt;
    std::function<QString(const QString &)> m_fileChooser;
};

} // namespace phonghop::ui
