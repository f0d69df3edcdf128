#include "statistics.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/pdf/administrativedocument.h"
#include "meeting_core/util/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <numeric>

// The statistics as tables with their bar charts, and their exports: CSV and an A4 PDF
// (declared in statistics.h).
namespace phonghop {

namespace {
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::Statistics)
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped << csvField(field);
    return escaped.join(u',') + QStringLiteral("\r\n");
}

class Numbers {
public:
    explicit Numbers(const LocaleFormat *format)
        : m_format(format)
    {
    }
    QString operator()(qint64 n) const
    {
        return m_format ? m_format->number(n) : QString::number(n);
    }
    QString percent(double fraction) const
    {
        return m_format ? m_format->percent(fraction * 100.0)
                        : QString::number(fraction * 100.0, 'f', 1);
    }
    QString date(const QDateTime &t) const
    {
        if (!t.isValid())
            return {};
        return m_format ? m_format->date(t.date()) : t.date().toString(Qt::ISODate);
    }

private:
    const LocaleFormat *m_format;
};

QString outcomeName(const PollOutcome &p)
{
    if (!p.closed)
        return Tr::tr("Open");
    return p.passed ? Tr::tr("Passed") : Tr::tr("Not passed");
}

QString decidedByName(const QString &decidedBy)
{
    if (decidedBy == u"threshold")
        return Tr::tr("by the voting rule");
    if (decidedBy == u"chair-tie-break")
        return Tr::tr("by the chair's casting vote");
    if (decidedBy == u"quorum")
        return Tr::tr("quorum not met");
    if (decidedBy == u"no-votes")
        return Tr::tr("no votes");
    return decidedBy;
}

QString kindName(const QString &kind)
{
    return kind.isEmpty() ? Tr::tr("(no kind)") : kind;
}

// The groups with the largest totals first, at most `most` of them (a chart shows those).
void keepLargest(BarChart &chart, qsizetype most)
{
    std::stable_sort(chart.groups.begin(), chart.groups.end(),
        [](const BarChart::Group &a, const BarChart::Group &b) {
            return std::accumulate(a.values.begin(), a.values.end(), 0.0)
                > std::accumulate(b.values.begin(), b.values.end(), 0.0);
        });
    if (chart.groups.size() > most)
        chart.groups.resize(most);
}

constexpr qsizetype chartGroups = 20;
} // namespace

