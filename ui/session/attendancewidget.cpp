#include "session/attendancewidget.h"

#include "meeting_core/session/sessionservice.h"
#include "session/attendancemodel.h"
#include "style/flowlayout.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace phonghop::ui {

using sessionui::touchButton;

AttendanceWidget::AttendanceWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
    , m_model(new AttendanceModel(this))
{
    auto *v = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    sessionui::wrap(m_summary);
    v->addWidget(m_summary);
    auto *row = new FlowLayout;
    m_checkIn = touchButton(tr("Check in"), this);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    auto *absent = touchButton(tr("Absent…"), this);
    auto *proxy = touchButton(tr("Proxy…"), this);
    row->addWidget(m_checkIn);
    row->addWidget(absent);
    row->addWidget(proxy);
    v->addLayout(row);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(
        AttendanceModel::Participant, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        AttendanceModel::Status, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttendanceModel::Note, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_table, 1);
    auto *row2 = new FlowLayout;
    m_checkInSelected = touchButton(tr("Check in selected"), this);
    m_checkInSelected->setToolTip(tr("Secretary: check in the selected participant"));
    auto *csv = touchButton(tr("Export CSV…"), this);
    auto *pdf = touchButton(tr("Export PDF…"), this);
    row2->addWidget(m_checkInSelected);
    row2->addWidget(csv);
    row2->addWidget(pdf);
    v->addLayout(row2);

    connect(m_checkIn, &QPushButton::clicked, this, [this] { report(m_service.checkIn()); });
    connect(m_checkInSelected, &QPushButton::clicked, this,
        [this] { report(m_service.checkIn(selectedParticipant())); });
    connect(absent, &QPushButton::clicked, this, &AttendanceWidget::reportAbsence);
    connect(proxy, &QPushButton::clicked, this, &AttendanceWidget::giveProxy);
    connect(csv, &QPushButton::clicked, this, &AttendanceWidget::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &AttendanceWidget::exportPdf);
    refresh();
}

void AttendanceWidget::refresh()
{
    const SessionState &state = m_service.state();
    const AttendanceSummary &s = state.summary;
    // The categories of the table, each person in one (they add up to the roster).
    m_summary->setText(tr("Present: %1 · Absent with a reason: %2 · Absent without a reason: %3 "
                          "· Proxy: %4 · Not checked in: %5 — %6")
                           .arg(s.present)
                           .arg(s.excused)
                           .arg(s.absent)
                           .arg(s.proxy)
                           .arg(s.notCheckedIn)
                           .arg(s.quorumMet ? tr("<b style=\"color:#1b5e20\">quorum met</b>")
                                            : tr("<b style=\"color:#b00020\">no quorum yet</b>")));
    m_model->update(state);
    const RosterParticipant *me = m_service.self();
    const AttendanceEntry *mine = me ? state.attendanceOf(me->id) : nullptr;
    m_checkIn->setEnabled(me && (!mine || mine->status != AttendanceStatus::Present));
    m_checkInSelected->setVisible(m_service.isSecretary());
}

QString AttendanceWidget::selectedParticipant() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->keyAt(current.row()) : QString();
}

void AttendanceWidget::reportAbsence()
{
    bool ok = false;
    const QString reason
        = QInputDialog::getText(this, tr("Absence"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    // The secretary reports for the participant selected; anyone else for themselves.
    const QString who = m_service.isSecretary() ? selectedParticipant() : QString();
    report(m_service.reportAbsence(who, reason));
}

void AttendanceWidget::giveProxy()
{
    QStringList names;
    QStringList ids;
    for (const AttendanceEntry &e : m_service.state().attendance) {
        names << e.name;
        ids << e.participantId;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getItem(this, tr("Proxy"), tr("Give my proxy to:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString who = m_service.isSecretary() ? selectedParticipant() : QString();
    report(m_service.giveProxy(who, ids.value(names.indexOf(name))));
}

void AttendanceWidget::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the attendance list"),
        QStringLiteral("diem-danh.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    const bool ok
        = f.open(QIODevice::WriteOnly) && f.write(exportAttendanceCsv(m_service.state())) > 0;
    report(ok, tr("Cannot write %1").arg(path));
}

void AttendanceWidget::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the attendance list"),
        QStringLiteral("diem-danh.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    report(m_service.writeAttendancePdf(path));
}

} // namespace phonghop::ui
