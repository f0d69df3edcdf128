#include "stats/statisticspage.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/store/meetingcache.h"
#include "stats/barchartwidget.h"
#include "stats/statisticstablemodel.h"
#include "style/flowlayout.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace phonghop::ui {

namespace {
constexpr int besideFromWidth = 1100; // narrower (a portrait tablet): the chart above the table

QPushButton *touchButton(const QString &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(icon), text, parent);
    button->setMinimumHeight(44);
    return button;
}

const QList<StatisticsTableId> tableOrder { StatisticsTableId::Attendance,
    StatisticsTableId::Speeches, StatisticsTableId::SpeechesByItem, StatisticsTableId::Polls,
    StatisticsTableId::Documents, StatisticsTableId::DocumentKinds,
    StatisticsTableId::Consultations };

QString tabName(StatisticsTableId id)
{
    switch (id) {
    case StatisticsTableId::Attendance:
        return StatisticsPage::tr("Attendance");
    case StatisticsTableId::Speeches:
        return StatisticsPage::tr("Speeches");
    case StatisticsTableId::SpeechesByItem:
        return StatisticsPage::tr("By agenda item");
    case StatisticsTableId::Polls:
        return StatisticsPage::tr("Polls");
    case StatisticsTableId::Documents:
        return StatisticsPage::tr("Documents");
    case StatisticsTableId::DocumentKinds:
        return StatisticsPage::tr("Document kinds");
    case StatisticsTableId::Consultations:
        return StatisticsPage::tr("Consultations");
    }
    return {};
}
} // namespace

struct StatisticsPage::Outcome {
    Statistics statistics;
    QList<StatisticsTable> shown; // formatted for the interface language
    QList<StatisticsTable> plain; // plain digits: the sort keys
    SummaryUpdate update;
    bool updated = false; // the share was given: update holds what was read
    QString error;
    qint64 computeMs = 0;
};

