#pragma once

#include "meeting_core/domain/meeting.h"
#include "meeting_core/util/cancellation.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QProgressDialog;
class QWidget;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// "Save a copy" of a confidential document on a recipient's seat (issue 16): a PDF whose pages
// carry the reader's watermark (confidential/documentreader.h, pdf/watermark.h), never the clear
// PDF. Shown only for a confidential document this seat can read; when the office forbids its
// export (`noExport`) the action stays in place, disabled, and its tooltip says why.
// Every page is rendered again with the watermark (seconds for a long scan), so the copy is
// written on a worker thread, with the pages done and a Cancel button on the screen.
class ConfidentialCopyAction final : public QObject {
    Q_OBJECT
public:
    ConfidentialCopyAction(MeetingCache &cache, QWidget &window);
    // Cancels a copy being written and waits for its worker (it reads the cache's files).
    ~ConfidentialCopyAction() override;

    QAction *action() const { return m_action; }
    // The document now open, of this meeting (nothing: none).
    void setDocument(const std::optional<DocumentRef> &document, const Meeting &meeting);
    // Starts writing the watermarked copy to `path` on a worker thread; finished() says how it
    // ended. False (and finished() already said why) when it cannot start: export forbidden,
    // no document, or a copy still being written.
    bool start(const QString &path);
    bool isBusy() const { return m_worker != nullptr; }
    // Stops the copy being written before its next page; nothing is left at its path.
    void cancel() { m_cancel.cancel(); }
    // start() and wait for the end while the window keeps painting (tests; the dialog's path).
    bool saveTo(const QString &path);
    // Replaces the clock of the watermark's date (tests).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

Q_SIGNALS:
    void progressed(int pagesDone, int pageCount);
    void finished(const QString &message, bool problem);

private:
    void chooseAndSave();
    void workerDone(const QString &path, const QString &failure);

    MeetingCache &m_cache;
    QWidget &m_window;
    QAction *m_action;
    std::optional<DocumentRef> m_document;
    Meeting m_meeting;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    std::unique_ptr<QThread> m_worker;
    CancellationToken m_cancel;
    QPointer<QProgressDialog> m_progressDialog;
    bool m_lastSucceeded = false;
};

} // namespace phonghop::ui
