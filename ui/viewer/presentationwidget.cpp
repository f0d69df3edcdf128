#include "viewer/presentationwidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTouchEvent>
#include <QWheelEvent>

namespace phonghop::ui {

PresentationWidget::PresentationWidget(
    PdfRenderService *service, const PdfDocumentInfo &info, int page)
    : QWidget(nullptr)
    , m_service(service)
    , m_info(info)
    , m_page(std::clamp(page, 0, std::max(0, info.pageCount - 1)))
{
    setWindowTitle(tr("Presentation"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
}

void PresentationWidget::setPage(int page)
{
    page = std::clamp(page, 0, std::max(0, m_info.pageCount - 1));
    if (page == m_page)
        return;
    m_page = page;
    update();
    Q_EMIT pageChanged(page);
    Q_EMIT viewChanged();
}

QSizeF PresentationWidget::pageSize(int page) const
{
    // The service's sizes: those read after opening replace the estimate (issue 20).
    const PdfDocumentInfo &info = m_service ? m_service->info() : m_info;
    return info.pageSizes.value(page, QSizeF(595, 842));
}

QRectF PresentationWidget::targetRect(int page) const
{
    const QSizeF size = pageSize(page);
    const QSizeF fitted = size.scaled(QSizeF(width(), height()), Qt::KeepAspectRatio);
    return QRectF(
        QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

RenderKey PresentationWidget::keyFor(int page) const
{
    const QSizeF size = pageSize(page);
    const double scale
        = targetRect(page).width() * devicePixelRatioF() / std::max(1.0, size.width());
    return RenderKey::make(page, scale, 0);
}

QVector<RenderKey> PresentationWidget::wantedKeys() const
{
    QVector<RenderKey> keys { keyFor(m_page) };
    if (m_page + 1 < m_info.pageCount)
        keys.append(keyFor(m_page + 1));
    if (m_page > 0)
        keys.append(keyFor(m_page - 1));
    return keys;
}

void PresentationWidget::imageArrived(const RenderKey &key)
{
    if (key.page == m_page)
        update();
}

void PresentationWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (!m_service || m_info.pageCount == 0)
        return;
    const QRectF target = targetRect(m_page);
    const RenderKey key = keyFor(m_page);
    const QImage image = m_service->cache().find(key);
    if (!image.isNull()) {
        painter.drawImage(target, image);
    } else {
        painter.fillRect(target, Qt::white);
        const QString failure = m_service->failure(key);
        if (!failure.isEmpty()) {
            painter.setPen(Qt::darkRed);
            painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, failure);
        }
    }
}

void PresentationWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
        setPage(m_page + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        setPage(m_page - 1);
        return;
    case Qt::Key_Home:
        setPage(0);
        return;
    case Qt::Key_End:
        setPage(m_info.pageCount - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        setPage(m_page + (event->position().x() < width() / 4.0 ? -1 : 1));
    else if (event->button() == Qt::RightButton)
        setPage(m_page - 1);
}

void PresentationWidget::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() != 0)
        setPage(m_page + (event->angleDelta().y() < 0 ? 1 : -1));
}

bool PresentationWidget::event(QEvent *event)
{
    if (event->type() == QEvent::TouchBegin) {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty())
            m_touchStart = touch->points().first().position();
        event->accept();
        return true;
    }
    if (event->type() == QEvent::TouchEnd) {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty()) {
            const QPointF delta = touch->points().first().position() - m_touchStart;
            if (std::abs(delta.x()) > 60)
                setPage(m_page + (delta.x() < 0 ? 1 : -1));
            else if (delta.manhattanLength() < 10)
                setPage(m_page + 1);
        }
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PresentationWidget::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    Q_EMIT finished();
}

void PresentationWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT viewChanged();
}

} // namespace phonghop::ui
