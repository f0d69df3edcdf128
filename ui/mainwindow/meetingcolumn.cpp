#include "mainwindow/meetingcolumn.h"

#include "mainwindow/agendamodel.h"
#include "mainwindow/meetingitemdelegate.h"
#include "mainwindow/meetinglistmodel.h"
#include "mainwindow/timeformat.h"
#include "meeting_core/domain/meeting.h"

#include <QLabel>
#include <QListView>
#include <QScroller>
#include <QTreeView>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    label->setContentsMargins(6, 8, 6, 4);
    return label;
}

// Finger-friendly lists: kinetic scrolling and no tiny rows.
void makeTouchFriendly(QAbstractItemView *view)
{
    QScroller::grabGesture(view->viewport(), QScroller::LeftMouseButtonGesture);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

} // namespace

MeetingColumn::MeetingColumn(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_meetings(new MeetingListModel(this))
    , m_agenda(new AgendaModel(this))
    , m_meetingList(new QListView)
    , m_agendaTree(new QTreeView)
    , m_meetingTitle(new QLabel)
    , m_meetingDetails(new QLabel)
    , m_statusBanner(new QLabel)
{
    // Meetings.
    m_meetingList->setObjectName(QStringLiteral("meetingList"));
    m_meetingList->setModel(m_meetings);
    m_meetingList->setItemDelegate(new MeetingItemDelegate(m_meetingList));
    m_meetingList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingList->setAccessibleName(tr("Meetings"));
    makeTouchFriendly(m_meetingList);
    auto *meetingsPane = new QWidget;
    auto *meetingsLayout = new QVBoxLayout(meetingsPane);
    meetingsLayout->setContentsMargins(0, 0, 0, 0);
    meetingsLayout->addWidget(sectionHeading(tr("Meetings"), meetingsPane));
    meetingsLayout->addWidget(m_meetingList);

    // Agenda of the selected meeting.
    m_agendaTree->setObjectName(QStringLiteral("agendaTree"));
    m_agendaTree->setModel(m_agenda);
    m_agendaTree->setHeaderHidden(true);
    m_agendaTree->setWordWrap(true);
    m_agendaTree->setUniformRowHeights(false);
    m_agendaTree->setIconSize(QSize(24, 24));
    m_agendaTree->setAccessibleName(tr("Agenda"));
    m_agendaTree->setStyleSheet(QStringLiteral("QTreeView::item { min-height: 40px; }"));
    makeTouchFriendly(m_agendaTree);
    m_meetingTitle->setWordWrap(true);
    m_meetingTitle->setObjectName(QStringLiteral("meetingTitle"));
    QFont titleFont = m_meetingTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_meetingTitle->setFont(titleFont);
    m_meetingTitle->setContentsMargins(6, 8, 6, 0);
    m_meetingDetails->setWordWrap(true);
    m_meetingDetails->setContentsMargins(6, 0, 6, 6);
    m_statusBanner->setObjectName(QStringLiteral("meetingStatusBanner"));
    m_statusBanner->setWordWrap(true);
    m_statusBanner->setContentsMargins(8, 6, 8, 6);
    m_statusBanner->setVisible(false);
    auto *agendaPane = new QWidget;
    auto *agendaLayout = new QVBoxLayout(agendaPane);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(sectionHeading(tr("Agenda"), agendaPane));
    agendaLayout->addWidget(m_statusBanner);
    agendaLayout->addWidget(m_meetingTitle);
    agendaLayout->addWidget(m_meetingDetails);
    agendaLayout->addWidget(m_agendaTree, 1);

    addWidget(meetingsPane);
    addWidget(agendaPane);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setChildrenCollapsible(false);
}

void MeetingColumn::showHeading(const Meeting *meeting)
{
    const QString status = meeting ? meeting->status.describe() : QString();
    m_statusBanner->setText(status);
    m_statusBanner->setVisible(!status.isEmpty());
    if (!status.isEmpty()) {
        const QColor colour = meeting->status.kind == MeetingStatusKind::Finished
            ? palette().color(QPalette::WindowText)
            : statusColour(meeting->status.kind);
        m_statusBanner->setStyleSheet(
            QStringLiteral("QLabel { font-weight: bold; color: %1; border: 2px solid %1; "
                           "border-radius: 4px; }")
                .arg(colour.name()));
    }
    if (!meeting) {
        m_meetingTitle->clear();
        m_meetingDetails->clear();
        return;
    }
    m_meetingTitle->setText(meeting->title);
    QStringList details { formatMeetingTime(meeting->start, meeting->end) };
    if (!meeting->location.isEmpty())
        details << meeting->location;
    if (!meeting->chairName.isEmpty())
        details << tr("Chair: %1").arg(meeting->chairName);
    m_meetingDetails->setText(details.join(u'\n'));
}

} // namespace phonghop::ui
