#pragma once

#include "meeting_core/pdf/pdfrenderservice.h"

#include <QPointer>
#include <QWidget>

namespace phonghop::ui {

// Full-screen presentation: one page at a time, as large as the screen allows, on black.
// Click, tap, swipe, arrows, PgUp/PgDn and Space turn pages; Esc leaves.
class PresentationWidget final : public QWidget {
    Q_OBJECT
public:
    PresentationWidget(PdfRenderService *service, const PdfDocumentInfo &info, int page);

    int page() const { return m_page; }
    void setPage(int page);
    QVector<RenderKey> wantedKeys() const;
    void imageArrived(const RenderKey &key);

Q_SIGNALS:
    void pageChanged(int page);
    void finished();
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSizeF pageSize(int page) const;
    QRectF targetRect(int page) const;
    RenderKey keyFor(int page) const;

    QPointer<PdfRenderService> m_service;
    PdfDocumentInfo m_info;
    int m_page = 0;
    QPointF m_touchStart;
};

} // namespace phonghop::ui
