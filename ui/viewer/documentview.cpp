#include "viewer/documentview.h"

#include "viewer/pageview.h"
#include "viewer/presentationwidget.h"
#include "viewer/thumbnailview.h"
#include "viewer/viewericons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
// Fingers need targets of at least 44 px (Apple HIG; Material asks 48 dp).
constexpr int touchTarget = 44;
// Below this width the viewer's bar keeps only what it must (see setCompactToolBar).
constexpr int compactWidth = 860;
const QList<int> zoomSteps = {25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400, 600, 800};
constexpr int outlinePageRole = Qt::UserRole;
constexpr int outlineTopRole = Qt::UserRole + 1;
} // namespace

DocumentView::DocumentView(QWidget *parent) : QWidget(parent)
{
    m_findTimer = new QTimer(this);
    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(300);
    m_positionTimer = new QTimer(this);
    m_positionTimer->setSingleShot(true);
    m_positionTimer->setInterval(1000);
    m_pageView = new PageView(this);
    m_thumbnails = new ThumbnailView(this);
    m_outline = new QTreeWidget(this);
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setStyleSheet(QStringLiteral("QTreeWidget::item { min-height: %1px; }").arg(touchTarget - 8));

    m_sidebar = new QTabWidget(this);
    m_sidebar->addTab(m_thumbnails, tr("Pages"));
    m_sidebar->addTab(m_outline, tr("Contents"));
    m_sidebar->setVisible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pageView);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(buildMessagePanel());

    m_toolBar = new QToolBar(tr("Document"), this);
    m_toolBar->setIconSize(QSize(24, 24));
    m_toolBar->setStyleSheet(QStringLiteral("QToolButton { min-width: %1px; min-height: %1px; }").arg(touchTarget));
    buildActions();
    buildToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buildFindBar());

    connect(m_findTimer, &QTimer::timeout, this, [this] { find(m_findEdit->text()); });
    connect(m_positionTimer, &QTimer::timeout, this, &DocumentView::savePosition);

    connect(m_pageView, &PageView::viewChanged, this, &DocumentView::scheduleRequests);
    connect(m_pageView, &PageView::pagePainted, this, &DocumentView::pageRendered);
    connect(m_pageView, &PageView::currentPageChanged, this, [this](int page) {
        updatePageControls();
        m_thumbnails->setCurrentPage(page);
        m_positionTimer->start();
        emit currentPageChanged(page);
    });
    connect(m_pageView, &PageView::zoomChanged, this, &DocumentView::updateZoomControls);
    connect(m_pageView, &PageView::selectionChanged, this, [this](bool has) { m_copyAction->setEnabled(has); });
    connect(m_thumbnails, &ThumbnailView::viewChanged, this, &DocumentView::scheduleRequests);
    connect(m_thumbnails, &ThumbnailView::pageActivated, this, [this](int page) { jumpTo(page); });
    connect(m_outline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int page = item->data(0, outlinePageRole).toInt();
        if (page >= 0)
            jumpTo(page, item->data(0, outlineTopRole).toDouble());
    });
    connect(m_outline, &QTreeWidget::itemClicked, m_outline, &QTreeWidget::itemActivated);
    m_stack->setCurrentIndex(1);
    showMessage(tr("No document is open."));
    updatePageControls();
}

DocumentView::~DocumentView()
{
    savePosition();
}

QWidget *DocumentView::buildMessagePanel()
{
    auto *panel = new QWidget(this);
    panel->setAutoFillBackground(true);
    m_messageLabel = new QLabel(panel);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_messageLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_messageLabel->setFont(font);

    m_passwordRow = new QWidget(panel);
    m_passwordEdit = new QLineEdit(m_passwordRow);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Password"));
    m_passwordEdit->setMinimumHeight(touchTarget);
    auto *unlockButton = new QPushButton(tr("Open"), m_passwordRow);
    unlockButton->setMinimumSize(touchTarget * 2, touchTarget);
    auto *row = new QHBoxLayout(m_passwordRow);
    row->addWidget(m_passwordEdit, 1);
    row->addWidget(unlockButton);
    auto unlock = [this] { unlockDocument(m_passwordEdit->text()); };
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, unlock);
    connect(unlockButton, &QPushButton::clicked, this, unlock);

    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_passwordRow, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_passwordRow->setMinimumWidth(360);
    m_passwordRow->hide();
    return panel;
}

