#include "viewer/viewertoolbar.h"

#include "style/touchstyle.h"

#include "viewer/viewericons.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

namespace phonghop::ui {

namespace {
// Fingers need targets of at least 44 px (Apple HIG; Material asks 48 dp).
constexpr int touchTarget = 44;
const QList<int> zoomSteps = { 25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400, 600, 800 };

QAction *symbol(QAction *action, ViewerIcon icon)
{
    action->setToolTip(action->text()
        + (action->shortcut().isEmpty() ? QString()
                                        : QStringLiteral(" (%1)").arg(action->shortcut().toString(
                                            QKeySequence::NativeText))));
    action->setIcon(viewerIcon(icon));
    return action;
}
} // namespace

ViewerToolBar::ViewerToolBar(const Actions &actions, QWidget *parent)
    : QToolBar(tr("Document"), parent)
{
    setIconSize(QSize(24, 24));
    setStyleSheet(
        QStringLiteral("QToolButton { min-width: %1px; min-height: %1px; }").arg(touchTarget));
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    addAction(symbol(actions.sidebar, ViewerIcon::Sidebar));
    addAction(symbol(actions.previousPage, ViewerIcon::PreviousPage));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setMinimumHeight(touchTarget);
    m_pageSpin->setMinimumWidth(64);
    m_pageSpin->setAlignment(Qt::AlignRight);
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageSpin->setToolTip(tr("Go to page (Ctrl+G)"));
    m_pageSpin->setAccessibleName(tr("Page number"));
    connect(m_pageSpin, &QSpinBox::valueChanged, this,
        [this](int value) { Q_EMIT pageChosen(value - 1); });
    addWidget(m_pageSpin);
    m_pageTotal = new QLabel(this);
    m_pageTotal->setContentsMargins(4, 0, 4, 0);
    addWidget(m_pageTotal);
    addAction(symbol(actions.nextPage, ViewerIcon::NextPage));
    addSeparator();
    addAction(symbol(actions.zoomOut, ViewerIcon::ZoomOut));
    m_zoomBox = new QComboBox(this);
    m_zoomBox->setObjectName(QStringLiteral("zoomBox"));
    m_zoomBox->setEditable(true);
    m_zoomBox->setInsertPolicy(QComboBox::NoInsert);
    m_zoomBox->setMinimumHeight(touchTarget);
    m_zoomBox->setMinimumWidth(96);
    m_zoomBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zoomBox->setMinimumContentsLength(5);
    m_zoomBox->setToolTip(tr("Zoom"));
    m_zoomBox->addItem(tr("Fit width"), -1);
    m_zoomBox->addItem(tr("Fit page"), -2);
    for (int step : zoomSteps)
        m_zoomBox->addItem(QStringLiteral("%1%").arg(step), step);
    connect(m_zoomBox, &QComboBox::activated, this, [this](int index) {
        const int value = m_zoomBox->itemData(index).toInt();
        if (value == -1)
            Q_EMIT fitChosen(PageView::Fit::Width);
        else if (value == -2)
            Q_EMIT fitChosen(PageView::Fit::Page);
        else
            Q_EMIT zoomChosen(value / 100.0);
    });
    connect(m_zoomBox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        bool ok = false;
        const int percent = m_zoomBox->currentText().remove(QLatin1Char('%')).trimmed().toInt(&ok);
        if (ok)
            Q_EMIT zoomChosen(percent / 100.0);
        else
            showZoom(m_shownZoom); // what cannot be read gives way to the zoom shown
    });
    addWidget(m_zoomBox);
    addAction(symbol(actions.zoomIn, ViewerIcon::ZoomIn));
    addAction(symbol(actions.fitWidth, ViewerIcon::FitWidth));
    addAction(symbol(actions.fitPage, ViewerIcon::FitPage));
    addSeparator();
    addAction(symbol(actions.find, ViewerIcon::Find));

    // The less frequent actions: one "More" button with a menu of touch-sized rows.
    m_moreMenu = new QMenu(this);
    m_moreMenu->addAction(symbol(actions.back, ViewerIcon::Back));
    m_moreMenu->addAction(symbol(actions.forward, ViewerIcon::Forward));
    m_moreMenu->addSeparator();
    m_moreMenu->addAction(symbol(actions.rotate, ViewerIcon::Rotate));
    m_moreMenu->addAction(symbol(actions.continuous, ViewerIcon::Continuous));
    m_moreMenu->addAction(symbol(actions.twoPage, ViewerIcon::TwoPages));
    m_moreMenu->addSeparator();
    m_moreMenu->addAction(symbol(actions.presentation, ViewerIcon::Presentation));
    m_moreMenu->addAction(symbol(actions.fullScreen, ViewerIcon::FullScreen));
    m_moreButton = makeOverflowButton(m_moreMenu, QStringLiteral("viewerMore"), this);
    addWidget(m_moreButton);

    m_compactActions = { actions.sidebar, actions.previousPage, actions.nextPage, actions.zoomOut,
        actions.zoomIn, actions.find };
    const QList<QAction *> onBar = this->actions();
    for (QAction *action : std::as_const(m_compactActions))
        m_compactBefore << onBar.value(onBar.indexOf(action) + 1);
}

void ViewerToolBar::addDocumentAction(QAction *action)
{
    QAction *first = m_moreMenu->actions().value(0);
    m_moreMenu->insertAction(first, action);
    m_moreMenu->insertSeparator(first);
}

void ViewerToolBar::showPage(int page, int count)
{
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setEnabled(count > 0);
    m_pageSpin->setRange(count > 0 ? 1 : 0, std::max(count, 0));
    m_pageSpin->setValue(count > 0 ? page + 1 : 0);
    m_pageTotal->setText(count > 0 ? tr("of %1").arg(count) : QString());
    m_zoomBox->setEnabled(count > 0);
    if (count == 0)
        m_zoomBox->setEditText(QString());
}

void ViewerToolBar::showZoom(double zoom)
{
    m_shownZoom = zoom;
    const QSignalBlocker blocker(m_zoomBox);
    m_zoomBox->setEditText(QStringLiteral("%1%").arg(qRound(zoom * 100)));
}

void ViewerToolBar::focusPageNumber()
{
    m_pageSpin->setFocus();
    m_pageSpin->selectAll();
}

void ViewerToolBar::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    QAction *top = m_moreMenu->actions().value(0);
    if (compact) {
        for (QAction *action : std::as_const(m_compactActions)) {
            removeAction(action);
            m_moreMenu->insertAction(top, action);
        }
        m_compactSeparator = m_moreMenu->insertSeparator(top);
    } else {
        delete m_compactSeparator;
        m_compactSeparator = nullptr;
        for (qsizetype i = m_compactActions.size() - 1; i >= 0; --i) {
            m_moreMenu->removeAction(m_compactActions.at(i));
            insertAction(m_compactBefore.at(i), m_compactActions.at(i));
        }
    }
}

} // namespace phonghop::ui