QList<StatisticsTable> statisticsTables(const Statistics &st, const LocaleFormat *format)
{
    const Numbers n(format);
    QList<StatisticsTable> tables;

    StatisticsTable attendance { StatisticsTableId::Attendance, QStringLiteral("attendance"),
        Tr::tr("Attendance per person"),
        { Tr::tr("Person"), Tr::tr("Meetings"), Tr::tr("Present"), Tr::tr("Absent with reason"),
            Tr::tr("Absent without reason"), Tr::tr("By proxy"), Tr::tr("Not checked in") },
        {}, {} };
    attendance.chart.title = attendance.title;
    attendance.chart.series = attendance.columns.mid(2);
    for (const PersonAttendance &a : st.attendance) {
        attendance.rows << QStringList { a.name, n(a.meetings), n(a.present), n(a.excused),
            n(a.absent), n(a.proxy), n(a.notCheckedIn) };
        attendance.chart.groups << BarChart::Group { a.name,
            { double(a.present), double(a.excused), double(a.absent), double(a.proxy),
                double(a.notCheckedIn) } };
    }
    tables << attendance;

    StatisticsTable speeches { StatisticsTableId::Speeches, QStringLiteral("speeches"),
        Tr::tr("Speeches and questions per person"),
        { Tr::tr("Person"), Tr::tr("Speeches"), Tr::tr("Questions") }, {}, {} };
    speeches.chart.title = speeches.title;
    speeches.chart.series = speeches.columns.mid(1);
    for (const PersonSpeeches &p : st.speeches) {
        speeches.rows << QStringList { p.name, n(p.speeches), n(p.questions) };
        speeches.chart.groups << BarChart::Group { p.name,
            { double(p.speeches), double(p.questions) } };
    }
    keepLargest(speeches.chart, chartGroups);
    tables << speeches;

    StatisticsTable byItem { StatisticsTableId::SpeechesByItem, QStringLiteral("speechesByItem"),
        Tr::tr("Speeches and questions per agenda item"),
        { Tr::tr("Meeting"), Tr::tr("Agenda item"), Tr::tr("Speeches"), Tr::tr("Questions") }, {},
        {} };
    byItem.chart.title = byItem.title;
    byItem.chart.series = byItem.columns.mid(2);
    for (const ItemSpeeches &i : st.speechesByItem) {
        byItem.rows << QStringList { i.meetingTitle, i.title, n(i.speeches), n(i.questions) };
        byItem.chart.groups << BarChart::Group { i.title,
            { double(i.speeches), double(i.questions) } };
    }
    keepLargest(byItem.chart, chartGroups);
    tables << byItem;

    StatisticsTable polls { StatisticsTableId::Polls, QStringLiteral("polls"),
        Tr::tr("Polls and their outcomes"),
        { Tr::tr("Meeting"), Tr::tr("Poll"), Tr::tr("Outcome"), Tr::tr("Decided"),
            Tr::tr("Ballots") },
        {}, {} };
    polls.chart.title = Tr::tr("Poll outcomes");
    polls.chart.series = QStringList { Tr::tr("Polls") };
    QMap<QString, int> outcomes;
    for (const PollOutcome &p : st.polls) {
        polls.rows << QStringList { p.meetingTitle, p.title, outcomeName(p),
            p.closed ? decidedByName(p.decidedBy) : QString(), n(p.ballots) };
        ++outcomes[outcomeName(p)];
    }
    for (const QString &outcome : { Tr::tr("Passed"), Tr::tr("Not passed"), Tr::tr("Open") })
        polls.chart.groups << BarChart::Group { outcome, { double(outcomes.value(outcome)) } };
    tables << polls;

    StatisticsTable documents { StatisticsTableId::Documents, QStringLiteral("documents"),
        Tr::tr("Documents per meeting"),
        { Tr::tr("Date"), Tr::tr("Meeting"), Tr::tr("Documents"), Tr::tr("Versions"),
            Tr::tr("Highest version"), Tr::tr("With more than one version"), Tr::tr("By kind") },
        {}, {} };
    documents.chart.title = documents.title;
    documents.chart.series = QStringList { Tr::tr("One version"), Tr::tr("Revised") };
    for (const MeetingDocuments &d : st.documents) {
        QStringList kinds;
        for (auto it = d.byKind.cbegin(); it != d.byKind.cend(); ++it)
            kinds << kindName(it.key()) + QStringLiteral(": ") + n(it.value());
        documents.rows << QStringList { n.date(d.start), d.title, n(d.documents), n(d.versions),
            n(d.highestVersion), n(d.revised), kinds.join(QStringLiteral("; ")) };
        documents.chart.groups << BarChart::Group { n.date(d.start) + u' ' + d.title,
            { double(d.documents - d.revised), double(d.revised) } };
    }
    keepLargest(documents.chart, chartGroups);
    tables << documents;

    StatisticsTable kinds { StatisticsTableId::DocumentKinds, QStringLiteral("documentKinds"),
        Tr::tr("Documents per kind"),
        { Tr::tr("Kind"), Tr::tr("Documents"), Tr::tr("Versions"), Tr::tr("Highest version"),
            Tr::tr("With more than one version") },
        {}, {} };
    kinds.chart.title = kinds.title;
    kinds.chart.series = documents.chart.series;
    for (const KindDocuments &k : st.documentKinds) {
        kinds.rows << QStringList { kindName(k.kind), n(k.documents), n(k.versions),
            n(k.highestVersion), n(k.revised) };
        kinds.chart.groups << BarChart::Group { kindName(k.kind),
            { double(k.documents - k.revised), double(k.revised) } };
    }
    keepLargest(kinds.chart, chartGroups);
    tables << kinds;

    StatisticsTable consultations { StatisticsTableId::Consultations,
        QStringLiteral("consultations"), Tr::tr("Written consultations: answer rates"),
        { Tr::tr("Consultation"), Tr::tr("Deadline"), Tr::tr("Members asked"), Tr::tr("Answered"),
            Tr::tr("Answer rate") },
        {}, {} };
    consultations.chart.title = consultations.title;
    consultations.chart.series = QStringList { Tr::tr("Answer rate") };
    consultations.chart.percent = true;
    for (const ConsultationRate &c : st.consultations) {
        consultations.rows << QStringList { c.title, n.date(c.deadline), n(c.members),
            n(c.answered), n.percent(c.rate()) };
        consultations.chart.groups << BarChart::Group { c.title, { c.rate() } };
    }
    tables << consultations;
    return tables;
}