QWidget *DocumentView::buildFindBar()
{
    m_findBar = new QWidget(this);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setPlaceholderText(tr("Find in document (diacritics optional)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumHeight(touchTarget);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    auto *close = new QToolButton(m_findBar);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close find bar (Esc)"));
    for (QToolButton *button : {previous, next, close})
        button->setMinimumSize(touchTarget, touchTarget);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setMinimumWidth(120);
    auto *layout = new QHBoxLayout(m_findBar);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_findEdit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_findStatus);
    layout->addWidget(close);
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] { m_findTimer->start(); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_findTimer->isActive() || m_findId == 0) {
            m_findTimer->stop();
            find(m_findEdit->text());
        } else if (QApplication::keyboardModifiers() & Qt::ShiftModifier) {
            findPrevious();
        } else {
            findNext();
        }
    });
    connect(previous, &QToolButton::clicked, this, &DocumentView::findPrevious);
    connect(next, &QToolButton::clicked, this, &DocumentView::findNext);
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        find(QString());
        m_pageView->setFocus();
    });
    m_findBar->hide();
    return m_findBar;
}

void DocumentView::buildActions()
{
    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        // Standard keys often equal the explicit ones here; a duplicate makes Qt call the
        // shortcut ambiguous and ignore it.
        QList<QKeySequence> unique;
        for (const QKeySequence &key : keys)
            if (!key.isEmpty() && !unique.contains(key))
                unique.append(key);
        action->setShortcuts(unique);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("Next page"), {QKeySequence(Qt::Key_PageDown)}, [this] { m_pageView->nextPage(); });
    add(tr("Previous page"), {QKeySequence(Qt::Key_PageUp)}, [this] { m_pageView->previousPage(); });
    add(tr("First page"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_Home)}, [this] { jumpTo(0); });
    add(tr("Last page"), {QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End)}, [this] { jumpTo(pageCount() - 1); });
    add(tr("Zoom in"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn},
        [this] { m_pageView->zoomBy(1.25); });
    add(tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}, [this] { m_pageView->zoomBy(0.8); });
    add(tr("Actual size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { m_pageView->setZoom(1.0); });
    add(tr("Find"), {QKeySequence::Find}, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    add(tr("Find next"), {QKeySequence::FindNext}, [this] { findNext(); });
    add(tr("Find previous"), {QKeySequence::FindPrevious}, [this] { findPrevious(); });
    add(tr("Go to page"), {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] {
        m_pageSpin->setFocus();
        m_pageSpin->selectAll();
    });
    add(tr("Close find bar"), {QKeySequence(Qt::Key_Escape)}, [this] {
        if (m_presentation) { // Esc leaves presentation even when its window has no focus
            m_presentation.reset();
            scheduleRequests();
        } else if (m_findBar->isVisible()) {
            m_findBar->hide();
            find(QString());
            m_pageView->setFocus();
        } else if (window()->isFullScreen()) {
            toggleFullScreen();
        }
    });
    m_copyAction = add(tr("Copy"), {QKeySequence::Copy}, [this] { copySelection(); });
    m_copyAction->setEnabled(false);
    m_backAction = add(tr("Back"), {QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] { goBack(); });
    m_forwardAction = add(tr("Forward"), {QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] { goForward(); });
    m_fitWidthAction = add(tr("Fit width"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] { m_pageView->setFit(PageView::Fit::Width); });
    m_fitPageAction = add(tr("Fit page"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, [this] { m_pageView->setFit(PageView::Fit::Page); });
    m_fitWidthAction->setCheckable(true);
    m_fitPageAction->setCheckable(true);
    m_continuousAction = add(tr("Continuous"), {QKeySequence(Qt::CTRL | Qt::Key_3)}, [this](bool on) { m_pageView->setContinuous(on); });
    m_continuousAction->setCheckable(true);
    m_continuousAction->setChecked(true);
    m_twoPageAction = add(tr("Two pages"), {QKeySequence(Qt::CTRL | Qt::Key_4)}, [this](bool on) { m_pageView->setTwoPage(on); });
    m_twoPageAction->setCheckable(true);
    m_twoPageAction->setToolTip(tr("Two pages side by side (chosen automatically on a wide screen until you choose)"));
    connect(m_pageView, &PageView::twoPageChanged, m_twoPageAction, &QAction::setChecked);
    m_sidebarAction = add(tr("Pages and contents"), {QKeySequence(Qt::Key_F4)}, [this](bool on) {
        m_sidebar->setVisible(on);
        scheduleRequests();
    });
    m_sidebarAction->setCheckable(true);
}

void DocumentView::buildToolBar()
{
    auto find = [this](const QString &text) {
        for (QAction *action : actions())
            if (action->text() == text)
                return action;
        return static_cast<QAction *>(nullptr);
    };
    auto symbol = [](QAction *action, ViewerIcon icon) {
        action->setToolTip(action->text() + (action->shortcut().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText))));
        action->setIcon(viewerIcon(icon));
        return action;
    };
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // What a reader needs all the time comes first and stays: the pages, the zoom, fit width and
    // fit page. The rest lives in the "More" menu at the end, so a narrow window never pushes the
    // zoom off the bar (issue 14).
    m_toolBar->addAction(symbol(m_sidebarAction, ViewerIcon::Sidebar));
    m_toolBar->addAction(symbol(find(tr("Previous page")), ViewerIcon::PreviousPage));
    m_pageSpin = new QSpinBox(m_toolBar);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setMinimumHeight(touchTarget);
    m_pageSpin->setMinimumWidth(64);
    m_pageSpin->setAlignment(Qt::AlignRight);
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageSpin->setToolTip(tr("Go to page (Ctrl+G)"));
    m_pageSpin->setAccessibleName(tr("Page number"));
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != currentPage())
            jumpTo(value - 1);
    });
    m_toolBar->addWidget(m_pageSpin);
    m_pageTotal = new QLabel(m_toolBar);
    m_pageTotal->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(m_pageTotal);
    m_toolBar->addAction(symbol(find(tr("Next page")), ViewerIcon::NextPage));
    m_toolBar->addSeparator();
    m_toolBar->addAction(symbol(find(tr("Zoom out")), ViewerIcon::ZoomOut));
    m_zoomBox = new QComboBox(m_toolBar);
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
            m_pageView->setFit(PageView::Fit::Width);
        else if (value == -2)
            m_pageView->setFit(PageView::Fit::Page);
        else
            m_pageView->setZoom(value / 100.0);
        updateZoomControls();
    });
    connect(m_zoomBox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        bool ok = false;
        const int percent = m_zoomBox->currentText().remove(QLatin1Char('%')).trimmed().toInt(&ok);
        if (ok)
            m_pageView->setZoom(percent / 100.0);
        updateZoomControls();
    });
    m_toolBar->addWidget(m_zoomBox);
    m_toolBar->addAction(symbol(find(tr("Zoom in")), ViewerIcon::ZoomIn));
    m_toolBar->addAction(symbol(m_fitWidthAction, ViewerIcon::FitWidth));
    m_toolBar->addAction(symbol(m_fitPageAction, ViewerIcon::FitPage));
    m_toolBar->addSeparator();
    m_toolBar->addAction(symbol(find(tr("Find")), ViewerIcon::Find));

    auto *rotate = new QAction(tr("Rotate"), this);
    rotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    rotate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rotate, &QAction::triggered, this, [this] { m_pageView->setRotation(m_pageView->rotation() + 1); });
    addAction(rotate);
    auto *presentation = new QAction(tr("Presentation"), this);
    presentation->setShortcut(QKeySequence(Qt::Key_F5));
    presentation->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(presentation, &QAction::triggered, this, &DocumentView::togglePresentation);
    addAction(presentation);
    auto *fullScreen = new QAction(tr("Full screen"), this);
    m_fullScreenAction = fullScreen;
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    fullScreen->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(fullScreen, &QAction::triggered, this, &DocumentView::toggleFullScreen);
    addAction(fullScreen);

    // The less frequent actions: one "More" button with a menu of touch-sized rows.
    auto *more = new QMenu(this);
    m_moreMenu = more;
    more->addAction(symbol(m_backAction, ViewerIcon::Back));
    more->addAction(symbol(m_forwardAction, ViewerIcon::Forward));
    more->addSeparator();
    more->addAction(symbol(rotate, ViewerIcon::Rotate));
    more->addAction(symbol(m_continuousAction, ViewerIcon::Continuous));
    more->addAction(symbol(m_twoPageAction, ViewerIcon::TwoPages));
    more->addSeparator();
    more->addAction(symbol(presentation, ViewerIcon::Presentation));
    more->addAction(symbol(fullScreen, ViewerIcon::FullScreen));
    m_moreButton = new QToolButton(m_toolBar);
    m_moreButton->setObjectName(QStringLiteral("viewerMore"));
    m_moreButton->setText(QStringLiteral("⋯"));
    m_moreButton->setToolTip(tr("More"));
    m_moreButton->setAccessibleName(tr("More"));
    m_moreButton->setMenu(more);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setMinimumSize(touchTarget, touchTarget);
    m_moreButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    QFont moreFont = m_moreButton->font();
    moreFont.setPointSizeF(moreFont.pointSizeF() * 1.4);
    moreFont.setBold(true);
    m_moreButton->setFont(moreFont);
    m_toolBar->addWidget(m_moreButton);

    // On a narrow view (a portrait tablet, the document between two panels) these move into
    // "More"; the page number, the zoom list, fit width and fit page never leave the bar.
    m_compactActions = {m_sidebarAction, find(tr("Previous page")), find(tr("Next page")),
                        find(tr("Zoom out")), find(tr("Zoom in")), find(tr("Find"))};
    const QList<QAction *> onBar = m_toolBar->actions();
    for (QAction *action : std::as_const(m_compactActions))
        m_compactBefore << onBar.value(onBar.indexOf(action) + 1);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setCompactToolBar(width() < compactWidth);
}