StatisticsPage::StatisticsPage(MeetingCache &cache, QString sharePath, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_sharePath(std::move(sharePath))
{
    setObjectName(QStringLiteral("statisticsPage"));
    buildUi();
    reloadUnits();
    setQuickPeriod(2); // this year
}

StatisticsPage::~StatisticsPage()
{
    for (const std::unique_ptr<QThread> &worker : m_workers)
        worker->wait();
}

void StatisticsPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);

    // The period and its quick choices (one line when wide, wrapped on a tablet), then the
    // unit and "Show".
    auto *periodBox = new QWidget(this);
    auto *flow = new FlowLayout(periodBox, 8);
    flow->setContentsMargins(0, 0, 0, 0);
    auto *dates = new QWidget(periodBox);
    auto *datesRow = new QHBoxLayout(dates);
    datesRow->setContentsMargins(0, 0, 0, 0);
    auto *periodLabel = new QLabel(tr("Period from"), dates);
    m_from = new QDateEdit(dates);
    m_to = new QDateEdit(dates);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMinimumHeight(44);
        edit->setMinimumWidth(150);
    }
    m_from->setObjectName(QStringLiteral("statsFrom"));
    m_to->setObjectName(QStringLiteral("statsTo"));
    periodLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"), dates);
    toLabel->setBuddy(m_to);
    datesRow->addWidget(periodLabel);
    datesRow->addWidget(m_from);
    datesRow->addWidget(toLabel);
    datesRow->addWidget(m_to);
    flow->addWidget(dates);
    const QStringList quick { tr("This month"), tr("This quarter"), tr("This year"),
        tr("Last year") };
    for (int i = 0; i < quick.size(); ++i) {
        auto *button = new QPushButton(quick[i], periodBox);
        button->setObjectName(QStringLiteral("statsQuick%1").arg(i));
        button->setMinimumHeight(44);
        connect(button, &QPushButton::clicked, this, [this, i] { setQuickPeriod(i); });
        flow->addWidget(button);
    }
    outer->addWidget(periodBox);

    auto *unitLabel = new QLabel(tr("Unit"), this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("statsUnit"));
    m_unit->setMinimumHeight(44);
    m_unit->setMinimumWidth(220);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    unitLabel->setBuddy(m_unit);
    m_show = touchButton(QStringLiteral("view-statistics"), tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("statsShow"));
    m_show->setMinimumWidth(120);
    QFont bold = m_show->font();
    bold.setBold(true);
    m_show->setFont(bold);
    m_show->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMinimumHeight(32);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel = touchButton(QStringLiteral("process-stop"), tr("Cancel"), this);
    m_cancel->hide();
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(unitLabel);
    unitRow->addWidget(m_unit, 1);
    unitRow->addWidget(m_show);
    unitRow->addWidget(m_progress);
    unitRow->addWidget(m_cancel);
    outer->addLayout(unitRow);

    // What the figures cover, and what they miss.
    m_status = new QLabel(tr("Choose a period and a unit, then Show."), this);
    m_status->setObjectName(QStringLiteral("statsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    outer->addWidget(m_status);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("statsMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c36c; "
                       "border-radius: 4px; padding: 6px; }"));
    m_missing->hide();
    outer->addWidget(m_missing);

    // One tab per table, each with its chart.
    m_results = new QTabWidget(this);
    m_results->setObjectName(QStringLiteral("statsTables"));
    m_results->setStyleSheet(QStringLiteral("QTabBar::tab { min-height: 40px; padding: 0 14px; }"));
    m_results->setUsesScrollButtons(true);
    for (StatisticsTableId id : tableOrder) {
        TablePage p;
        p.page = new QWidget(m_results);
        auto *pageLayout = new QVBoxLayout(p.page);
        pageLayout->setContentsMargins(4, 4, 4, 4);
        p.note = new QLabel(p.page);
        p.note->setWordWrap(true);
        p.note->hide();
        pageLayout->addWidget(p.note);
        p.layout = new QBoxLayout(QBoxLayout::LeftToRight);
        pageLayout->addLayout(p.layout, 1);
        p.chart = new BarChartWidget(p.page);
        p.model = new StatisticsTableModel(p.page);
        auto *proxy = new QSortFilterProxyModel(p.page);
        proxy->setSourceModel(p.model);
        proxy->setSortRole(StatisticsTableModel::SortRole);
        proxy->setSortLocaleAware(true);
        p.view = new QTableView(p.page);
        p.view->setModel(proxy);
        p.view->setSortingEnabled(true);
        p.view->sortByColumn(-1, Qt::AscendingOrder); // the table's own order until a click
        p.view->setAlternatingRowColors(true);
        p.view->setSelectionBehavior(QAbstractItemView::SelectRows);
        p.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        p.view->setWordWrap(false);
        p.view->verticalHeader()->hide();
        p.view->verticalHeader()->setDefaultSectionSize(36);
        p.view->setMinimumHeight(150);
        p.view->horizontalHeader()->setMinimumSectionSize(70);
        p.view->horizontalHeader()->setStretchLastSection(false);
        p.view->horizontalHeader()->setFixedHeight(p.view->fontMetrics().lineSpacing() * 2 + 10);
        p.layout->addWidget(p.chart, 2);
        p.layout->addWidget(p.view, 3);
        m_results->addTab(p.page, tabName(id));
        m_pages.insert(id, p);
    }
    outer->addWidget(m_results, 1);

    // Exports.
    auto *exportRow = new QHBoxLayout;
    m_exportMessage = new QLabel(this);
    m_exportMessage->setObjectName(QStringLiteral("statsExportMessage"));
    m_exportMessage->setWordWrap(true);
    m_exportMessage->setTextFormat(Qt::PlainText);
    m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportCsv = touchButton(QStringLiteral("text-csv"), tr("Export &CSV…"), this);
    m_exportPdf = touchButton(QStringLiteral("application-pdf"), tr("Export &PDF…"), this);
    m_exportCsv->setEnabled(false);
    m_exportPdf->setEnabled(false);
    exportRow->addWidget(m_exportMessage, 1);
    exportRow->addWidget(m_exportCsv);
    exportRow->addWidget(m_exportPdf);
    outer->addLayout(exportRow);

    connect(m_show, &QPushButton::clicked, this, &StatisticsPage::compute);
    connect(m_cancel, &QPushButton::clicked, this, &StatisticsPage::cancel);
    connect(m_exportCsv, &QPushButton::clicked, this, &StatisticsPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &StatisticsPage::exportPdf);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
    });
    updateLayoutDirection();
}

void StatisticsPage::setQuickPeriod(int choice)
{
    const QDate today = QDate::currentDate();
    QDate from, to;
    switch (choice) {
    case 0: // this month
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case 1: // this quarter
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        break;
    case 3: // last year
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    default: // this year
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    }
    setPeriod(from, to);
}