void paintBarChart(QPainter &painter, const QRectF &rect, const BarChart &chart)
{
    static const QColor palette[]
        = { QColor(0x2e, 0x7d, 0x32), QColor(0xf9, 0xa8, 0x25), QColor(0xc6, 0x28, 0x28),
              QColor(0x15, 0x65, 0xc0), QColor(0x9e, 0x9e, 0x9e), QColor(0x6a, 0x1b, 0x9a) };
    constexpr int colours = sizeof(palette) / sizeof(palette[0]);
    painter.save();
    painter.setClipRect(rect);
    QFont font = painter.font();
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    qreal y = rect.top();

    // The legend, on as many lines as the width needs (a narrow chart on a tablet).
    qreal x = rect.left();
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const QString label = chart.series[s];
        if (x > rect.left() && x + line * 0.8 + metrics.horizontalAdvance(label) > rect.right()) {
            x = rect.left();
            y += line * 1.2;
        }
        painter.fillRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6), palette[s % colours]);
        x += line * 0.8;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, y + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + line;
    }
    y += line * 1.4;

    if (chart.groups.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(rect.left(), y, rect.width(), rect.bottom() - y), Qt::AlignCenter,
            Tr::tr("Nothing to show for this period"));
        painter.restore();
        return;
    }
    // One horizontal bar per group, the series stacked; a row at least a line high.
    const qreal rowHeight = line * 1.2;
    const qsizetype fitting
        = std::max<qsizetype>(0, static_cast<qsizetype>((rect.bottom() - y - line) / rowHeight));
    const qsizetype shown = std::min(fitting, chart.groups.size());
    double maximum = chart.percent ? 1.0 : 0.0;
    for (const BarChart::Group &g : chart.groups)
        maximum = std::max(maximum, std::accumulate(g.values.begin(), g.values.end(), 0.0));
    if (maximum <= 0)
        maximum = 1;
    const qreal labelWidth = rect.width() * 0.32;
    const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + line * 0.5;
    const qreal barLeft = rect.left() + labelWidth + line * 0.5;
    const qreal barWidth = std::max<qreal>(1, rect.right() - valueWidth - barLeft);
    for (qsizetype i = 0; i < shown; ++i) {
        const BarChart::Group &g = chart.groups[i];
        const qreal top = y + i * rowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), top, labelWidth, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(g.label, Qt::ElideRight, labelWidth));
        qreal left = barLeft;
        double total = 0;
        for (qsizetype s = 0; s < g.values.size(); ++s) {
            const qreal width = barWidth * g.values[s] / maximum;
            painter.fillRect(
                QRectF(left, top + rowHeight * 0.15, width, rowHeight * 0.7), palette[s % colours]);
            left += width;
            total += g.values[s];
        }
        const QString value = chart.percent
            ? QString::number(total * 100.0, 'f', 1) + QStringLiteral(" %")
            : QString::number(total, 'g', 10);
        painter.drawText(QRectF(left + line * 0.3, top, valueWidth, rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, value);
    }
    painter.setPen(Qt::darkGray);
    painter.drawLine(QPointF(barLeft, y), QPointF(barLeft, y + shown * rowHeight));
    if (shown < chart.groups.size())
        painter.drawText(QPointF(rect.left(), y + shown * rowHeight + metrics.ascent()),
            Tr::tr("… %n more not shown", nullptr, static_cast<int>(chart.groups.size() - shown)));
    painter.restore();
}

