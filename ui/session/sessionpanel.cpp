#include "sessionpanel.h"
#include "style/flowlayout.h"

#include "meeting_core/session/demosession.h"
#include "meeting_core/session/sessionservice.h"
#include "meeting_core/store/auditlog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QMessageBox>
#include <QFileInfo>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setMinimumHeight(44);
    return b;
}

QString formatDuration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Tab pages scroll: a narrow dock must never clip the wrapped texts or the chair's controls.
QWidget *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Never sideways: buttons wrap and texts break instead (issue 14).
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// A wrapped label that keeps the height its text needs.
// Lists are rebuilt on every refresh (every 2 s in the app): what the chair selected in one
// must stay selected, or "Call" and "Confirm" would act on another row.
QString selectedData(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void selectByData(QListWidget *list, const QString &value)
{
    if (value.isEmpty())
        return;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == value) {
            list->setCurrentRow(row);
            return;
        }
    }
}

// Brings a list to these rows in place: rows that stay keep their item, so the selection, the
// scroll position and the geometry do not move under the chair's finger on a refresh (issue 14).
struct ListRow {
    QString key;
    QString text;
    bool italic = false;
};

void syncList(QListWidget *list, const QList<ListRow> &rows)
{
    const QString selected = selectedData(list);
    const int scroll = list->verticalScrollBar()->value();
    const QSignalBlocker block(list->selectionModel());
    for (int i = 0; i < rows.size(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (!item)
            item = new QListWidgetItem(list);
        if (item->text() != rows.at(i).text)
            item->setText(rows.at(i).text);
        if (item->data(Qt::UserRole).toString() != rows.at(i).key)
            item->setData(Qt::UserRole, rows.at(i).key);
        if (item->font().italic() != rows.at(i).italic) {
            QFont font = item->font();
            font.setItalic(rows.at(i).italic);
            item->setFont(font);
        }
    }
    while (list->count() > rows.size())
        delete list->takeItem(list->count() - 1);
    if (!selected.isEmpty() && selectedData(list) != selected) {
        list->clearSelection();
        selectByData(list, selected);
    }
    list->verticalScrollBar()->setValue(scroll);
}

// Refills a drop-down only when its entries changed: an open drop-down is not closed under
// the finger, and the choice stays.
void syncCombo(QComboBox *box, const QList<std::pair<QString, QString>> &entries, const QString &keep)
{
    bool same = box->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = box->itemText(i) == entries.at(i).second && box->itemData(i).toString() == entries.at(i).first;
    const QSignalBlocker block(box);
    if (!same) {
        box->clear();
        for (const auto &[data, text] : entries)
            box->addItem(text, data);
    }
    const int index = std::max(0, box->findData(keep));
    if (box->currentIndex() != index)
        box->setCurrentIndex(index);
}

void wrap(QLabel *label)
{
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 2) + QStringLiteral(" %");
}
} // namespace

SessionPanel::SessionPanel(SessionService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("sessionPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    buildHeader();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrolled(buildAttendanceTab()), tr("Roll call"));
    m_tabs->addTab(scrolled(buildSpeakersTab()), tr("Speakers"));
    m_tabs->addTab(scrolled(buildVotingTab()), tr("Voting"));
    m_tabs->addTab(scrolled(buildDecisionsTab()), tr("Conclusions"));
    m_tabs->addTab(buildAuditTab(), tr("Audit log"));
    layout->addWidget(m_tabs, 1);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &SessionPanel::updateTimer);
    m_clock->start();
    connect(&m_service, &SessionService::stateChanged, this, &SessionPanel::refreshFromState);
    connect(&m_service, &SessionService::identityChanged, this, &SessionPanel::refreshIdentity);
    connect(&m_service, &SessionService::problemOccurred, this,
        [this](const QString &message) { report(false, message); });
    refreshIdentity();
    refreshFromState();
}

SessionPanel::~SessionPanel() = default;

void SessionPanel::buildHeader()
{
    auto *box = new QWidget(this);
    auto *grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *identityRow = new QHBoxLayout;
    m_identity = new QLabel(box);
    m_identity->setObjectName(QStringLiteral("sessionIdentity"));
    wrap(m_identity);
    identityRow->addWidget(m_identity, 1);
    m_enrol = new QPushButton(tr("Enrol this device"), box);
    m_enrol->setObjectName(QStringLiteral("enrolDevice"));
    m_enrol->setMinimumHeight(44);
    m_enrol->setToolTip(tr("Pick who you are from the organisation's directory and ask the secretary to "
                           "approve this device"));
    m_enrol->hide();
    connect(m_enrol, &QPushButton::clicked, this, &SessionPanel::enrolmentRequested);
    m_actAs = new QComboBox(box);
    m_actAs->setObjectName(QStringLiteral("actAs"));
    m_actAs->setToolTip(tr("Demo only: act as another participant of the demo meeting"));
    // The identity has a line of its own: "not enrolled" needs room to be read (issue 14).
    grid->addLayout(identityRow);
    grid->addWidget(m_actAs);
    grid->addWidget(m_enrol);
    m_undelivered = new QLabel(box);
    m_undelivered->setObjectName(QStringLiteral("undelivered"));
    wrap(m_undelivered);
    m_undelivered->setStyleSheet(QStringLiteral("color: #7a4100; font-weight: bold;"));
    m_undelivered->hide();
    grid->addWidget(m_undelivered);
    m_item = new QLabel(box);
    m_item->setObjectName(QStringLiteral("currentItem"));
    wrap(m_item);
    QFont bold = m_item->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_item->setFont(bold);
    grid->addWidget(m_item);
    m_progress = new QProgressBar(box);
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(14);
    grid->addWidget(m_progress);
    m_shareStatus = new QLabel(box);
    m_shareStatus->setObjectName(QStringLiteral("sessionShareStatus"));
    wrap(m_shareStatus);
    m_shareStatus->setMargin(6);
    m_shareStatus->setAutoFillBackground(true);
    QPalette warning = m_shareStatus->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe5));
    warning.setColor(QPalette::WindowText, QColor(0x7a, 0x41, 0x00));
    m_shareStatus->setPalette(warning);
    m_shareStatus->hide();
    grid->addWidget(m_shareStatus);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    wrap(m_message);
    m_message->hide();
    grid->addWidget(m_message);
    layout()->addWidget(box);

    connect(m_actAs, &QComboBox::activated, this, [this](int index) {
        const Status s = m_service.actAs(m_actAs->itemData(index).toString());
        report(s.ok(), s.error());
    });
}