void StatisticsPage::setPeriod(const QDate &from, const QDate &to)
{
    // Both set before either's guard against an inverted period runs.
    m_from->blockSignals(true);
    m_from->setDate(from);
    m_from->blockSignals(false);
    m_to->setDate(to);
}

QDate StatisticsPage::periodFrom() const
{
    return m_from->date();
}

QDate StatisticsPage::periodTo() const
{
    return m_to->date();
}

void StatisticsPage::setUnit(const QString &unit)
{
    const int index = unit.isEmpty() ? 0 : m_unit->findData(unit);
    if (index >= 0)
        m_unit->setCurrentIndex(index);
}

QString StatisticsPage::unit() const
{
    return m_unit->currentData().toString();
}

QStringList StatisticsPage::units() const
{
    QStringList list;
    for (int i = 1; i < m_unit->count(); ++i)
        list << m_unit->itemData(i).toString();
    return list;
}

void StatisticsPage::reloadUnits()
{
    const QString current = unit();
    QStringList names;
    for (const MeetingSummary &m : m_cache.meetings()) {
        const QString name = m.organisation.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    QLocale locale;
    std::sort(names.begin(), names.end(), [&locale](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const QString &name : std::as_const(names))
        m_unit->addItem(name, name);
    setUnit(current);
}

StatisticsQuery StatisticsPage::query() const
{
    StatisticsQuery q;
    q.from.date = m_from->date();
    q.to.date = m_to->date();
    q.unit = unit();
    return q;
}

QString StatisticsPage::language() const
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
}

void StatisticsPage::startWorker(std::function<void()> work)
{
    reapWorkers();
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    m_workers.push_back(std::move(thread));
}

void StatisticsPage::reapWorkers()
{
    m_workers.erase(std::remove_if(m_workers.begin(), m_workers.end(),
                        [](const std::unique_ptr<QThread> &t) { return t->isFinished(); }),
        m_workers.end());
}

void StatisticsPage::compute()
{
    if (m_running)
        return;
    const StatisticsQuery q = query();
    const int generation = ++m_generation;
    const QString directory = m_cache.directory();
    const QString share = m_sharePath;
    const QString lang = language();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    setBusy(true);
    m_status->setText(tr("Computing the figures…"));
    // First the figures from what this seat's cache holds (the screen fills at once), then,
    // when a share is set, the sessions read from it and the figures again with what changed.
    startWorker([this, q, generation, directory, share, lang, timer] {
        const auto figures = [&](MeetingCache &cache, Outcome &outcome) {
            QElapsedTimer computing;
            computing.start();
            Result<Statistics> computed = statisticsFromCache(cache.database(), q);
            if (computed) {
                outcome.statistics = std::move(computed).value();
                const LocaleFormat format(lang);
                outcome.shown = statisticsTables(outcome.statistics, &format);
                outcome.plain = statisticsTables(outcome.statistics);
            } else {
                outcome.error = computed.error();
            }
            outcome.computeMs = computing.elapsed();
        };
        const auto deliver
            = [this, generation, timer](const std::shared_ptr<Outcome> &outcome, bool final) {
                  QMetaObject::invokeMethod(
                      this,
                      [this, generation, outcome, timer, final] {
                          if (generation != m_generation)
                              return; // cancelled, or a newer one asked
                          onComputed(outcome, final, timer->elapsed());
                      },
                      Qt::QueuedConnection);
              };
        auto first = std::make_shared<Outcome>();
        // One MeetingCache per thread (meeting_core/store/meetingcache.h).
        auto opened = MeetingCache::open(directory);
        if (!opened) {
            first->error = opened.error();
            deliver(first, true);
            return;
        }
        MeetingCache &cache = *opened.value();
        figures(cache, *first);
        const bool readShare = !share.isEmpty() && first->error.isEmpty();
        deliver(first, !readShare);
        if (!readShare)
            return;
        auto second = std::make_shared<Outcome>();
        second->update = updateSessionSummaries(cache, share, q);
        second->updated = true;
        if (second->update.updated.isEmpty()) {
            // Nothing new: the figures shown stand.
            second->statistics = first->statistics;
            second->shown = first->shown;
            second->plain = first->plain;
            second->computeMs = first->computeMs;
        } else {
            figures(cache, *second);
        }
        deliver(second, true);
    });
}

void StatisticsPage::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // the worker's result is dropped when it ends
    setBusy(false);
    m_status->setText(m_hasStatistics
            ? tr("Cancelled. The figures shown are those this seat's cache held.")
            : tr("Cancelled."));
}

