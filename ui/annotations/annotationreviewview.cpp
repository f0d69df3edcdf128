#include "annotations/annotationreviewview.h"

#include "annotations/annotationoverlay.h"

#include "meeting_core/pdf/pdfrenderservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int pageMargin = 12; // pixels around the page inside its widget
constexpr double noteWidth = 0.03;
constexpr double noteHeight = 0.02;

QPushButton *bigButton(const QString &text, QWidget *parent, const char *name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setMinimumHeight(56); // a finger on a tablet, not a mouse pointer
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    button->setFont(font);
    return button;
}
} // namespace

// ---------------------------------------------------------------------------------------------

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_service(std::make_unique<PdfRenderService>())
{
    setMinimumSize(240, 320);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_AcceptTouchEvents, false); // taps arrive as synthesized mouse presses
    m_service->setCacheBudget(64LL * 1024 * 1024);
    connect(m_service.get(), &PdfRenderService::opened, this, [this](const PdfDocumentInfo &info) {
        m_page = std::clamp(m_page, 0, std::max(0, info.pageCount - 1));
        requestRender();
        Q_EMIT opened(info.pageCount);
    });
    connect(m_service.get(), &PdfRenderService::openFailed, this, &ReviewPage::setMessage);
    connect(m_service.get(), &PdfRenderService::passwordRequired, this,
        [this] { setMessage(tr("This version is protected by a password.")); });
    connect(m_service.get(), &PdfRenderService::pageReady, this,
        [this](const RenderKey &key, const QImage &image) {
            if (!(key == m_key))
                return;
            m_image = image;
            m_imagePage = key.page;
            update();
            Q_EMIT rendered(key.page);
        });
    connect(m_service.get(), &PdfRenderService::pageFailed, this,
        [this](const RenderKey &key, const QString &message) {
            if (key == m_key)
                setMessage(message);
        });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::open(const QString &pdfPath)
{
    m_image = QImage();
    m_imagePage = -1;
    m_message.clear();
    m_service->open(pdfPath);
    update();
}

bool ReviewPage::isOpen() const
{
    return m_service->isReady();
}

int ReviewPage::pageCount() const
{
    return m_service->isReady() ? m_service->info().pageCount : 0;
}

void ReviewPage::setPage(int page)
{
    m_page = isOpen() ? std::clamp(page, 0, std::max(0, pageCount() - 1)) : std::max(0, page);
    requestRender();
    update();
}

void ReviewPage::setAnnotations(const QVector<Annotation> &annotations, const NormalizedRect &frame,
    const QString &frameLabel, const QColor &frameColor)
{
    m_annotations = annotations;
    m_frame = frame;
    m_frameLabel = frameLabel;
    m_frameColor = frameColor;
    update();
}

void ReviewPage::setPickable(bool pickable)
{
    m_pickable = pickable;
    setCursor(pickable ? Qt::CrossCursor : Qt::ArrowCursor);
}

void ReviewPage::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QRectF ReviewPage::pageRect() const
{
    const QRectF area = QRectF(rect()).adjusted(pageMargin, pageMargin, -pageMargin, -pageMargin);
    QSizeF size = isOpen() ? m_service->info().pageSizes.value(m_page) : QSizeF();
    if (!size.isValid() || size.isEmpty())
        size = QSizeF(595, 842); // A4 until the document says otherwise
    size.scale(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.x() + (area.width() - size.width()) / 2,
        area.y() + (area.height() - size.height()) / 2, size.width(), size.height());
}

PageGeometry ReviewPage::geometry() const
{
    const QRectF r = pageRect();
    QSizeF points = isOpen() ? m_service->info().pageSizes.value(m_page) : QSizeF();
    if (!points.isValid() || points.isEmpty())
        points = QSizeF(595, 842); // A4 until the document says otherwise, as pageRect()
    return PageGeometry(points,
        QTransform::fromScale(r.width() / points.width(), r.height() / points.height())
            * QTransform::fromTranslate(r.x(), r.y()));
}

QPoint ReviewPage::widgetPoint(NormalizedPoint point) const
{
    return geometry().toPixels(point).toPoint();
}

