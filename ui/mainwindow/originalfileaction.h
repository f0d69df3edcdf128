#pragma once

#include "meeting_core/domain/meeting.h"

#include <QObject>
#include <optional>

class QAction;
class QWidget;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// "Tải bản gốc" (issue 18): saves the Word, Excel or OpenDocument file a document's PDF was
// converted from, chosen with a file dialog, from the cache. Shown only for a document that has
// an original; a failure is said and leaves nothing at the chosen name.
class OriginalFileAction final : public QObject {
    Q_OBJECT
public:
    OriginalFileAction(MeetingCache &cache, QWidget &window);

    QAction *action() const { return m_action; }
    // The document now open (nothing: none).
    void setDocument(const std::optional<DocumentRef> &document);
    // Saves the original to `path` (what the dialog asks for; tests call it directly).
    bool saveTo(const QString &path);

Q_SIGNALS:
    void finished(const QString &message, bool problem);

private:
    void chooseAndSave();

    MeetingCache &m_cache;
    QWidget &m_window;
    QAction *m_action;
    std::optional<DocumentRef> m_document;
};

} // namespace phonghop::ui
