#include "session/otheropinioneditor.h"

#include "meeting_core/voting/poll.h"
#include "session/sessiontaskwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

OtherOpinionEditor::OtherOpinionEditor(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("otherOpinionEditor"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 4, 0, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    v->addWidget(m_label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("otherOpinionText"));
    m_text->setTabChangesFocus(true);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_text->setFont(font);
    // Three lines at least: room for a finger and for what a delegate usually says.
    m_text->setMinimumHeight(QFontMetrics(font).lineSpacing() * 3 + 24);
    m_text->setPlaceholderText(tr("Write your opinion"));
    v->addWidget(m_text);
    auto *row = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("otherOpinionCount"));
    row->addWidget(m_count, 1);
    auto *cancel = sessionui::touchButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("otherOpinionCancel"));
    m_cast = sessionui::touchButton(tr("Cast with this opinion"), this);
    m_cast->setObjectName(QStringLiteral("otherOpinionCast"));
    row->addWidget(cancel);
    row->addWidget(m_cast);
    v->addLayout(row);

    connect(m_text, &QPlainTextEdit::textChanged, this, &OtherOpinionEditor::updateCount);
    connect(m_cast, &QPushButton::clicked, this, [this] { Q_EMIT castRequested(text()); });
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    updateCount();
    hide();
}

void OtherOpinionEditor::start(const QString &optionLabel, const QString &text)
{
    m_label->setText(tr("\"%1\": your opinion, kept with your ballot").arg(optionLabel));
    m_text->setPlainText(text);
    show();
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

QString OtherOpinionEditor::text() const
{
    return m_text->toPlainText().trimmed();
}

void OtherOpinionEditor::updateCount()
{
    const qsizetype length = m_text->toPlainText().trimmed().size();
    const qsizetype left = PollDefinition::maximumOtherTextLength - length;
    m_count->setText(left >= 0 ? tr("%n character(s) left", nullptr, static_cast<int>(left))
                               : tr("%n character(s) too many", nullptr, static_cast<int>(-left)));
    m_count->setStyleSheet(left >= 0 ? QString() : QStringLiteral("color:#b00020"));
    m_cast->setEnabled(length > 0 && left >= 0);
}

} // namespace phonghop::ui
