#include "viewer/findbar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace phonghop::ui {

namespace {
// Fingers need targets of at least 44 px (Apple HIG; Material asks 48 dp).
constexpr int touchTarget = 44;
// Typing pauses this long before the words are searched.
constexpr int typingPauseMs = 300;
} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find in document (diacritics optional)"));
    m_edit->setMinimumHeight(touchTarget);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close find bar (Esc)"));
    for (QToolButton *button : { previous, next, closeButton })
        button->setMinimumSize(touchTarget, touchTarget);
    m_status = new QLabel(this);
    m_status->setMinimumWidth(120);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(closeButton);
    connect(
        m_typingPause, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(m_edit->text()); });
    connect(m_edit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::onReturn);
    connect(previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
    hide();
}

void FindBar::showEvent(QShowEvent *event)
{
    // The clear button's icon comes from the desktop's icon theme, whose loading (index files,
    // fontconfig) cost a third of the viewer window's construction: paid when the bar is first
    // shown, not before the first page (issue 20).
    if (!m_edit->isClearButtonEnabled())
        m_edit->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void FindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::dismiss()
{
    hide();
    Q_EMIT closeRequested();
}

void FindBar::onReturn()
{
    if (m_typingPause->isActive() || !m_searchActive) {
        m_typingPause->stop();
        Q_EMIT searchRequested(m_edit->text());
    } else if (QApplication::keyboardModifiers() & Qt::ShiftModifier) {
        Q_EMIT previousRequested();
    } else {
        Q_EMIT nextRequested();
    }
}

} // namespace phonghop::ui
