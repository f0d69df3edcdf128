#pragma once

#include "meeting_core/pdf/pdfrenderservice.h"

#include <QAbstractScrollArea>
#include <QPointer>

namespace phonghop::ui {

// A column of small page images with page numbers; a tap goes to the page.
class ThumbnailView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit ThumbnailView(QWidget *parent = nullptr);

    void setService(PdfRenderService *service) { m_service = service; }
    void setDocument(const PdfDocumentInfo &info);
    // The sizes read after opening replace the estimate (PdfDocumentInfo::pageSizesEstimated).
    void setPageSizes(const QVector<QSizeF> &pageSizes);
    void setCurrentPage(int page);
    QVector<RenderKey> wantedKeys() const;
    void imageArrived(const RenderKey &key);
    QSize sizeHint() const override { return QSize(180, 400); }

Q_SIGNALS:
    void pageActivated(int page);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF itemRect(int page) const; // content coordinates, image area plus label
    QRectF imageRect(int page) const;
    RenderKey keyFor(int page) const;
    QVector<int> visiblePages() const;
    void relayout();

    QPointer<PdfRenderService> m_service;
    PdfDocumentInfo m_info;
    QVector<double> m_tops;
    double m_height = 0;
    int m_current = -1;
};

} // namespace phonghop::ui