void ReviewPage::requestRender()
{
    if (!isOpen())
        return;
    const QSizeF points = m_service->info().pageSizes.value(m_page);
    if (!points.isValid() || points.isEmpty())
        return;
    const double scale = pageRect().width() * devicePixelRatioF() / points.width();
    m_key = RenderKey::make(m_page, scale);
    const QImage cached = m_service->cache().find(m_key);
    if (!cached.isNull()) {
        m_image = cached;
        m_imagePage = m_page;
        update();
        Q_EMIT rendered(m_page);
        return;
    }
    m_service->request({ m_key });
}

void ReviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    requestRender();
}

void ReviewPage::mousePressEvent(QMouseEvent *event)
{
    const QRectF r = pageRect();
    if (!m_pickable || event->button() != Qt::LeftButton || !r.contains(event->position())
        || !isOpen()) {
        QWidget::mousePressEvent(event);
        return;
    }
    Q_EMIT pointPicked(geometry().fromPixels(event->position()));
}

void ReviewPage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Mid));
    const QRectF r = pageRect();
    painter.fillRect(r, Qt::white);
    if (!m_message.isEmpty()) {
        painter.setPen(Qt::darkRed);
        painter.drawText(
            r.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    if (!m_image.isNull() && m_imagePage == m_page) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(r, m_image);
    } else {
        painter.setPen(Qt::gray);
        painter.drawText(r, Qt::AlignCenter, tr("Rendering…"));
    }
    const PageGeometry toWidget = geometry();
    const QSizeF points = isOpen() ? m_service->info().pageSizes.value(m_page) : QSizeF(595, 842);
    const double pointsToPixels = points.width() > 0 ? r.width() / points.width() : 1.0;
    // Highlights are multiplied onto the page, as in the viewer, so the marked words stay legible.
    QVector<Annotation> marks, others;
    for (const Annotation &a : m_annotations)
        (a.type == AnnotationType::Highlight ? marks : others).append(a);
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    AnnotationOverlay::paintAnnotations(painter, marks, toWidget, pointsToPixels);
    painter.restore();
    AnnotationOverlay::paintAnnotations(painter, others, toWidget, pointsToPixels);
    if (!m_frame.isNull()) {
        // A frame a little larger than the annotation, so a thin underline is still found at once.
        const QRectF box = toWidget.toPixels(m_frame).adjusted(-6, -6, 6, 6);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_frameColor, 2.5, Qt::DashLine));
        painter.drawRoundedRect(box, 4, 4);
        if (!m_frameLabel.isEmpty()) {
            // A tag above the frame (below it at the top of the page) says what the frame is.
            QFont font = painter.font();
            font.setBold(true);
            painter.setFont(font);
            const QFontMetricsF metrics(font);
            QRectF tag(0, 0, metrics.horizontalAdvance(m_frameLabel) + 12, metrics.height() + 4);
            tag.moveBottomLeft(QPointF(box.left(), box.top() - 2));
            if (tag.top() < r.top())
                tag.moveTopLeft(QPointF(box.left(), box.bottom() + 2));
            tag.moveLeft(
                std::clamp(tag.left(), r.left(), std::max(r.left(), r.right() - tag.width())));
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_frameColor);
            painter.drawRoundedRect(tag, 3, 3);
            painter.setPen(Qt::white);
            painter.drawText(tag, Qt::AlignCenter, m_frameLabel);
        }
    }
    painter.setPen(QPen(palette().color(QPalette::Dark), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
}

// ---------------------------------------------------------------------------------------------

AnnotationReviewView::AnnotationReviewView(AnnotationSession *session, const QString &oldPdfPath,
    const QString &newPdfPath, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Review a carried-over annotation"));
    resize(1200, 860);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);

    auto *pages = new QGridLayout;
    m_oldCaption = new QLabel(this);
    m_newCaption = new QLabel(this);
    m_oldPage = new ReviewPage(this);
    m_oldPage->setObjectName(QStringLiteral("oldVersionPage"));
    m_newPage = new ReviewPage(this);
    m_newPage->setObjectName(QStringLiteral("newVersionPage"));
    m_newPage->setPickable(true);
    auto *newHeader = new QHBoxLayout;
    m_previousPage = new QPushButton(tr("◀ Previous page"), this);
    m_previousPage->setObjectName(QStringLiteral("reviewPreviousPage"));
    m_nextPage = new QPushButton(tr("Next page ▶"), this);
    m_nextPage->setObjectName(QStringLiteral("reviewNextPage"));
    for (QPushButton *b : { m_previousPage, m_nextPage })
        b->setMinimumHeight(40);
    newHeader->addWidget(m_newCaption, 1);
    newHeader->addWidget(m_previousPage);
    newHeader->addWidget(m_nextPage);
    pages->addWidget(m_oldCaption, 0, 0);
    pages->addLayout(newHeader, 0, 1);
    pages->addWidget(m_oldPage, 1, 0);
    pages->addWidget(m_newPage, 1, 1);
    pages->setColumnStretch(0, 1);
    pages->setColumnStretch(1, 1);
    layout->addLayout(pages, 1);

    m_hint = new QLabel(
        tr("Tap the new page where the annotation belongs, then choose “Place here”."), this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *actions = new QHBoxLayout;
    m_place = bigButton(tr("Place here"), this, "reviewPlace");
    m_place->setToolTip(tr("Put the annotation where it is shown on the new page (P or Enter)"));
    m_note = bigButton(tr("Keep as note"), this, "reviewKeepAsNote");
    m_note->setToolTip(tr("Keep its text as a note at that place on the new page (N)"));
    m_discard = bigButton(tr("Discard"), this, "reviewDiscard");
    m_discard->setToolTip(tr("Delete the annotation (Delete)"));
    m_undo = bigButton(tr("Undo"), this, "reviewUndo");
    m_undo->setToolTip(tr("Undo the last choice (Ctrl+Z)"));
    auto *close = bigButton(tr("Close"), this, "reviewClose");
    m_place->setDefault(true);
    actions->addWidget(m_place, 2);
    actions->addWidget(m_note, 2);
    actions->addWidget(m_discard, 2);
    actions->addSpacing(24);
    actions->addWidget(m_undo, 1);
    actions->addWidget(close, 1);
    layout->addLayout(actions);

    connect(m_place, &QPushButton::clicked, this, &AnnotationReviewView::placeHere);
    connect(m_note, &QPushButton::clicked, this, &AnnotationReviewView::keepAsNote);
    connect(m_discard, &QPushButton::clicked, this, &AnnotationReviewView::discard);
    connect(m_undo, &QPushButton::clicked, this, &AnnotationReviewView::undo);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_previousPage, &QPushButton::clicked, this,
        [this] { setTarget(m_newPage->page() - 1, m_target); });
    connect(m_nextPage, &QPushButton::clicked, this,
        [this] { setTarget(m_newPage->page() + 1, m_target); });
    connect(m_newPage, &ReviewPage::pointPicked, this,
        [this](NormalizedPoint point) { setTarget(m_newPage->page(), point); });
    connect(m_newPage, &ReviewPage::opened, this, [this] {
        // Carry-over's proposal may name a page the new version does not have.
        setTarget(m_newPage->page(), m_target);
    });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_P), [this] { placeHere(); });
    shortcut(QKeySequence(Qt::Key_N), [this] { keepAsNote(); });
    shortcut(QKeySequence(QKeySequence::Delete), [this] { discard(); });
    shortcut(QKeySequence(QKeySequence::Undo), [this] { undo(); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { setTarget(m_newPage->page() - 1, m_target); });
    shortcut(
        QKeySequence(Qt::Key_PageDown), [this] { setTarget(m_newPage->page() + 1, m_target); });

    if (m_session) {
        connect(m_session, &AnnotationSession::changed, this, &AnnotationReviewView::refresh);
        connect(m_session, &QObject::destroyed, this, &QDialog::close);
        connect(m_session->undoStack(), &QUndoStack::indexChanged, this,
            &AnnotationReviewView::refresh);
    }
    m_oldPage->open(oldPdfPath);
    m_newPage->open(newPdfPath);
    advance();
}