QWidget *SessionPanel::buildAttendanceTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_attendanceSummary = new QLabel(page);
    m_attendanceSummary->setObjectName(QStringLiteral("attendanceSummary"));
    wrap(m_attendanceSummary);
    v->addWidget(m_attendanceSummary);
    auto *row = new FlowLayout;
    m_checkIn = button(tr("Check in"), page);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_absent = button(tr("Absent…"), page);
    m_proxy = button(tr("Proxy…"), page);
    row->addWidget(m_checkIn);
    row->addWidget(m_absent);
    row->addWidget(m_proxy);
    v->addLayout(row);
    m_attendance = new QTableWidget(0, 3, page);
    m_attendance->setObjectName(QStringLiteral("attendanceTable"));
    m_attendance->setHorizontalHeaderLabels({ tr("Participant"), tr("Status"), tr("Note") });
    m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attendance->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_attendance->verticalHeader()->hide();
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendance->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_attendance, 1);
    auto *row2 = new FlowLayout;
    m_checkInSelected = button(tr("Check in selected"), page);
    m_checkInSelected->setToolTip(tr("Secretary: check in the selected participant"));
    auto *csv = button(tr("Export CSV…"), page);
    auto *pdf = button(tr("Export PDF…"), page);
    row2->addWidget(m_checkInSelected);
    row2->addWidget(csv);
    row2->addWidget(pdf);
    v->addLayout(row2);

    auto selectedId = [this]() -> QString {
        const int r = m_attendance->currentRow();
        return r >= 0 ? m_attendance->item(r, 0)->data(Qt::UserRole).toString() : QString();
    };
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        const Status s = m_service.checkIn();
        report(s.ok(), s.error());
    });
    connect(m_checkInSelected, &QPushButton::clicked, this, [this, selectedId] {
        const Status s = m_service.checkIn(selectedId());
        report(s.ok(), s.error());
    });
    connect(m_absent, &QPushButton::clicked, this, [this, selectedId] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Absence"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        const QString who = m_service.isSecretary() ? selectedId() : QString();
        const Status s = m_service.reportAbsence(who, reason);
        report(s.ok(), s.error());
    });
    connect(m_proxy, &QPushButton::clicked, this, [this, selectedId] {
        QStringList names;
        QStringList ids;
        for (const AttendanceEntry &e : m_service.state().attendance) {
            names << e.name;
            ids << e.participantId;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Proxy"), tr("Give my proxy to:"), names, 0, false, &ok);
        if (!ok)
            return;
        const QString who = m_service.isSecretary() ? selectedId() : QString();
        const Status s = m_service.giveProxy(who, ids.value(names.indexOf(name)));
        report(s.ok(), s.error());
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the attendance list"),
            QStringLiteral("diem-danh.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        const bool ok = f.open(QIODevice::WriteOnly) && f.write(exportAttendanceCsv(m_service.state())) > 0;
        report(ok, tr("Cannot write %1").arg(path));
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the attendance list"),
            QStringLiteral("diem-danh.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status s = m_service.writeAttendancePdf(path);
        report(s.ok(), s.error());
    });
    return page;
}

QWidget *SessionPanel::buildSpeakersTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *floorBox = new QGroupBox(tr("The floor"), page);
    auto *fv = new QHBoxLayout(floorBox);
    m_floor = new QLabel(floorBox);
    m_floor->setObjectName(QStringLiteral("floorHolder"));
    wrap(m_floor);
    m_floorTime = new QLabel(floorBox);
    m_floorTime->setObjectName(QStringLiteral("floorTime"));
    QFont big = m_floorTime->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_floorTime->setFont(big);
    fv->addWidget(m_floor, 1);
    fv->addWidget(m_floorTime);
    v->addWidget(floorBox);

    auto *row = new FlowLayout;
    m_askSpeak = button(tr("Ask to speak"), page);
    m_askSpeak->setObjectName(QStringLiteral("askToSpeak"));
    m_askQuestion = button(tr("Ask a question"), page);
    row->addWidget(m_askSpeak);
    row->addWidget(m_askQuestion);
    v->addLayout(row);
    v->addWidget(new QLabel(tr("Waiting to speak:"), page));
    m_queue = new QListWidget(page);
    m_queue->setObjectName(QStringLiteral("speakerQueue"));
    v->addWidget(m_queue, 1);

    m_follow = new QCheckBox(tr("Follow the presenter"), page);
    m_follow->setObjectName(QStringLiteral("followPresenter"));
    v->addWidget(m_follow);

    m_chairSpeakers = new QGroupBox(tr("Chair"), page);
    auto *cv = new QVBoxLayout(m_chairSpeakers);
    // The agenda item and "Make current" wrap onto two lines when the panel is narrow.
    auto *itemRow = new FlowLayout;
    m_itemChoice = new QComboBox(m_chairSpeakers);
    m_itemChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_itemChoice->setMinimumContentsLength(12);
    auto *setItem = button(tr("Make current"), m_chairSpeakers);
    itemRow->addWidget(m_itemChoice);
    itemRow->addWidget(setItem);
    cv->addLayout(itemRow);
    auto *chairRow = new FlowLayout;
    auto *callNext = button(tr("Call next"), m_chairSpeakers);
    callNext->setObjectName(QStringLiteral("callNext"));
    auto *start = button(tr("Start time"), m_chairSpeakers);
    start->setObjectName(QStringLiteral("startTime"));
    m_startTime = start;
    auto *stop = button(tr("Stop time"), m_chairSpeakers);
    stop->setObjectName(QStringLiteral("stopTime"));
    m_stopTime = stop;
    chairRow->addWidget(callNext);
    chairRow->addWidget(start);
    chairRow->addWidget(stop);
    cv->addLayout(chairRow);
    m_broadcast = new QCheckBox(tr("Broadcast my page to every seat"), m_chairSpeakers);
    cv->addWidget(m_broadcast);
    // The chair's controls come first: they are what the chair came to the tab for.
    v->insertWidget(0, m_chairSpeakers);

    const auto currentItem = [this] { return m_service.state().currentItemId; };
    connect(m_askSpeak, &QPushButton::clicked, this, [this, currentItem] {
        const Status s = m_service.requestToSpeak(currentItem(), SpeakType::Speak);
        report(s.ok(), s.error());
    });
    connect(m_askQuestion, &QPushButton::clicked, this, [this, currentItem] {
        const Status s = m_service.requestToSpeak(currentItem(), SpeakType::Question);
        report(s.ok(), s.error());
    });
    connect(callNext, &QPushButton::clicked, this, [this] {
        const int row = m_queue->currentRow();
        const Status s = row >= 0 ? m_service.callSpeaker(m_queue->item(row)->data(Qt::UserRole).toString())
                                  : m_service.callNextSpeaker();
        report(s.ok(), s.error());
    });
    connect(start, &QPushButton::clicked, this, [this] {
        const Status s = m_service.startSpeakingTime();
        report(s.ok(), s.error());
    });
    connect(stop, &QPushButton::clicked, this, [this] {
        const Status s = m_service.stopSpeakingTime();
        report(s.ok(), s.error());
    });
    connect(setItem, &QPushButton::clicked, this, [this] {
        const Status s = m_service.setCurrentItem(m_itemChoice->currentData().toString());
        report(s.ok(), s.error());
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        m_lastPresenterKey.clear();
        if (on)
            refreshSpeakers();
    });
    return page;
}

QWidget *SessionPanel::buildVotingTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_pollChoice = new QComboBox(page);
    m_pollChoice->setObjectName(QStringLiteral("pollChoice"));
    v->addWidget(m_pollChoice);
    m_pollTitle = new QLabel(page);
    wrap(m_pollTitle);
    QFont bold = m_pollTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_pollTitle->setFont(bold);
    v->addWidget(m_pollTitle);
    m_voteButtons = new FlowLayout;
    v->addLayout(m_voteButtons);
    m_pollStatus = new QLabel(page);
    m_pollStatus->setObjectName(QStringLiteral("pollStatus"));
    wrap(m_pollStatus);
    v->addWidget(m_pollStatus);
    m_results = new QTableWidget(0, 3, page);
    m_results->setObjectName(QStringLiteral("pollResults"));
    m_results->setHorizontalHeaderLabels({ tr("Option"), tr("Votes"), tr("Percent") });
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->hide();
    v->addWidget(m_results);
    m_resultSummary = new QLabel(page);
    m_resultSummary->setObjectName(QStringLiteral("resultSummary"));
    wrap(m_resultSummary);
    v->addWidget(m_resultSummary);
    m_verification = new QLabel(page);
    m_verification->setObjectName(QStringLiteral("ballotVerification"));
    wrap(m_verification);
    v->addWidget(m_verification);
    auto *exportCsv = button(tr("Export result CSV…"), page);
    m_exportResult = exportCsv;
    exportCsv->hide();
    v->addWidget(exportCsv, 0, Qt::AlignRight);
    v->addStretch();

    m_chairPoll = new QGroupBox(tr("Chair"), page);
    auto *form = new QFormLayout(m_chairPoll);
    m_newPollTitle = new QLineEdit(m_chairPoll);
    m_newPollTitle->setObjectName(QStringLiteral("newPollTitle"));
    m_newPollTitle->setPlaceholderText(tr("What is put to the vote"));
    form->addRow(tr("Title:"), m_newPollTitle);
    m_newPollKind = new QComboBox(m_chairPoll);
    m_newPollKind->setObjectName(QStringLiteral("newPollKind"));
    m_newPollKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newPollKind->setMinimumContentsLength(8);
    m_newPollKind->addItem(tr("Approve / disapprove / abstain"), static_cast<int>(PollKind::Approval));
    m_newPollKind->addItem(tr("Yes / no"), static_cast<int>(PollKind::YesNo));
    m_newPollKind->addItem(tr("Choose among options"), static_cast<int>(PollKind::Choice));
    form->addRow(tr("Kind:"), m_newPollKind);
    m_newPollOptions = new QLineEdit(m_chairPoll);
    m_newPollOptions->setPlaceholderText(tr("Options separated by ;"));
    m_newPollOptions->setEnabled(false);
    m_newPollMax = new QSpinBox(m_chairPoll);
    m_newPollMax->setRange(1, 50);
    m_newPollMax->setEnabled(false);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_newPollOptions, 1);
    optionsRow->addWidget(new QLabel(tr("at most"), m_chairPoll));
    optionsRow->addWidget(m_newPollMax);
    form->addRow(tr("Options:"), optionsRow);
    m_newPollPreset = new QComboBox(m_chairPoll);
    m_newPollPreset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newPollPreset->setMinimumContentsLength(8);
    const QHash<QString, QString> presetNames {
        { QStringLiteral("uy-ban-nhan-dan"), tr("People's Committee") },
        { QStringLiteral("hdnd"), tr("People's Council") },
        { QStringLiteral("hdnd-mien-nhiem"), tr("People's Council, dismissal") },
        { QStringLiteral("da-so-phieu"), tr("Majority of ballots cast") },
    };
    for (const QString &id : VotingRule::presetIds()) {
        m_newPollPreset->addItem(presetNames.value(id, id), id);
        m_newPollPreset->setItemData(m_newPollPreset->count() - 1, VotingRule::fromPreset(id)->describe(), Qt::ToolTipRole);
    }
    form->addRow(tr("Rule:"), m_newPollPreset);
    auto *ruleText = new QLabel(m_chairPoll);
    wrap(ruleText);
    form->addRow(QString(), ruleText);
    const auto showRule = [this, ruleText] {
        const std::optional<VotingRule> rule = VotingRule::fromPreset(m_newPollPreset->currentData().toString());
        ruleText->setText(rule ? rule->describe() : QString());
    };
    connect(m_newPollPreset, &QComboBox::currentIndexChanged, this, showRule);
    showRule();
    m_newPollSecret = new QCheckBox(tr("Secret ballot"), m_chairPoll);
    form->addRow(QString(), m_newPollSecret);
    auto *chairRow = new FlowLayout;
    auto *open = button(tr("Open poll"), m_chairPoll);
    open->setObjectName(QStringLiteral("openPoll"));
    m_closePoll = button(tr("Close poll"), m_chairPoll);
    m_closePoll->setObjectName(QStringLiteral("closePoll"));
    chairRow->addWidget(open);
    chairRow->addWidget(m_closePoll);
    form->addRow(chairRow);
    m_pending = new QLabel(m_chairPoll);
    wrap(m_pending);
    form->addRow(m_pending);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    v->insertWidget(0, m_chairPoll);

    connect(m_newPollKind, &QComboBox::currentIndexChanged, this, [this] {
        const bool choice = m_newPollKind->currentData().toInt() == static_cast<int>(PollKind::Choice);
        m_newPollOptions->setEnabled(choice);
        m_newPollMax->setEnabled(choice);
    });
    connect(m_pollChoice, &QComboBox::currentIndexChanged, this, &SessionPanel::refreshVoting);
    connect(open, &QPushButton::clicked, this, [this] {
        PollDefinition poll;
        poll.id = m_service.nextPollId();
        poll.title = m_newPollTitle->text().trimmed();
        poll.kind = static_cast<PollKind>(m_newPollKind->currentData().toInt());
        poll.options = PollDefinition::defaultOptions(poll.kind);
        if (poll.kind == PollKind::Choice) {
            poll.options.clear();
            for (const QString &label : m_newPollOptions->text().split(u';', Qt::SkipEmptyParts))
                poll.options << PollOption { label.trimmed(), OptionMeaning::Candidate };
            poll.maxChoices = m_newPollMax->value();
        }
        poll.secret = m_newPollSecret->isChecked();
        poll.rule = *VotingRule::fromPreset(m_newPollPreset->currentData().toString());
        if (poll.title.isEmpty()) {
            report(false, tr("Give the poll a title"));
            return;
        }
        const Result<QString> opened = m_service.openPoll(poll);
        report(opened.ok(), opened.error());
        if (opened) {
            m_newPollTitle->clear();
            m_selectPollWhenSeen = opened.value(); // in the app the state arrives a moment later
            refreshVoting();
        }
    });
    connect(m_closePoll, &QPushButton::clicked, this, [this] {
        const PollState *poll = m_service.state().poll(currentPollId());
        if (!poll || !confirm(tr("Close the poll"),
                              tr("Close the poll \"%1\"? No ballot is accepted after it is closed, and the "
                                 "result is signed and sent to every seat.").arg(poll->open.poll.title),
                              tr("Close the poll")))
            return;
        const Status s = m_service.closePoll(currentPollId());
        report(s.ok(), s.error());
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QByteArray csv = m_service.exportPollCsv(currentPollId());
        if (csv.isEmpty()) {
            report(false, tr("The poll is not closed yet"));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the result"),
            currentPollId() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        report(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size(), tr("Cannot write %1").arg(path));
    });
    return page;
}