void DocumentView::setCompactToolBar(bool compact)
{
    if (compact == m_compact || !m_moreMenu)
        return;
    m_compact = compact;
    QAction *top = m_moreMenu->actions().value(0);
    if (compact) {
        for (QAction *action : std::as_const(m_compactActions)) {
            m_toolBar->removeAction(action);
            m_moreMenu->insertAction(top, action);
        }
        m_compactSeparator = m_moreMenu->insertSeparator(top);
    } else {
        delete m_compactSeparator;
        m_compactSeparator = nullptr;
        for (qsizetype i = m_compactActions.size() - 1; i >= 0; --i) {
            m_moreMenu->removeAction(m_compactActions.at(i));
            m_toolBar->insertAction(m_compactBefore.at(i), m_compactActions.at(i));
        }
    }
}

void DocumentView::openDocument(const QString &pdfPath, const QString &title, const QString &positionKey)
{
    closeDocument();
    m_path = pdfPath;
    m_title = title;
    m_positionKey = positionKey.isEmpty() ? pdfPath : positionKey;
    m_service = std::make_unique<PdfRenderService>();
    m_service->setCacheBudget(m_cacheBudget);
    PdfRenderService *service = m_service.get();
    connect(service, &PdfRenderService::opened, this, &DocumentView::onOpened);
    connect(service, &PdfRenderService::openFailed, this, &DocumentView::onOpenFailed);
    connect(service, &PdfRenderService::passwordRequired, this, &DocumentView::onPasswordRequired);
    connect(service, &PdfRenderService::pageReady, this, [this](const RenderKey &key, const QImage &image) {
        m_pageView->imageArrived(key, image);
        m_thumbnails->imageArrived(key);
        if (m_presentation)
            m_presentation->imageArrived(key);
    });
    connect(service, &PdfRenderService::pageFailed, this, [this](const RenderKey &key, const QString &) {
        m_pageView->imageArrived(key, QImage());
        if (m_presentation)
            m_presentation->imageArrived(key);
    });
    connect(service, &PdfRenderService::textReady, m_pageView, &PageView::textArrived);
    connect(service, &PdfRenderService::findHits, this, [this](quint64 id, int page, const QVector<QVector<QRectF>> &hits) {
        if (id != m_findId)
            return;
        m_hits.insert(page, hits);
        m_hitTotal += static_cast<int>(hits.size());
        if (m_hitPage < 0) { // the first hits come from the current page onwards
            m_hitPage = page;
            m_hitIndex = 0;
            showHit();
        } else {
            showHit();
        }
    });
    connect(service, &PdfRenderService::findFinished, this, [this](quint64 id, int total) {
        if (id != m_findId)
            return;
        m_hitTotal = total;
        if (total == 0)
            m_findStatus->setText(tr("Not found"));
        else
            showHit();
        emit findFinished(total);
    });
    m_pageView->setService(service);
    m_thumbnails->setService(service);
    m_stack->setCurrentIndex(1);
    showMessage(tr("Opening %1…").arg(title.isEmpty() ? pdfPath : title));
    service->open(pdfPath);
}