AnnotationReviewView::~AnnotationReviewView() = default;

const Annotation *AnnotationReviewView::current() const
{
    return m_session && !m_id.isEmpty() ? m_session->find(m_id) : nullptr;
}

bool AnnotationReviewView::showAnnotation(const QString &id)
{
    const Annotation *a = m_session ? m_session->find(id) : nullptr;
    if (!a || !a->needsReview)
        return false;
    m_id = id;
    m_oldPage->setPage(a->sourcePage >= 0 ? a->sourcePage : a->page);
    // The carry-over's proposal: its page and position, or the same page number.
    const NormalizedRect box = a->boundingRect();
    const NormalizedPoint centre = box.isNull() ? NormalizedPoint(0.5, 0.5) : box.center();
    setTarget(a->page, centre.clampedToPage());
    return true;
}

void AnnotationReviewView::setTarget(int page, NormalizedPoint centre)
{
    m_newPage->setPage(page);
    m_target = centre;
    refresh();
}

NormalizedRect AnnotationReviewView::placedBox(const Annotation &a) const
{
    NormalizedRect box = a.boundingRect();
    if (box.isNull())
        box = NormalizedRect(0, 0, noteWidth, noteHeight);
    box.moveCenter(m_target);
    // Keep it on the page: a tap near the edge must not push half of it off.
    box.moveLeft(std::clamp(box.left(), 0.0, std::max(0.0, 1.0 - box.width())));
    box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, 1.0 - box.height())));
    return box;
}

