#pragma once

#include "meeting_core/domain/meeting.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// "Save a copy" of a confidential document on a recipient's seat (issue 16): a PDF whose pages
// carry the reader's watermark (confidential/documentreader.h, pdf/watermark.h), never the clear
// PDF. Shown only for a confidential document this seat can read; when the office forbids its
// export (`noExport`) the action stays in place, disabled, and its tooltip says why.
class ConfidentialCopyAction final : public QObject {
    Q_OBJECT
public:
    ConfidentialCopyAction(MeetingCache &cache, QWidget &window);

    QAction *action() const { return m_action; }
    // The document now open, of this meeting (nothing: none).
    void setDocument(const std::optional<DocumentRef> &document, const Meeting &meeting);
    // Saves the watermarked copy to `path` (what the dialog asks for; tests call it directly).
    bool saveTo(const QString &path);
    // Replaces the clock of the watermark's date (tests).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

Q_SIGNALS:
    void finished(const QString &message, bool problem);

private:
    void chooseAndSave();

    MeetingCache &m_cache;
    QWidget &m_window;
    QAction *m_action;
    std::optional<DocumentRef> m_document;
    Meeting m_meeting;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace phonghop::ui