void DocumentView::closeDocument()
{
    savePosition();
    m_positionTimer->stop();
    m_presentation.reset();
    m_pageView->setService(nullptr);
    m_thumbnails->setService(nullptr);
    m_pageView->clearDocument();
    m_thumbnails->setDocument(PdfDocumentInfo());
    m_outline->clear();
    m_service.reset(); // the worker winds down on its own; nothing waits for Poppler
    m_back.clear();
    m_forward.clear();
    m_hits.clear();
    m_hitTotal = 0;
    m_hitPage = m_hitIndex = -1;
    m_findId = 0;
    m_path.clear();
    m_title.clear();
    m_stack->setCurrentIndex(1);
    showMessage(tr("No document is open."));
    updatePageControls();
}

bool DocumentView::isDocumentOpen() const
{
    return m_service && m_service->isReady();
}

void DocumentView::onOpened(const PdfDocumentInfo &info)
{
    m_stack->setCurrentIndex(0);
    m_passwordRow->hide();
    int start = 0;
    if (m_positions) {
        const int last = m_positions->lastPage(m_positionKey);
        if (last >= 0 && last < info.pageCount)
            start = last;
    }
    m_thumbnails->setDocument(info);
    m_outline->clear();
    fillOutline(nullptr, info.outline);
    m_sidebar->setTabEnabled(1, !info.outline.isEmpty());
    m_pageView->setDocument(info, start);
    m_pageView->setFocus();
    updatePageControls();
    updateZoomControls();
    scheduleRequests();
    emit documentOpened(info.pageCount);
}