void AnnotationReviewView::refresh()
{
    const Annotation *a = current();
    if ((!a || !a->needsReview) && m_session && !m_session->needingReview().isEmpty()) {
        // Placed or discarded elsewhere (the panel, another window): show what is left.
        showAnnotation(m_session->needingReview().first().id);
        return;
    }
    const int left = m_session ? int(m_session->needingReview().size()) : 0;
    QUndoStack *stack = m_session ? m_session->undoStack() : nullptr;
    while (stack && !m_choices.isEmpty() && m_choices.last() > stack->index())
        m_choices.removeLast(); // undone elsewhere (the main window's Ctrl+Z)
    m_undo->setEnabled(stack && !m_choices.isEmpty() && m_choices.last() == stack->index());
    const bool active = a && a->needsReview;
    m_place->setEnabled(active);
    m_note->setEnabled(active);
    m_discard->setEnabled(active);
    m_previousPage->setEnabled(active && m_newPage->page() > 0);
    m_nextPage->setEnabled(active && m_newPage->page() + 1 < m_newPage->pageCount());
    m_newPage->setPickable(active);
    if (!active) {
        m_title->setText(tr("Every carried-over annotation has been reviewed."));
        m_reason->clear();
        m_hint->setVisible(false);
        m_oldPage->setAnnotations({}, {});
        // What was placed stays in view: the delegate sees the result of the last choice.
        m_newPage->setAnnotations(
            m_session ? m_session->annotationsOnPage(m_newPage->page()) : QVector<Annotation>(),
            {});
        m_oldCaption->setText(tr("Previous version"));
        m_newCaption->setText(tr("New version"));
        return;
    }
    m_hint->setVisible(true);
    m_title->setText(tr("%1 “%2” — %n annotation(s) to review", nullptr, left)
                         .arg(annotationTypeLabel(a->type), a->excerpt()));
    QString reason = tr("Why it needs review: %1")
                         .arg(a->reviewReason.isEmpty() ? tr("not given") : a->reviewReason);
    if (isTextMarkup(a->type) && !a->contents.isEmpty())
        reason += QLatin1Char('\n') + tr("Your comment: %1").arg(a->contents);
    m_reason->setText(reason);
    const int oldPage = a->sourcePage >= 0 ? a->sourcePage : a->page;
    m_oldCaption->setText(a->sourceVersion > 0
            ? tr("Version %1, page %2: where it was").arg(a->sourceVersion).arg(oldPage + 1)
            : tr("Previous version, page %1: where it was").arg(oldPage + 1));
    const int version = m_session->scope().version;
    m_newCaption->setText(m_newPage->pageCount() > 0
            ? tr("Version %1 (new), page %2 of %3")
                  .arg(version)
                  .arg(m_newPage->page() + 1)
                  .arg(m_newPage->pageCount())
            : tr("Version %1 (new), page %2").arg(version).arg(m_newPage->page() + 1));
    m_oldPage->setAnnotations({ *a }, a->boundingRect(), tr("It was here"), QColor(200, 50, 40));
    Annotation ghost = *a;
    const NormalizedRect box = placedBox(*a);
    ghost.page = m_newPage->page();
    if (!a->boundingRect().isNull())
        ghost.resizeTo(box);
    ghost.color.setAlpha(std::min(ghost.color.alpha(), 190)); // a proposal, not yet placed
    QVector<Annotation> shown = m_session->annotationsOnPage(m_newPage->page());
    shown.append(ghost);
    m_newPage->setAnnotations(shown, box, tr("Goes here?"), QColor(30, 100, 210));
}

