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
    // Shows the window where it was last closed; the first time, maximised on its screen, at
    // that size from the start, so that page 1 is drawn once and before the window manager
    // answers (issue 20).
    void showAtLastPlace();
    DocumentView *documentView() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    DocumentView *m_view = nullptr;
};

} // namespace phonghop::ui