void DocumentView::onOpenFailed(const QString &message)
{
    showMessage(message);
    emit documentFailed(message);
}

void DocumentView::onPasswordRequired(bool wrong)
{
    showMessage(wrong ? tr("The password is not correct. Try again.")
                      : tr("%1 is protected by a password.").arg(m_title.isEmpty() ? m_path : m_title),
                true);
    m_passwordEdit->clear();
    m_passwordEdit->setFocus();
    emit passwordRequested(wrong);
}

void DocumentView::unlockDocument(const QString &password)
{
    if (m_service)
        m_service->unlock(password);
}

void DocumentView::showMessage(const QString &text, bool askPassword)
{
    m_messageLabel->setText(text);
    m_passwordRow->setVisible(askPassword);
    m_stack->setCurrentIndex(1);
}

QString DocumentView::message() const
{
    return m_stack->currentIndex() == 1 ? m_messageLabel->text() : QString();
}

int DocumentView::currentPage() const
{
    return m_pageView->currentPage();
}

int DocumentView::pageCount() const
{
    return m_pageView->pageCount();
}

void DocumentView::goToPage(int page)
{
    jumpTo(page);
}

QImage DocumentView::renderedPageImage(int page) const
{
    return m_pageView->shownImage(page);
}

void DocumentView::setReadingPositionStore(std::shared_ptr<ReadingPositionStore> store)
{
    m_positions = std::move(store);
}