void AnnotationReviewView::advance()
{
    if (m_session && !m_session->needingReview().isEmpty())
        showAnnotation(m_session->needingReview().first().id);
    else
        refresh();
}

bool AnnotationReviewView::placeHere()
{
    const Annotation *a = current();
    if (!a || !a->needsReview)
        return false;
    const QString id = m_id;
    const NormalizedRect box = placedBox(*a);
    const bool done = m_session->placeReviewed(
        id, m_newPage->page(), a->boundingRect().isNull() ? NormalizedRect() : box);
    if (done)
        m_choices.append(m_session->undoStack()->index());
    advance();
    return done;
}

bool AnnotationReviewView::keepAsNote()
{
    const Annotation *a = current();
    if (!a || !a->needsReview)
        return false;
    Annotation note = *a;
    note.type = AnnotationType::Note;
    note.needsReview = false;
    note.reviewReason.clear();
    note.page = m_newPage->page();
    // What the annotation said stays readable in the note: its words and its comment.
    const QString what = isTextMarkup(a->type) ? a->anchor.quote.simplified() : QString();
    QStringList parts;
    parts.append(tr("From the previous version, page %1")
                     .arg((a->sourcePage >= 0 ? a->sourcePage : a->page) + 1));
    if (!what.isEmpty())
        parts.append(tr("“%1”").arg(what));
    if (!a->contents.isEmpty() && a->contents != what)
        parts.append(a->contents);
    note.contents = parts.join(QLatin1Char('\n'));
    note.quads.clear();
    note.strokes.clear();
    note.anchor = {};
    note.rect = NormalizedRect(0, 0, noteWidth, noteHeight);
    note.rect.moveCenter(m_target);
    note.rect.moveLeft(std::clamp(note.rect.left(), 0.0, 1.0 - noteWidth));
    note.rect.moveTop(std::clamp(note.rect.top(), 0.0, 1.0 - noteHeight));
    const bool done = m_session->modify(note, 0, tr("Keep annotation as note"));
    if (done)
        m_choices.append(m_session->undoStack()->index());
    advance();
    return done;
}

bool AnnotationReviewView::discard()
{
    const Annotation *a = current();
    if (!a || !a->needsReview)
        return false;
    const bool done = m_session->remove(m_id);
    if (done)
        m_choices.append(m_session->undoStack()->index());
    advance();
    return done;
}

void AnnotationReviewView::undo()
{
    QUndoStack *stack = m_session ? m_session->undoStack() : nullptr;
    if (!stack || m_choices.isEmpty() || m_choices.last() != stack->index())
        return; // the last change is not a choice made here
    m_choices.removeLast();
    // The undone choice brings its annotation back to review: show that one again.
    const QVector<Annotation> before = m_session->needingReview();
    stack->undo();
    for (const Annotation &a : m_session->needingReview()) {
        const bool isNew = std::none_of(
            before.begin(), before.end(), [&a](const Annotation &b) { return b.id == a.id; });
        if (isNew) {
            showAnnotation(a.id);
            return;
        }
    }
    refresh();
}

} // namespace phonghop::ui
