#include "annotations/annotationpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int idRole = Qt::UserRole;
}

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
{
    setMinimumWidth(360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->addItem(tr("All types"), -1);
    for (int t = 0; t <= int(AnnotationType::FreeText); ++t)
        m_type->addItem(annotationTypeLabel(AnnotationType(t)), t);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_type);
    filters->addWidget(m_filter, 1);
    layout->addLayout(filters);

    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({ tr("Type"), tr("Page"), tr("Excerpt"), tr("Time") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 3);

    m_reviewTitle = new QLabel(this);
    m_reviewTitle->setWordWrap(true);
    layout->addWidget(m_reviewTitle);
    m_review = new QTreeWidget(this);
    m_review->setHeaderLabels({ tr("Type"), tr("Old page"), tr("Excerpt"), tr("Why") });
    m_review->setRootIsDecorated(false);
    m_review->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_review->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_review->header()->setStretchLastSection(false);
    layout->addWidget(m_review, 1);
    auto *reviewButtons = new QHBoxLayout;
    m_place = new QPushButton(tr("Place on current page"), this);
    m_dismiss = new QPushButton(tr("Delete"), this);
    m_sideBySide = new QPushButton(tr("Review beside the old version…"), this);
    m_sideBySide->setObjectName(QStringLiteral("reviewSideBySide"));
    m_sideBySide->setToolTip(
        tr("Show the old page with the annotation next to the new page, and place it there"));
    m_sideBySide->setMinimumHeight(
        40); // the main way through the list: a full-width button of its own
    layout->addWidget(m_sideBySide);
    reviewButtons->addWidget(m_place);
    reviewButtons->addWidget(m_dismiss);
    reviewButtons->addStretch();
    layout->addLayout(reviewButtons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &AnnotationPanel::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, &AnnotationPanel::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Annotation *a
            = m_session ? m_session->find(item->data(0, idRole).toString()) : nullptr;
        if (a)
            Q_EMIT jumpRequested(a->page, a->boundingRect(), a->id);
        else if (item->data(1, idRole).isValid()) // one that came inside the PDF
            Q_EMIT jumpRequested(item->data(1, idRole).toInt(),
                NormalizedRect(item->data(2, idRole).toRectF()), QString());
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    connect(m_place, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_review->currentItem();
        if (item && m_session)
            m_session->placeReviewed(item->data(0, idRole).toString(), m_currentPage);
    });
    const auto requestReview = [this] {
        QTreeWidgetItem *item = m_review->currentItem();
        if (!item && m_review->topLevelItemCount() > 0)
            item = m_review->topLevelItem(0);
        if (item && m_sideBySideAvailable)
            Q_EMIT reviewRequested(item->data(0, idRole).toString());
    };
    connect(m_sideBySide, &QPushButton::clicked, this, requestReview);
    connect(m_review, &QTreeWidget::itemActivated, this, requestReview);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_review->currentItem();
        if (item && m_session)
            m_session->remove(item->data(0, idRole).toString());
    });
    refresh();
}

void AnnotationPanel::setSession(AnnotationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &AnnotationSession::changed, this, &AnnotationPanel::refresh);
    refresh();
}

void AnnotationPanel::setSideBySideAvailable(bool available)
{
    m_sideBySideAvailable = available;
    refresh();
}

void AnnotationPanel::setTypeFilter(int typeIndex)
{
    m_type->setCurrentIndex(m_type->findData(typeIndex));
}

void AnnotationPanel::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

int AnnotationPanel::visibleCount() const
{
    return m_list->topLevelItemCount();
}

int AnnotationPanel::reviewCount() const
{
    return m_review->topLevelItemCount();
}

void AnnotationPanel::refresh()
{
    m_list->clear();
    m_review->clear();
    const int type = m_type->currentData().toInt();
    const QString filter = m_filter->text().trimmed();
    const QLocale locale;
    QVector<Annotation> placed = m_session ? m_session->annotations() : QVector<Annotation>();
    std::stable_sort(placed.begin(), placed.end(), [](const Annotation &a, const Annotation &b) {
        return a.page != b.page ? a.page < b.page : a.boundingRect().top() < b.boundingRect().top();
    });
    for (const Annotation &a : placed) {
        if (a.needsReview) {
            auto *item = new QTreeWidgetItem(m_review,
                { annotationTypeLabel(a.type), QString::number(a.sourcePage + 1), a.excerpt(),
                    a.reviewReason });
            item->setData(0, idRole, a.id);
            item->setToolTip(2, a.excerpt());
            continue;
        }
        if (type >= 0 && int(a.type) != type)
            continue;
        if (!filter.isEmpty() && !a.excerpt().contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new QTreeWidgetItem(m_list,
            { annotationTypeLabel(a.type), QString::number(a.page + 1), a.excerpt(),
                locale.toString(a.modified.toLocalTime(), QStringLiteral("dd/MM HH:mm")) });
        item->setData(0, idRole, a.id);
        item->setToolTip(2, a.excerpt());
        QPixmap swatch(10, 10);
        swatch.fill(a.color);
        item->setIcon(0, QIcon(swatch));
    }
    for (const Annotation &a : m_embedded) {
        if ((type >= 0 && int(a.type) != type)
            || (!filter.isEmpty() && !a.excerpt().contains(filter, Qt::CaseInsensitive)))
            continue;
        auto *item = new QTreeWidgetItem(m_list,
            { tr("%1 (in the PDF)").arg(annotationTypeLabel(a.type)), QString::number(a.page + 1),
                a.excerpt(),
                a.modified.isValid()
                    ? locale.toString(a.modified.toLocalTime(), QLocale::ShortFormat)
                    : QString() });
        item->setData(0, idRole, QString());
        item->setData(1, idRole, a.page);
        item->setData(2, idRole, a.boundingRect().toRectF());
    }
    const int review = m_review->topLevelItemCount();
    m_reviewTitle->setText(review
            ? tr("%n annotation(s) from the previous version need review: they could not be "
                 "placed with confidence.",
                nullptr, review)
            : QString());
    m_reviewTitle->setVisible(review > 0);
    m_review->setVisible(review > 0);
    m_place->setVisible(review > 0);
    m_dismiss->setVisible(review > 0);
    m_sideBySide->setVisible(review > 0 && m_sideBySideAvailable);
}

} // namespace phonghop::ui