void DocumentView::setCacheBudget(qint64 bytes)
{
    m_cacheBudget = bytes;
    if (m_service)
        m_service->setCacheBudget(bytes);
}

void DocumentView::savePosition()
{
    if (m_positions && !m_positionKey.isEmpty() && isDocumentOpen())
        m_positions->setLastPage(m_positionKey, currentPage());
}

void DocumentView::scheduleRequests()
{
    if (m_requestsScheduled)
        return;
    m_requestsScheduled = true;
    // Coalesce a burst of scroll events into one new queue.
    QMetaObject::invokeMethod(this, &DocumentView::updateRequests, Qt::QueuedConnection);
}

void DocumentView::updateRequests()
{
    m_requestsScheduled = false;
    if (!m_service || !m_service->isReady())
        return;
    QVector<RenderKey> keys;
    if (m_presentation)
        keys += m_presentation->wantedKeys();
    QVector<RenderKey> prefetch;
    m_pageView->wantedKeys(keys, prefetch);
    if (m_sidebar->isVisible())
        keys += m_thumbnails->wantedKeys();
    keys += prefetch;
    m_service->request(keys);
    // Text for selection is cheap; have it ready for the pages in view.
    for (int page : m_pageView->visiblePages())
        m_service->requestText(page);
}

void DocumentView::updatePageControls()
{
    const int count = pageCount();
    const QSignalBlocker blocker(m_pageSpin);
    m_pageSpin->setEnabled(count > 0);
    m_pageSpin->setRange(count > 0 ? 1 : 0, std::max(count, 0));
    m_pageSpin->setValue(count > 0 ? currentPage() + 1 : 0);
    m_pageTotal->setText(count > 0 ? tr("of %1").arg(count) : QString());
    // Without pages, only full screen and the sidebar mean anything.
    for (QAction *action : actions()) {
        if (action != m_fullScreenAction && action != m_sidebarAction)
            action->setEnabled(count > 0);
    }
    m_zoomBox->setEnabled(count > 0);
    if (count == 0)
        m_zoomBox->setEditText(QString());
    m_backAction->setEnabled(!m_back.isEmpty());
    m_forwardAction->setEnabled(!m_forward.isEmpty());
    m_copyAction->setEnabled(count > 0 && m_pageView->hasSelection());
}

void DocumentView::updateZoomControls()
{
    const int percent = qRound(m_pageView->zoom() * 100);
    const QSignalBlocker blocker(m_zoomBox);
    m_zoomBox->setEditText(QStringLiteral("%1%").arg(percent));
    m_fitWidthAction->setChecked(m_pageView->fit() == PageView::Fit::Width);
    m_fitPageAction->setChecked(m_pageView->fit() == PageView::Fit::Page);
}

void DocumentView::fillOutline(QTreeWidgetItem *parent, const QVector<PdfOutlineItem> &items)
{
    for (const PdfOutlineItem &entry : items) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_outline);
        item->setText(0, entry.title);
        item->setToolTip(0, entry.page >= 0 ? tr("%1 (page %2)").arg(entry.title).arg(entry.page + 1) : entry.title);
        item->setData(0, outlinePageRole, entry.page);
        item->setData(0, outlineTopRole, entry.topFraction);
        fillOutline(item, entry.children);
        item->setExpanded(entry.open);
    }
}

void DocumentView::jumpTo(int page, double topFraction)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    if (page != currentPage()) {
        m_back.append(currentPage());
        m_forward.clear();
    }
    m_pageView->goToPage(page, topFraction);
    updatePageControls();
}

void DocumentView::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(currentPage());
    m_pageView->goToPage(m_back.takeLast());
    updatePageControls();
}

void DocumentView::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(currentPage());
    m_pageView->goToPage(m_forward.takeLast());
    updatePageControls();
}