QWidget *SessionPanel::buildDecisionsTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_chainStatus = new QLabel(page);
    m_chainStatus->setObjectName(QStringLiteral("chainStatus"));
    wrap(m_chainStatus);
    v->addWidget(m_chainStatus);
    m_decisions = new QListWidget(page);
    m_decisions->setObjectName(QStringLiteral("decisionList"));
    m_decisions->setWordWrap(true);
    v->addWidget(m_decisions, 1);
    // The secretary's conclusions are drafts in the list; the chair confirms the selected one.
    m_confirmDraft = button(tr("Confirm the secretary's draft"), page);
    m_confirmDraft->setObjectName(QStringLiteral("confirmDraft"));
    v->addWidget(m_confirmDraft);
    connect(m_confirmDraft, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_decisions->currentItem();
        QString hash = item ? item->data(Qt::UserRole).toString() : QString();
        const QList<ConclusionDraft> drafts = m_service.state().unconfirmedDrafts();
        if (hash.isEmpty() && drafts.size() == 1)
            hash = drafts.first().hash;
        if (hash.isEmpty()) {
            report(false, tr("Select the draft to confirm in the list"));
            return;
        }
        const Status s = m_service.confirmConclusion(hash);
        report(s.ok(), s.error());
    });
    m_chairDecisions = new QGroupBox(tr("Conclusion"), page);
    auto *cv = new QVBoxLayout(m_chairDecisions);
    m_conclusion = new QPlainTextEdit(m_chairDecisions);
    m_conclusion->setPlaceholderText(tr("Conclusion for the current agenda item"));
    m_conclusion->setMaximumHeight(80);
    cv->addWidget(m_conclusion);
    m_recordConclusion = button(tr("Record the conclusion"), m_chairDecisions);
    m_recordConclusion->setObjectName(QStringLiteral("recordConclusion"));
    auto *record = m_recordConclusion;
    cv->addWidget(record);
    v->addWidget(m_chairDecisions);
    auto *minutesBox = new QGroupBox(tr("Minutes"), page);
    auto *mv = new QVBoxLayout(minutesBox);
    m_minutesStatus = new QLabel(minutesBox);
    wrap(m_minutesStatus);
    mv->addWidget(m_minutesStatus);
    auto *mrow = new FlowLayout;
    auto *generate = button(tr("Generate minutes…"), minutesBox);
    m_signMinutes = button(tr("Sign minutes"), minutesBox);
    mrow->addWidget(generate);
    mrow->addWidget(m_signMinutes);
    mv->addLayout(mrow);
    v->addWidget(minutesBox);

    connect(record, &QPushButton::clicked, this, [this] {
        const SessionState &state = m_service.state();
        QStringList polls;
        for (const PollState &p : state.polls) {
            bool cited = false;
            for (const DecisionRecord &d : state.chain.decisions)
                cited = cited || d.pollCloseHashes.contains(p.closeHash);
            if (p.closed && !cited)
                polls << p.open.poll.id; // closed since the last conclusion
        }
        const Status s = m_service.recordConclusion(state.currentItemId, m_conclusion->toPlainText().trimmed(), polls);
        report(s.ok(), s.error());
        if (s)
            m_conclusion->clear();
    });
    connect(generate, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Minutes"),
            QStringLiteral("bien-ban.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status s = m_service.writeMinutes(path, MinutesInfo {});
        report(s.ok(), s.error());
        if (s)
            m_lastMinutesPath = path;
        refreshDecisions();
    });
    connect(m_signMinutes, &QPushButton::clicked, this, [this] {
        if (!confirm(tr("Sign the minutes"),
                     tr("Sign the minutes %1? Once signed they are locked and cannot be changed.")
                         .arg(QFileInfo(m_lastMinutesPath).fileName()),
                     tr("Sign the minutes")))
            return;
        const Status s = m_service.signMinutes(m_lastMinutesPath);
        report(s.ok(), s.error());
    });
    return page;
}

