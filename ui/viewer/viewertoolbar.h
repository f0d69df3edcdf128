#pragma once

#include "viewer/pageview.h"

#include <QToolBar>

class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QToolButton;

namespace phonghop::ui {

// The document viewer's bar. What a reader needs all the time comes first and stays: the page
// number, the zoom list, fit width and fit page. The less frequent actions live in the "More"
// menu ("⋯") at the end, so a narrow window never pushes the zoom off the bar (issue 14); on a
// narrow view (a portrait tablet, the document between two panels) the sidebar, page-step,
// zoom-step and find buttons go into "More" as well (setCompact).
class ViewerToolBar final : public QToolBar {
    Q_OBJECT
public:
    // The viewer's actions the bar shows, on the bar or in "More".
    struct Actions {
        QAction *sidebar, *previousPage, *nextPage, *zoomOut, *zoomIn, *fitWidth, *fitPage, *find;
        QAction *back, *forward, *rotate, *continuous, *twoPage, *presentation, *fullScreen;
    };
    explicit ViewerToolBar(const Actions &actions, QWidget *parent = nullptr);

    QComboBox *zoomBox() const { return m_zoomBox; }
    QToolButton *moreButton() const { return m_moreButton; }
    // The page shown (from 0) of `count`; without pages the page and zoom boxes are off.
    void showPage(int page, int count);
    void showZoom(double zoom);
    void focusPageNumber();
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // An action about the open document (as "Save the original file…"), first in "More".
    void addDocumentAction(QAction *action);

Q_SIGNALS:
    void pageChosen(int page); // from 0
    void zoomChosen(double zoom);
    void fitChosen(phonghop::ui::PageView::Fit fit);

private:
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageTotal = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QToolButton *m_moreButton = nullptr;
    QMenu *m_moreMenu = nullptr;
    double m_shownZoom = 1.0;
    QList<QAction *> m_compactActions;
    QList<QAction *> m_compactBefore; // where each of them sits on the wide bar
    QAction *m_compactSeparator = nullptr;
    bool m_compact = false;
};

} // namespace phonghop::ui