QByteArray exportStatisticsCsv(const Statistics &st)
{
    QString text;
    text += csvLine({ Tr::tr("Statistics"), Tr::tr("From"), st.query.from.toString(), Tr::tr("To"),
        st.query.to.toString(), Tr::tr("Unit"), st.query.unit.trimmed() });
    text += QStringLiteral("\r\n");
    for (const StatisticsTable &table : statisticsTables(st)) {
        text += csvLine({ table.title });
        text += csvLine(table.columns);
        for (const QStringList &row : table.rows)
            text += csvLine(row);
        text += QStringLiteral("\r\n");
    }
    if (!st.missingSessions.isEmpty()) {
        text += csvLine({ Tr::tr("Meetings without a session summary (not in the figures)") });
        for (const QString &id : st.missingSessions)
            text += csvLine({ id });
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

namespace {
// Lays the tables out on A4 pages: a running y; a new page when the next block does not fit.
class PdfLayout {
public:
    PdfLayout(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_page(writer.pageLayout().paintRectPixels(writer.resolution()))
    {
        m_page.moveTo(0, 0);
        m_y = m_page.top();
    }
    const QRectF &page() const { return m_page; }
    qreal lineHeight() const { return QFontMetricsF(m_painter.font(), &m_writer).height(); }
    void need(qreal height)
    {
        if (m_y + height > m_page.bottom() && m_y > m_page.top()) {
            m_writer.newPage();
            m_y = m_page.top();
        }
    }
    void text(const QString &text, bool bold, qreal pointSize)
    {
        QFont font = m_painter.font();
        font.setBold(bold);
        font.setPointSizeF(pointSize);
        m_painter.setFont(font);
        const QRectF bounds = m_painter.boundingRect(
            QRectF(m_page.left(), 0, m_page.width(), 10000), Qt::TextWordWrap, text);
        need(bounds.height());
        m_painter.drawText(
            QRectF(m_page.left(), m_y, m_page.width(), bounds.height()), Qt::TextWordWrap, text);
        m_y += bounds.height() + lineHeight() * 0.3;
        font.setBold(false);
        font.setPointSizeF(9);
        m_painter.setFont(font);
    }
    void chart(const BarChart &chart)
    {
        const qreal line = lineHeight();
        const qreal height
            = std::min<qreal>(m_page.height() * 0.45, line * (3 + 1.2 * chart.groups.size()));
        need(height);
        paintBarChart(m_painter, QRectF(m_page.left(), m_y, m_page.width(), height), chart);
        m_y += height + line * 0.5;
    }
    void table(const StatisticsTable &table)
    {
        const QFontMetricsF metrics(m_painter.font(), &m_writer);
        const qreal line = metrics.height() * 1.25;
        // Columns as wide as their longest text wants, scaled to the page.
        QList<qreal> widths;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            qreal w = metrics.horizontalAdvance(table.columns[c]);
            for (const QStringList &row : table.rows)
                w = std::max(w, metrics.horizontalAdvance(row.value(c)));
            widths << std::min(w + line * 0.6, m_page.width() * 0.45);
        }
        const qreal total = std::accumulate(widths.begin(), widths.end(), 0.0);
        for (qreal &w : widths)
            w *= m_page.width() / total;
        auto drawRow = [&](const QStringList &cells, bool header) {
            need(line);
            QFont font = m_painter.font();
            font.setBold(header);
            m_painter.setFont(font);
            qreal x = m_page.left();
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const QRectF cell(x, m_y, widths[c], line);
                m_painter.setPen(Qt::lightGray);
                m_painter.drawRect(cell);
                m_painter.setPen(Qt::black);
                m_painter.drawText(cell.adjusted(line * 0.2, 0, -line * 0.2, 0),
                    (c == 0 || header ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                    metrics.elidedText(cells.value(c), Qt::ElideRight, widths[c] - line * 0.4));
                x += widths[c];
            }
            m_y += line;
            font.setBold(false);
            m_painter.setFont(font);
        };
        drawRow(table.columns, true);
        for (const QStringList &row : table.rows) {
            if (m_y + line > m_page.bottom()) {
                need(line * 2);
                drawRow(table.columns, true);
            }
            drawRow(row, false);
        }
        if (table.rows.isEmpty())
            text(Tr::tr("None in this period."), false, 9);
        m_y += line;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRectF m_page;
    qreal m_y = 0;
};
} // namespace

Status writeStatisticsPdf(const Statistics &st, const QString &path, const LocaleFormat &format)
{
    const QString temporary = atomicfile::temporarySiblingPath(path);
    bool painted = false;
    {
        QPdfWriter writer(temporary);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(Tr::tr("Statistics"));
        writer.setCreator(QStringLiteral("PhòngHọp"));
        QPainter painter;
        if (painter.begin(&writer)) {
            QFont font(administrativedocument::family());
            font.setPointSizeF(9);
            painter.setFont(font);
            PdfLayout layout(writer, painter);
            layout.text(Tr::tr("STATISTICS OF MEETINGS"), true, 14);
            QStringList period;
            period << Tr::tr("From: %1")
                          .arg(st.query.from.isSet() ? st.query.from.toString()
                                                     : Tr::tr("the first meeting"))
                   << Tr::tr("To: %1").arg(
                          st.query.to.isSet() ? st.query.to.toString() : Tr::tr("the last meeting"))
                   << Tr::tr("Unit: %1")
                          .arg(st.query.unit.trimmed().isEmpty() ? Tr::tr("all units")
                                                                 : st.query.unit.trimmed())
                   << Tr::tr("Meetings: %1").arg(format.number(qint64(st.meetings)));
            layout.text(period.join(QStringLiteral(" · ")), false, 10);
            if (!st.missingSessions.isEmpty())
                layout.text(Tr::tr("Meetings without a session summary (not in the figures): %1")
                                .arg(st.missingSessions.join(QStringLiteral(", "))),
                    false, 9);
            for (const StatisticsTable &table : statisticsTables(st, &format)) {
                if (table.id == StatisticsTableId::Consultations && !st.consultationsAvailable)
                    continue;
                layout.need(layout.lineHeight() * 6);
                layout.text(table.title, true, 12);
                layout.chart(table.chart);
                layout.table(table);
            }
            painted = painter.end();
        }
    }
    if (!painted || !QFileInfo::exists(temporary) || QFileInfo(temporary).size() == 0) {
        QFile::remove(temporary);
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
    }
    if (!atomicfile::replaceExisting(temporary, path)) {
        QFile::remove(temporary);
        return Status::failure(Tr::tr("Cannot write %1").arg(path));
    }
    return Status::success();
}

} // namespace phonghop