QWidget *SessionPanel::buildAuditTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_audit = new QTableWidget(0, 4, page);
    m_audit->setObjectName(QStringLiteral("auditTable"));
    m_audit->setHorizontalHeaderLabels({ tr("Time"), tr("Who"), tr("Action"), tr("Details") });
    m_audit->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_audit->verticalHeader()->hide();
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_audit, 1);
    auto *exportCsv = button(tr("Export CSV…"), page);
    v->addWidget(exportCsv, 0, Qt::AlignRight);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"),
            QStringLiteral("luu-vet.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        const QByteArray csv = m_service.auditLog().exportCsv();
        report(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size(), tr("Cannot write %1").arg(path));
    });
    return page;
}

bool SessionPanel::confirm(const QString &title, const QString &question, const QString &yes)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void SessionPanel::report(bool ok, const QString &error)
{
    m_message->setVisible(!ok);
    m_message->setText(ok ? QString() : error);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
}

QString SessionPanel::nameOf(const QString &participantId) const
{
    const RosterParticipant *p = m_service.state().roster.roster.participant(participantId);
    return p ? p->name : participantId;
}

QString SessionPanel::itemTitle(const QString &itemId) const
{
    const std::optional<Meeting> meeting = m_service.meeting();
    if (meeting)
        for (const AgendaItem &item : meeting->agenda)
            if (item.id == itemId)
                return item.number + QStringLiteral(". ") + item.title;
    return itemId;
}

