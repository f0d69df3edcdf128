#pragma once

#include <QMainWindow>

namespace phonghop::ui {

class DocumentView;

// `phonghop FILE.pdf`: one PDF in a window of its own, outside any meeting, so PhòngHọp can be
// the system's PDF handler. The last page read is kept per file in QSettings.
class StandaloneViewerWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit StandaloneViewerWindow(QWidget *parent = nullptr);
    ~StandaloneViewerWindow() override;

    // Shows the file; the window title follows the document. Failures show in the window.
    void openFile(const QString &pdfPath);
    DocumentView *documentView() const { return m_view; }

private:
    DocumentView *m_view = nullptr;
};

} // namespace phonghop::ui
