#pragma once

#include "meeting_core/stats/statistics.h"

#include <QDate>
#include <QMap>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QThread;

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

class BarChartWidget;
class StatisticsTableModel;

// Statistics ("Thống kê", issue 17 part 4) over the meetings and consultations of this seat's
// cache: a period and a unit chosen, then on a worker (its own MeetingCache) the session
// summaries brought up to date from the share when it can be reached and computeStatistics;
// the result in one tab per table, each with its bar chart (paintBarChart, as in the PDF);
// which meetings have no session summary said above the tables; CSV and PDF exports written on
// a worker. Only meeting_core/stats is called: no SQL here.
class StatisticsPage final : public QWidget {
    Q_OBJECT
public:
    // cache: the window's cache (GUI thread: the units and meeting titles); the worker opens
    // its own on cache.directory(). sharePath: where session records are read; empty: the
    // figures come from the summaries already kept on this seat.
    StatisticsPage(MeetingCache &cache, QString sharePath, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    // The period (both ends inclusive) and the unit ("" for every unit).
    void setPeriod(const QDate &from, const QDate &to);
    QDate periodFrom() const;
    QDate periodTo() const;
    void setUnit(const QString &unit);
    QString unit() const;
    // The organisations of the cached meetings, as the unit list offers them (not "All").
    QStringList units() const;
    // Reads the units again from the cache (after a sync).
    void reloadUnits();
    StatisticsQuery query() const;

    // "Show": computes on a worker: the figures from the cache first, shown at once, then the
    // sessions read from the share and the figures again; computed() follows the end (or
    // failed()).
    void compute();
    // Leaves the running computation: its result is dropped when it ends.
    void cancel();
    bool isBusy() const { return m_running != 0; }

    bool hasStatistics() const { return m_hasStatistics; }
    const Statistics &statistics() const { return m_statistics; }
    const SummaryUpdate &summaryUpdate() const { return m_update; }
    // From "Show" to the tables filled from the cache; the part of it spent computing the
    // figures and their tables; from "Show" to the end of the share's reading (the figures
    // again when it changed them; -1 when no share was read). -1 before the first result.
    qint64 lastFillMs() const { return m_fillMs; }
    qint64 lastComputeMs() const { return m_computeMs; }
    qint64 lastUpdateMs() const { return m_updateMs; }

    // Widgets, for the tests and the workspace.
    QTabWidget *resultTabs() const { return m_results; }
    QTableView *tableView(StatisticsTableId id) const;
    StatisticsTableModel *tableModel(StatisticsTableId id) const;
    BarChartWidget *chartWidget(StatisticsTableId id) const;
    QPushButton *showButton() const { return m_show; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    QString statusText() const;
    QString missingText() const;
    QString exportMessage() const;
    // Whether the chart is beside the table (wide) or above it (narrow, a portrait tablet).
    bool chartsBeside() const { return m_beside; }

    // "Export CSV…" and "Export PDF…": ask where (a file dialog, or the chooser set here), then
    // write on a worker; exported() follows.
    void exportCsv();
    void exportPdf();
    using SavePathChooser = std::function<QString(
        const QString &caption, const QString &suggestedPath, const QString &filter)>;
    void setSavePathChooser(SavePathChooser chooser) { m_choosePath = std::move(chooser); }

Q_SIGNALS:
    void computed();
    void failed(const QString &message);
    void exported(bool ok, const QString &path, const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Outcome;
    struct TablePage {
        QWidget *page = nullptr;
        QBoxLayout *layout = nullptr;
        BarChartWidget *chart = nullptr;
        QTableView *view = nullptr;
        StatisticsTableModel *model = nullptr;
        QLabel *note = nullptr;
    };

    void buildUi();
    void setQuickPeriod(int choice);
    void setBusy(bool busy);
    void onComputed(const std::shared_ptr<Outcome> &outcome, bool final, qint64 elapsedMs);
    void showStatistics(const std::shared_ptr<Outcome> &outcome);
    void exportTo(bool pdf);
    void startWorker(std::function<void()> work);
    void reapWorkers();
    void updateLayoutDirection();
    QString language() const;

    MeetingCache &m_cache;
    QString m_sharePath;
    SavePathChooser m_choosePath;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_unit = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_missing = nullptr;
    QTabWidget *m_results = nullptr;
    QMap<StatisticsTableId, TablePage> m_pages;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QLabel *m_exportMessage = nullptr;

    Statistics m_statistics;
    SummaryUpdate m_update;
    bool m_hasStatistics = false;
    bool m_beside = true;
    int m_generation = 0; // the computation whose result is awaited
    int m_running = 0; // computations started and not yet ended or cancelled
    int m_exporting = 0;
    qint64 m_fillMs = -1;
    qint64 m_computeMs = -1;
    qint64 m_updateMs = -1;
    std::vector<std::unique_ptr<QThread>> m_workers;
};

} // namespace phonghop::ui