QString SessionPanel::currentPollId() const
{
    return m_pollChoice->currentData().toString();
}

void SessionPanel::refreshIdentity()
{
    const bool demo = m_service.isDemoShare();
    m_actAs->setVisible(demo);
    if (demo) {
        const QSignalBlocker block(m_actAs);
        m_actAs->clear();
        m_actAs->addItem(tr("This device's own key"), QString());
        const SessionState &state = m_service.state();
        for (const QString &id : demosession::participantIds()) {
            const RosterParticipant *p = state.roster.roster.participant(id);
            m_actAs->addItem(tr("Act as %1").arg(p ? p->name + QStringLiteral(" (") + roleDisplayName(p->role) + u')' : id), id);
        }
        m_actAs->setCurrentIndex(std::max(0, m_actAs->findData(m_service.actingAs())));
    }
}

void SessionPanel::refreshFromState()
{
    if (m_actAs->isVisible() && m_actAs->count() > 1 && m_actAs->itemText(1).contains(QStringLiteral("p-an")))
        refreshIdentity(); // names arrive with the roster
    const RosterParticipant *me = m_service.self();
    if (!m_service.hasRoster())
        m_identity->setText(tr("Waiting for the meeting roster from the share…"));
    else if (!me)
        m_identity->setText(tr("This device is not enrolled in the roster yet (key %1). Ask the secretary.")
                                .arg(keyFingerprint(m_service.publicKey())));
    else
        m_identity->setText(tr("<b>%1</b> — %2").arg(me->name.toHtmlEscaped(), roleDisplayName(me->role)));
    m_enrol->setVisible(!me && !m_service.isDemoShare() && !m_service.sharePath().isEmpty());
    m_shareStatus->setVisible(!m_service.shareReachable());
    // What this seat did that is not on the share yet: a ballot, a check-in (SessionService).
    const QList<SessionService::Undelivered> undelivered = m_service.undelivered();
    m_undelivered->setVisible(!undelivered.isEmpty());
    if (!undelivered.isEmpty()) {
        QString text = tr("Not delivered yet: %n record(s) wait to be sent to the shared folder.", nullptr,
                          static_cast<int>(undelivered.size()));
        if (!undelivered.last().error.isEmpty())
            text += u' ' + undelivered.last().error;
        m_undelivered->setText(text);
    }
    if (!m_service.shareReachable()) {
        const QDateTime at = m_service.lastReadAt();
        m_shareStatus->setText(at.isValid()
                ? tr("The shared folder cannot be reached. The session is shown as read at %1; "
                     "what you do here is kept and delivered when the folder is back.")
                      .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat))
                : tr("The shared folder cannot be reached. What you do here is kept and delivered "
                     "when the folder is back."));
    }
    const SessionState &state = m_service.state();
    const std::optional<Meeting> meeting = m_service.meeting();
    // The draft minutes written here belong to one meeting; another meeting's panel never shows them.
    const QString meetingId = meeting ? meeting->id : QString();
    if (meetingId != m_minutesMeetingId) {
        m_minutesMeetingId = meetingId;
        m_lastMinutesPath.clear();
    }
    int index = -1;
    int total = 0;
    if (meeting) {
        for (const AgendaItem &item : meeting->agenda) {
            if (!item.parentId.isEmpty())
                continue;
            if (item.id == state.currentItemId)
                index = total;
            ++total;
        }
    }
    m_item->setText(state.currentItemId.isEmpty() ? tr("The session has not started an agenda item yet")
                                                  : tr("Now: %1").arg(itemTitle(state.currentItemId)));
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(index + 1);
    m_progress->setFormat(total > 0 ? tr("Item %1 of %2").arg(index + 1).arg(total) : QString());
    m_progress->setVisible(total > 0);
    {
        QList<std::pair<QString, QString>> items;
        if (meeting)
            for (const AgendaItem &item : meeting->agenda)
                items.append({item.id, item.number + QStringLiteral(". ") + item.title});
        syncCombo(m_itemChoice, items, m_itemChoice->currentData().toString());
    }
    const bool chair = m_service.isChair();
    m_chairSpeakers->setVisible(chair);
    m_chairPoll->setVisible(chair);
    m_chairDecisions->setVisible(chair || m_service.isSecretary());
    // Short labels that fit a 360 px panel; what they do in full in the tooltip.
    m_recordConclusion->setText(chair ? tr("Record the conclusion") : tr("Draft the conclusion"));
    m_recordConclusion->setToolTip(chair ? tr("Record conclusion (with the item's closed polls)")
                                         : tr("Write the conclusion for the chair to confirm"));
    m_signMinutes->setVisible(chair);
    m_checkInSelected->setVisible(m_service.isSecretary());
    refreshAttendance();
    refreshSpeakers();
    refreshVoting();
    refreshDecisions();
    refreshAudit();
}