void DocumentView::find(const QString &text)
{
    m_hits.clear();
    m_hitTotal = 0;
    m_hitPage = m_hitIndex = -1;
    m_pageView->setFindHits({}, -1, -1);
    m_findStatus->clear();
    if (!m_service || !m_service->isReady() || text.trimmed().isEmpty()) {
        if (m_service)
            m_service->cancelFind();
        m_findId = 0;
        return;
    }
    if (m_findEdit->text() != text)
        m_findEdit->setText(text);
    m_findBar->show();
    m_findStatus->setText(tr("Searching…"));
    // Typed diacritics are meant; without them, "quyet dinh" finds "Quyết định".
    m_findId = m_service->find(text, PdfPageText::hasDiacritics(text), currentPage());
}

int DocumentView::findHitCount() const
{
    return m_hitTotal;
}

void DocumentView::showHit()
{
    QHash<int, QVector<QVector<QRectF>>> all;
    for (auto it = m_hits.cbegin(); it != m_hits.cend(); ++it)
        all.insert(it.key(), it.value());
    m_pageView->setFindHits(all, m_hitPage, m_hitIndex);
    if (m_hitPage < 0 || !m_hits.contains(m_hitPage))
        return;
    const auto &rects = m_hits.value(m_hitPage).value(m_hitIndex);
    if (!rects.isEmpty())
        m_pageView->ensureVisible(m_hitPage, rects.first());
    int ordinal = 0;
    for (auto it = m_hits.cbegin(); it != m_hits.cend() && it.key() < m_hitPage; ++it)
        ordinal += static_cast<int>(it->size());
    m_findStatus->setText(tr("%1 of %2").arg(ordinal + m_hitIndex + 1).arg(std::max(m_hitTotal, ordinal + m_hitIndex + 1)));
}

void DocumentView::findNext()
{
    if (m_hits.isEmpty() || m_hitPage < 0)
        return;
    if (m_hitIndex + 1 < m_hits.value(m_hitPage).size()) {
        ++m_hitIndex;
    } else {
        auto next = m_hits.upperBound(m_hitPage);
        if (next == m_hits.end())
            next = m_hits.begin();
        m_hitPage = next.key();
        m_hitIndex = 0;
    }
    showHit();
}

void DocumentView::findPrevious()
{
    if (m_hits.isEmpty() || m_hitPage < 0)
        return;
    if (m_hitIndex > 0) {
        --m_hitIndex;
    } else {
        auto previous = m_hits.lowerBound(m_hitPage);
        previous = previous == m_hits.begin() ? std::prev(m_hits.end()) : std::prev(previous);
        m_hitPage = previous.key();
        m_hitIndex = static_cast<int>(previous->size()) - 1;
    }
    showHit();
}

QString DocumentView::selectedText() const
{
    return m_pageView->selectedText();
}

void DocumentView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DocumentView::togglePresentation()
{
    if (m_presentation) {
        m_presentation.reset();
        return;
    }
    if (!isDocumentOpen())
        return;
    m_presentation = std::make_unique<PresentationWidget>(m_service.get(), m_service->info(), currentPage());
    connect(m_presentation.get(), &PresentationWidget::viewChanged, this, &DocumentView::scheduleRequests);
    connect(m_presentation.get(), &PresentationWidget::pageChanged, m_pageView, [this](int page) { m_pageView->goToPage(page); });
    connect(m_presentation.get(), &PresentationWidget::finished, this, [this] {
        // Deleting the widget inside its own close handler is not safe: do it next turn.
        QMetaObject::invokeMethod(this, [this] { m_presentation.reset(); scheduleRequests(); }, Qt::QueuedConnection);
    });
    if (QScreen *screen = this->screen())
        m_presentation->setGeometry(screen->geometry());
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    scheduleRequests();
}

void DocumentView::toggleFullScreen()
{
    QWidget *top = window();
    if (top->isFullScreen())
        top->showNormal();
    else
        top->showFullScreen();
}

} // namespace phonghop::ui