void StatisticsPage::setBusy(bool busy)
{
    m_running = busy ? 1 : 0;
    m_show->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_exportCsv->setEnabled(!busy && m_hasStatistics && m_exporting == 0);
    m_exportPdf->setEnabled(!busy && m_hasStatistics && m_exporting == 0);
}

void StatisticsPage::onComputed(
    const std::shared_ptr<Outcome> &outcome, bool final, qint64 elapsedMs)
{
    if (!outcome->error.isEmpty()) {
        setBusy(false);
        m_status->setText(tr("The figures could not be computed: %1").arg(outcome->error));
        Q_EMIT failed(outcome->error);
        return;
    }
    if (!final || !outcome->updated)
        m_fillMs = elapsedMs; // the screen filled
    m_computeMs = outcome->computeMs;
    showStatistics(outcome);
    if (!final) {
        m_status->setText(m_status->text() + u' '
            + tr("Reading the sessions' records from the share: the figures may still "
                 "change…"));
        return;
    }
    m_updateMs = outcome->updated ? elapsedMs : -1;
    setBusy(false);
    Q_EMIT computed();
}

void StatisticsPage::showStatistics(const std::shared_ptr<Outcome> &outcome)
{
    m_statistics = outcome->statistics;
    m_update = outcome->update;
    m_hasStatistics = true;
    for (qsizetype i = 0; i < outcome->shown.size(); ++i) {
        const StatisticsTable &shown = outcome->shown[i];
        const auto it = m_pages.find(shown.id);
        if (it == m_pages.end())
            continue;
        it->model->setTable(shown, outcome->plain.value(i));
        it->chart->setChart(shown.chart);
        // Number columns no wider than their figures need: their headers wrap on two lines.
        it->view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        it->view->resizeColumnsToContents();
        const int narrow = it->view->fontMetrics().horizontalAdvance(QStringLiteral("0000000000"));
        for (int c = 0; c < it->model->columnCount(); ++c)
            if (it->model->isNumeric(c))
                it->view->setColumnWidth(c, std::min(it->view->columnWidth(c), narrow + 24));
        // The spare width to the first column (the name, the meeting), not to a number.
        it->view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    TablePage &consultations = m_pages[StatisticsTableId::Consultations];
    consultations.note->setText(m_statistics.consultationsAvailable
            ? QString()
            : tr("Consultation answer rates are not available on this seat: no consultation "
                 "has been read into its cache."));
    consultations.note->setVisible(!m_statistics.consultationsAvailable);

    // What the figures cover.
    const LocaleFormat format(language());
    const QString period
        = tr("from %1 to %2").arg(format.date(m_from->date()), format.date(m_to->date()));
    const QString unitName
        = m_statistics.query.unit.isEmpty() ? tr("all units") : m_statistics.query.unit;
    QString status
        = tr("%n meeting(s) %1, %2.", nullptr, m_statistics.meetings).arg(period, unitName);
    // Meetings read before whose records could not be read now (those never read are in the
    // line below, the figures they lack).
    QStringList stale;
    for (qsizetype i = 0; i < m_update.failed.size(); ++i)
        if (!m_statistics.missingSessions.contains(m_update.failed[i]))
            stale << m_update.messages.value(i, m_update.failed[i]);
    if (outcome->updated) {
        if (!m_update.shareReachable)
            status += u' '
                + tr("The share could not be reached: the sessions are counted as this seat "
                     "last read them.");
        else if (!stale.isEmpty())
            status += u' '
                + tr("%n meeting(s) could not be read again from the share; their figures are "
                     "as this seat last read them: %1",
                    nullptr, static_cast<int>(stale.size()))
                      .arg(stale.join(QStringLiteral("; ")));
        else if (!m_update.updated.isEmpty())
            status += u' '
                + tr("Session records of %n meeting(s) read from the share now.", nullptr,
                    static_cast<int>(m_update.updated.size()));
    } else if (m_sharePath.isEmpty()) {
        status += u' '
            + tr("No share is set on this seat: the sessions are counted as this seat last "
                 "read them.");
    }
    m_status->setText(status);

    // Meetings whose figures are missing, by title and date.
    if (m_statistics.missingSessions.isEmpty()) {
        m_missing->clear();
        m_missing->hide();
    } else {
        QHash<QString, MeetingSummary> byId;
        for (const MeetingSummary &m : m_cache.meetings())
            byId.insert(m.id, m);
        QStringList names;
        constexpr qsizetype listed = 6;
        for (qsizetype i = 0; i < m_statistics.missingSessions.size() && i < listed; ++i) {
            const QString &id = m_statistics.missingSessions[i];
            const auto it = byId.constFind(id);
            names << (it == byId.cend()
                    ? id
                    : QStringLiteral("%1 (%2)").arg(it->title, format.date(it->start.date())));
        }
        const int count = static_cast<int>(m_statistics.missingSessions.size());
        QString text = tr("No session record for %n meeting(s): their attendance, speeches and "
                          "polls are not in these figures.",
                           nullptr, count)
            + u' ' + names.join(QStringLiteral("; "));
        if (count > listed)
            text += u' ' + tr("and %n more.", nullptr, count - static_cast<int>(listed));
        m_missing->setText(text);
        m_missing->setToolTip(m_statistics.missingSessions.join(u'\n'));
        m_missing->show();
    }
}

QTableView *StatisticsPage::tableView(StatisticsTableId id) const
{
    return m_pages.value(id).view;
}

StatisticsTableModel *StatisticsPage::tableModel(StatisticsTableId id) const
{
    return m_pages.value(id).model;
}

BarChartWidget *StatisticsPage::chartWidget(StatisticsTableId id) const
{
    return m_pages.value(id).chart;
}

QString StatisticsPage::statusText() const
{
    return m_status->text();
}

QString StatisticsPage::missingText() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

QString StatisticsPage::exportMessage() const
{
    return m_exportMessage->text();
}

void StatisticsPage::exportCsv()
{
    exportTo(false);
}

void StatisticsPage::exportPdf()
{
    exportTo(true);
}

void StatisticsPage::exportTo(bool pdf)
{
    if (!m_hasStatistics || m_exporting)
        return;
    const StatisticsQuery &q = m_statistics.query;
    QString base = QStringLiteral("thong-ke_%1_%2")
                       .arg(q.from.isSet() ? q.from.toString() : QStringLiteral("dau"),
                           q.to.isSet() ? q.to.toString() : QStringLiteral("cuoi"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(base + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
    const QString caption
        = pdf ? tr("Export the statistics as PDF") : tr("Export the statistics as CSV");
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)");
    QString path = m_choosePath ? m_choosePath(caption, suggested, filter)
                                : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return; // the clerk closed the dialog
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;

    ++m_exporting;
    setBusy(m_running != 0);
    m_exportMessage->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const Statistics statistics = m_statistics;
    const QString lang = language();
    startWorker([this, pdf, path, statistics, lang] {
        QString error;
        if (pdf) {
            const Status written = writeStatisticsPdf(statistics, path, LocaleFormat(lang));
            if (!written.ok())
                error = written.error();
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                error = file.errorString();
            } else {
                file.write(exportStatisticsCsv(statistics));
                if (!file.commit())
                    error = file.errorString();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, path, error] {
                --m_exporting;
                setBusy(m_running != 0);
                const QString shown = QDir::toNativeSeparators(path);
                const QString message = error.isEmpty()
                    ? tr("Saved to %1").arg(shown)
                    : tr("Could not save %1: %2").arg(shown, error);
                m_exportMessage->setText(message);
                Q_EMIT exported(error.isEmpty(), path, message);
            },
            Qt::QueuedConnection);
    });
}

void StatisticsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayoutDirection();
}

void StatisticsPage::updateLayoutDirection()
{
    const bool beside = width() >= besideFromWidth;
    if (beside == m_beside && !m_pages.isEmpty()
        && m_pages.first().layout->direction()
            == (beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom))
        return;
    m_beside = beside;
    for (TablePage &p : m_pages) {
        // Beside: the chart as tall as the table. Above: as tall as its bars need.
        p.layout->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
        p.chart->setSizePolicy(
            QSizePolicy::Expanding, beside ? QSizePolicy::Expanding : QSizePolicy::Preferred);
        p.layout->setStretch(0, beside ? 1 : 0);
        p.layout->setStretch(1, beside ? 2 : 1);
    }
}

} // namespace phonghop::ui