void SessionPanel::refreshAttendance()
{
    const SessionState &state = m_service.state();
    const AttendanceSummary &s = state.summary;
    m_attendanceSummary->setText(tr("Present: %1 · Absent: %2 · Proxy: %3 · Not checked in: %4 — %5")
                                     .arg(s.present)
                                     .arg(s.absent - s.notCheckedIn)
                                     .arg(s.proxy)
                                     .arg(s.notCheckedIn)
                                     .arg(s.quorumMet ? tr("<b style=\"color:#1b5e20\">quorum met</b>")
                                                      : tr("<b style=\"color:#b00020\">no quorum yet</b>")));
    const int keep = m_attendance->currentRow();
    m_attendance->setRowCount(static_cast<int>(state.attendance.size()));
    int row = 0;
    for (const AttendanceEntry &e : state.attendance) {
        auto *name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.participantId);
        name->setToolTip(e.title);
        m_attendance->setItem(row, 0, name);
        auto *status = new QTableWidgetItem(attendanceStatusName(e.status));
        if (e.status == AttendanceStatus::Present)
            status->setForeground(QColor(0x1b, 0x5e, 0x20));
        else if (e.status == AttendanceStatus::Absent)
            status->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (e.status == AttendanceStatus::Proxy)
            status->setForeground(QColor(0x15, 0x65, 0xc0));
        m_attendance->setItem(row, 1, status);
        QString note = e.reason;
        if (e.status == AttendanceStatus::Proxy)
            note = tr("to %1").arg(nameOf(e.proxyTo)) + (e.reason.isEmpty() ? QString() : QStringLiteral(" — ") + e.reason);
        m_attendance->setItem(row, 2, new QTableWidgetItem(note));
        ++row;
    }
    if (keep >= 0 && keep < m_attendance->rowCount())
        m_attendance->selectRow(keep);
    const AttendanceEntry *mine = m_service.self() ? state.attendanceOf(m_service.self()->id) : nullptr;
    m_checkIn->setEnabled(m_service.self() && (!mine || mine->status != AttendanceStatus::Present));
}

void SessionPanel::refreshSpeakers()
{
    const SessionState &state = m_service.state();
    if (state.floor) {
        const Floor &f = *state.floor;
        // "has the floor" already says it is a speech; only a question is named.
        const QString finished = f.stoppedAt.isValid() ? tr(" — finished") : QString();
        m_floor->setText(f.type == SpeakType::Question
                ? tr("<b>%1</b> has the floor (%2)%3").arg(nameOf(f.participantId).toHtmlEscaped(), tr("question"), finished)
                : tr("<b>%1</b> has the floor%2").arg(nameOf(f.participantId).toHtmlEscaped(), finished));
    } else {
        m_floor->setText(tr("Nobody has the floor"));
    }
    updateTimer();
    const bool running = state.floor && state.floor->startedAt.isValid() && !state.floor->stoppedAt.isValid();
    m_startTime->setEnabled(state.floor && !running);
    m_stopTime->setEnabled(running);
    QList<ListRow> rows;
    int n = 0;
    for (const SpeakRequest &r : state.queue()) {
        rows.append({r.hash,
                     QStringLiteral("%1. %2 — %3%4")
                         .arg(++n)
                         .arg(nameOf(r.participantId),
                             r.type == SpeakType::Question ? tr("question") : tr("speech"),
                             r.itemId == state.currentItemId || r.itemId.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + itemTitle(r.itemId) + u')')});
    }
    syncList(m_queue, rows);
    if (m_follow->isChecked() && state.presenter.isSet()) {
        const QString key = state.presenter.documentSha256 + u'#' + QString::number(state.presenter.page);
        if (key != m_lastPresenterKey) {
            m_lastPresenterKey = key;
            Q_EMIT followPresenter(state.presenter.documentSha256, state.presenter.page);
        }
    }
}

