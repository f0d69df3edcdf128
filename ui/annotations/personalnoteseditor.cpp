#include "annotations/personalnoteseditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace phonghop::ui {

PersonalNotesEditor::PersonalNotesEditor(AnnotationStore &store, QString owner, QWidget *parent)
    : QWidget(parent)
    , m_notes(store, std::move(owner))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setPlaceholderText(tr("Your personal notes — only you can see them."));
    m_status = new QLabel(this);
    layout->addWidget(m_title);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(600);
    connect(m_saveTimer, &QTimer::timeout, this, &PersonalNotesEditor::save);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_status->setText(tr("Editing…"));
        m_saveTimer->start();
    });
    setEnabled(false);
}

PersonalNotesEditor::~PersonalNotesEditor()
{
    save();
}

void PersonalNotesEditor::setSubject(
    const QString &meetingId, const QString &agendaItemId, const QString &title)
{
    save();
    m_meetingId = meetingId;
    m_itemId = agendaItemId;
    m_title->setText(agendaItemId.isEmpty() ? tr("Personal notes on the meeting: %1").arg(title)
                                            : tr("Personal notes on: %1").arg(title));
    const Result<QString> text = m_notes.note(meetingId, agendaItemId);
    if (!text)
        m_status->setText(tr("Your notes could not be read."));
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(text ? text.value() : QString());
    m_dirty = false;
    m_status->clear();
    setEnabled(!meetingId.isEmpty());
}

QString PersonalNotesEditor::text() const
{
    return m_edit->toPlainText();
}

void PersonalNotesEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

bool PersonalNotesEditor::save()
{
    m_saveTimer->stop();
    if (!m_dirty || m_meetingId.isEmpty())
        return true;
    if (const Status saved = m_notes.setNote(m_meetingId, m_itemId, m_edit->toPlainText());
        !saved) {
        m_status->setText(tr("Not saved: %1").arg(saved.error()));
        return false;
    }
    m_dirty = false;
    m_status->setText(tr("Saved"));
    return true;
}

} // namespace phonghop::ui
