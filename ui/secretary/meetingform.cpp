#include "meetingform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QTimeZone>

namespace phonghop::ui {

MeetingForm::MeetingForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. Regular meeting of December 2026"));
    m_type = new QComboBox(this);
    m_type->setEditable(true);
    // Data keys as in the share format; labels translated.
    m_type->addItem(tr("Regular meeting"), QStringLiteral("phien-hop-thuong-ky"));
    m_type->addItem(tr("Thematic meeting"), QStringLiteral("phien-hop-chuyen-de"));
    m_type->addItem(tr("Extraordinary meeting"), QStringLiteral("phien-hop-bat-thuong"));
    m_type->addItem(tr("Working session"), QStringLiteral("buoi-lam-viec"));
    m_meetingId = new QLineEdit(this);
    m_meetingId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")), m_meetingId));
    m_meetingId->setToolTip(
        tr("The meeting's id in the shared folder: lower-case letters, digits and dashes"));
    m_start = new QDateTimeEdit(this);
    m_end = new QDateTimeEdit(this);
    for (QDateTimeEdit *edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        edit->setMinimumWidth(240);
    }
    m_location = new QLineEdit(this);
    m_organisation = new QLineEdit(this);
    m_hostUnit = new QLineEdit(this);
    m_chair = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_openToAllStaff = new QCheckBox(tr("Open to &all staff"), this);
    m_openToAllStaff->setObjectName(QStringLiteral("openToAllStaff"));
    m_openToAllStaff->setToolTip(tr("Every seat of the organisation copies this meeting, not only "
                                    "its participants' seats"));

    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Room:"), m_location);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Host unit:"), m_hostUnit);
    form->addRow(tr("&Chaired by:"), m_chair);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_openToAllStaff);
    form->addRow(tr("Meeting &id:"), m_meetingId);
    for (QWidget *field : std::initializer_list<QWidget *> { m_title, m_type, m_meetingId, m_start,
             m_end, m_location, m_organisation, m_hostUnit, m_chair, m_openToAllStaff })
        field->setMinimumHeight(44);

    auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit *edit :
        { m_title, m_meetingId, m_location, m_organisation, m_hostUnit, m_chair })
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_type, &QComboBox::currentTextChanged, this, changed);
    connect(
        m_start, &QDateTimeEdit::dateTimeChanged, this, [this, changed](const QDateTime &start) {
            // The end follows the start when it would fall before it.
            if (!m_loading && m_end->dateTime() < start)
                m_end->setDateTime(start.addSecs(3 * 3600));
            changed();
        });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    connect(m_openToAllStaff, &QCheckBox::toggled, this, changed);
}

void MeetingForm::setHasConfidentialDocument(bool confidential)
{
    m_openToAllStaff->setEnabled(!confidential);
    m_openToAllStaff->setToolTip(confidential
            ? tr("A meeting with a confidential document is never open to all staff: only its "
                 "participants' seats copy it")
            : tr("Every seat of the organisation copies this meeting, not only its participants' "
                 "seats"));
}

void MeetingForm::setDraft(const DraftMeeting &draft)
{
    m_loading = true;
    m_title->setText(draft.title);
    const int typeIndex = m_type->findData(draft.meetingType);
    if (typeIndex >= 0)
        m_type->setCurrentIndex(typeIndex);
    else
        m_type->setEditText(draft.meetingType);
    m_meetingId->setText(draft.id);
    // A published meeting keeps its id: it names its folder in the share.
    m_meetingId->setReadOnly(draft.basedOnRevision.value_or(0) > 0);
    // Shown as the wall-clock time of the meeting's own offset, whatever this machine's zone.
    m_offsetSeconds = draft.start.isValid() ? draft.start.offsetFromUtc()
                                            : QDateTime::currentDateTime().offsetFromUtc();
    auto wallClock = [this](const QDateTime &time) {
        const QDateTime shifted = time.toOffsetFromUtc(m_offsetSeconds);
        return QDateTime(shifted.date(), shifted.time());
    };
    m_start->setDateTime(
        draft.start.isValid() ? wallClock(draft.start) : QDateTime::currentDateTime());
    m_end->setDateTime(
        draft.end.isValid() ? wallClock(draft.end) : m_start->dateTime().addSecs(3 * 3600));
    m_location->setText(draft.location);
    m_organisation->setText(draft.organisation);
    m_hostUnit->setText(draft.hostUnit);
    m_chair->setText(draft.chairName);
    m_notes->setPlainText(draft.notes);
    m_openToAllStaff->setChecked(draft.openToAllStaff);
    setHasConfidentialDocument(draft::hasConfidentialDocument(draft));
    m_loading = false;
}

void MeetingForm::apply(DraftMeeting &draft) const
{
    draft.title = m_title->text().trimmed();
    const int typeIndex = m_type->findText(m_type->currentText());
    draft.meetingType
        = typeIndex >= 0 ? m_type->itemData(typeIndex).toString() : m_type->currentText().trimmed();
    draft.id = m_meetingId->text().trimmed();
    const QTimeZone offset(m_offsetSeconds);
    draft.start = QDateTime(m_start->date(), m_start->time(), offset);
    draft.end = QDateTime(m_end->date(), m_end->time(), offset);
    draft.location = m_location->text().trimmed();
    draft.organisation = m_organisation->text().trimmed();
    draft.hostUnit = m_hostUnit->text().trimmed();
    draft.chairName = m_chair->text().trimmed();
    draft.notes = m_notes->toPlainText();
    draft.openToAllStaff = m_openToAllStaff->isChecked();
}

} // namespace phonghop::ui