void SessionPanel::updateTimer()
{
    const SessionState &state = m_service.state();
    if (!state.floor || !state.floor->startedAt.isValid()) {
        m_floorTime->setText(QStringLiteral("--:--"));
        return;
    }
    const QDateTime end = state.floor->stoppedAt.isValid() ? state.floor->stoppedAt : QDateTime::currentDateTimeUtc();
    m_floorTime->setText(formatDuration(std::max<qint64>(0, state.floor->startedAt.secsTo(end))));
}

void SessionPanel::rebuildVoteButtons()
{
    const PollState *poll = m_service.state().poll(currentPollId());
    const QString key = poll ? poll->open.recordHash : QString();
    if (key == m_voteButtonsPoll)
        return;
    m_voteButtonsPoll = key;
    qDeleteAll(m_voteButtonList);
    m_voteButtonList.clear();
    if (!poll)
        return;
    const bool multi = poll->open.poll.maxChoices > 1;
    for (int i = 0; i < poll->open.poll.options.size(); ++i) {
        const PollOption &option = poll->open.poll.options.at(i);
        auto *b = new QPushButton(option.label, this);
        b->setObjectName(QStringLiteral("vote-%1").arg(i));
        b->setMinimumHeight(64);
        b->setCheckable(multi);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        b->setFont(f);
        const QString colour = option.meaning == OptionMeaning::Yes ? QStringLiteral("#2e7d32")
            : option.meaning == OptionMeaning::No                   ? QStringLiteral("#c62828")
            : option.meaning == OptionMeaning::Abstain              ? QStringLiteral("#616161")
                                                                    : QStringLiteral("#1565c0");
        b->setStyleSheet(QStringLiteral("QPushButton{background:%1;color:white;border-radius:6px;padding:8px}"
                                        "QPushButton:disabled{background:#bdbdbd;color:#eeeeee}"
                                        "QPushButton:checked{border:3px solid #ffd600}")
                             .arg(colour));
        m_voteButtons->addWidget(b);
        m_voteButtonList << b;
        if (!multi) {
            connect(b, &QPushButton::clicked, this, [this, i] {
                const Status s = m_service.castVote(currentPollId(), { i });
                report(s.ok(), s.error());
            });
        }
    }
    if (multi) {
        auto *submit = new QPushButton(tr("Cast"), this);
        submit->setMinimumHeight(64);
        m_voteButtons->addWidget(submit);
        m_voteButtonList << submit;
        connect(submit, &QPushButton::clicked, this, [this] {
            QList<int> choices;
            for (int i = 0; i < m_voteButtonList.size() - 1; ++i)
                if (m_voteButtonList.at(i)->isChecked())
                    choices << i;
            const Status s = m_service.castVote(currentPollId(), choices);
            report(s.ok(), s.error());
        });
    }
}

