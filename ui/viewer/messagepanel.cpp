#include "viewer/messagepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
// Fingers need targets of at least 44 px (Apple HIG; Material asks 48 dp).
constexpr int touchTarget = 44;
} // namespace

MessagePanel::MessagePanel(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_label->setFont(font);

    m_passwordRow = new QWidget(this);
    m_passwordEdit = new QLineEdit(m_passwordRow);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Password"));
    m_passwordEdit->setMinimumHeight(touchTarget);
    auto *unlockButton = new QPushButton(tr("Open"), m_passwordRow);
    unlockButton->setMinimumSize(touchTarget * 2, touchTarget);
    auto *row = new QHBoxLayout(m_passwordRow);
    row->addWidget(m_passwordEdit, 1);
    row->addWidget(unlockButton);
    auto unlock = [this] { Q_EMIT unlockRequested(m_passwordEdit->text()); };
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, unlock);
    connect(unlockButton, &QPushButton::clicked, this, unlock);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_passwordRow, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_passwordRow->setMinimumWidth(360);
    m_passwordRow->hide();
}

void MessagePanel::showMessage(const QString &text, bool askPassword)
{
    m_label->setText(text);
    m_passwordRow->setVisible(askPassword);
}

QString MessagePanel::text() const
{
    return m_label->text();
}

void MessagePanel::askPassword()
{
    m_passwordEdit->clear();
    m_passwordEdit->setFocus();
}

} // namespace phonghop::ui