void SessionPanel::refreshVoting()
{
    const SessionState &state = m_service.state();
    {
        QString keep = currentPollId();
        QString lastOpen;
        QList<std::pair<QString, QString>> entries;
        for (const PollState &p : state.polls) {
            entries.append({p.open.poll.id, (p.closed ? tr("[closed] ") : tr("[open] ")) + p.open.poll.title});
            if (!p.closed)
                lastOpen = p.open.poll.id;
        }
        if (!lastOpen.isEmpty() && (keep.isEmpty() || (state.poll(keep) && state.poll(keep)->closed && keep != lastOpen)))
            keep = state.poll(keep) && !state.poll(keep)->closed ? keep : lastOpen;
        if (keep.isEmpty() && !state.polls.isEmpty())
            keep = state.polls.last().open.poll.id;
        if (!m_selectPollWhenSeen.isEmpty() && state.poll(m_selectPollWhenSeen))
            keep = std::exchange(m_selectPollWhenSeen, QString());
        syncCombo(m_pollChoice, entries, keep);
        m_pollChoice->setVisible(state.polls.size() > 1);
    }
    rebuildVoteButtons();
    const PollState *poll = state.poll(currentPollId());
    m_results->setRowCount(0);
    m_results->hide();
    m_resultSummary->clear();
    m_verification->clear();
    m_pending->clear();
    if (!poll) {
        m_pollTitle->setText(tr("No poll is open"));
        m_pollStatus->clear();
        m_closePoll->setEnabled(false);
        m_exportResult->hide();
        return;
    }
    m_pollTitle->setText(poll->open.poll.title + (poll->open.poll.secret ? tr(" (secret ballot)") : QString()));
    const bool canVote = m_service.self() && m_service.self()->entitledToVote() && !poll->closed;
    for (QPushButton *b : std::as_const(m_voteButtonList)) {
        b->setEnabled(canVote);
        b->setVisible(!poll->closed); // the result takes their place
    }
    // Mark this seat's current choice on its button.
    const int optionCount = static_cast<int>(poll->open.poll.options.size());
    for (int i = 0; i < optionCount && i < m_voteButtonList.size(); ++i) {
        const bool mine = poll->ownBallot && poll->ownBallot->choices.contains(i);
        m_voteButtonList.at(i)->setText((mine ? QStringLiteral("✓ ") : QString()) + poll->open.poll.options.at(i).label);
    }
    m_exportResult->setVisible(poll->closed);
    m_closePoll->setEnabled(!poll->closed);
    QString status;
    if (!poll->closed) {
        status = tr("Open. %1 of %2 have voted.")
                     .arg(poll->ballots.accepted.size())
                     .arg(poll->ballots.accepted.size() + poll->pendingVoters.size());
        if (poll->ownBallot) {
            QStringList labels;
            for (int c : poll->ownBallot->choices)
                labels << poll->open.poll.options.value(c).label;
            status += u' ' + tr("Your vote: %1 — you may change it until the poll is closed.").arg(labels.join(QStringLiteral(", ")));
        }
    } else {
        status = tr("Closed.");
    }
    m_pollStatus->setText(status);
    if (m_service.isChair() && !poll->closed && !poll->open.poll.secret) {
        QStringList names;
        for (const QString &id : poll->pendingVoters)
            names << nameOf(id);
        m_pending->setText(names.isEmpty() ? tr("Everyone has voted.") : tr("Not voted yet: %1").arg(names.join(QStringLiteral(", "))));
    } else if (m_service.isChair() && !poll->closed) {
        m_pending->setText(tr("Not voted yet: %1").arg(poll->pendingVoters.size()));
    }
    if (!poll->closed)
        return;
    const TallyResult &r = poll->result;
    m_results->setRowCount(static_cast<int>(r.options.size()));
    int row = 0;
    for (const OptionResult &o : r.options) {
        m_results->setItem(row, 0, new QTableWidgetItem(o.option.label + (o.elected ? tr(" (elected)") : QString())));
        m_results->setItem(row, 1, new QTableWidgetItem(QString::number(o.weight)));
        m_results->setItem(row, 2, new QTableWidgetItem(percentText(o.percent)));
        ++row;
    }
    // As tall as its rows: the result reads at a glance, without scrolling inside it.
    int height = m_results->horizontalHeader()->sizeHint().height() + 2 * m_results->frameWidth();
    for (int i = 0; i < m_results->rowCount(); ++i)
        height += m_results->rowHeight(i);
    m_results->setFixedHeight(height);
    m_results->show();
    m_resultSummary->setText((r.passed ? tr("<b style=\"color:#1b5e20\">PASSED</b>") : tr("<b style=\"color:#b00020\">NOT PASSED</b>"))
        + QStringLiteral("<br/>") + r.explanation.toHtmlEscaped()); // the explanation states the rule once
    QString check = poll->verification.summary();
    if (poll->ownBallot && !poll->verification.ownBallotCounted)
        check += u' ' + tr("Warning: your last ballot is not counted in the chair's result.");
    if (!poll->closeProblems.isEmpty())
        check += u' ' + poll->closeProblems.join(u' ');
    m_verification->setText(check);
    m_verification->setStyleSheet(poll->closeProblems.isEmpty() ? QString() : QStringLiteral("color:#b00020"));
}

void SessionPanel::refreshDecisions()
{
    const SessionState &state = m_service.state();
    QList<ListRow> rows;
    for (const DecisionRecord &d : state.chain.decisions)
        rows.append({QString(), QStringLiteral("%1: %2").arg(itemTitle(d.agendaItemId), d.conclusion)});
    const QList<ConclusionDraft> drafts = state.unconfirmedDrafts();
    for (const ConclusionDraft &d : drafts) {
        const QString title = itemTitle(d.itemId);
        const QString text = title.isEmpty() ? d.conclusion : title + QStringLiteral(": ") + d.conclusion;
        rows.append({d.hash, tr("Draft by %1, awaiting the chair — %2").arg(nameOf(d.writtenBy), text), true});
    }
    syncList(m_decisions, rows);
    m_confirmDraft->setVisible(m_service.isChair() && !drafts.isEmpty());
    if (state.chain.ok()) {
        m_chainStatus->setText(tr("%n decision(s), signed by the chair, chain intact.", nullptr,
            static_cast<int>(state.chain.decisions.size())));
        m_chainStatus->setStyleSheet(QString());
    } else {
        QStringList problems;
        for (const ChainProblem &p : state.chain.problems)
            problems << p.message;
        m_chainStatus->setText(tr("Warning: the decision record on the share was altered: %1").arg(problems.join(u' ')));
        m_chainStatus->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
    }
    if (!state.minutesSha256.isEmpty())
        m_minutesStatus->setText(tr("The chair signed the minutes on %1; they are locked (SHA-256 %2…).")
                                     .arg(QLocale().toString(state.minutesSignedAt.toLocalTime(), QLocale::ShortFormat),
                                         state.minutesSha256.left(16)));
    else
        m_minutesStatus->setText(m_lastMinutesPath.isEmpty() ? tr("Draft minutes not generated yet.")
                                                             : tr("Draft: %1").arg(m_lastMinutesPath));
    m_signMinutes->setEnabled(state.minutesSha256.isEmpty() && !m_lastMinutesPath.isEmpty());
}

void SessionPanel::refreshAudit()
{
    const QList<AuditLog::Entry> entries = m_service.auditLog().entries();
    m_audit->setRowCount(static_cast<int>(entries.size()));
    int row = 0;
    for (const AuditLog::Entry &e : entries) {
        m_audit->setItem(row, 0, new QTableWidgetItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        m_audit->setItem(row, 1, new QTableWidgetItem(nameOf(e.actor)));
        m_audit->setItem(row, 2, new QTableWidgetItem(e.action));
        m_audit->setItem(row, 3, new QTableWidgetItem(e.subject + (e.details.isEmpty() ? QString() : QStringLiteral(": ") + e.details)));
        ++row;
    }
}

void SessionPanel::presenterPageChanged(const QString &documentSha256, int page)
{
    if (!m_broadcast->isChecked() || !m_service.isChair())
        return;
    const Status s = m_service.broadcastPage(documentSha256, page);
    report(s.ok(), s.error());
}

bool SessionPanel::isFollowingPresenter() const
{
    return m_follow->isChecked();
}

} // namespace phonghop::ui
