#include "search/searchpanel.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/search/searchindexservice.h"
#include "search/searchresultdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {

enum Role {
    KindRole = Qt::UserRole + 1,
    MeetingRole,
    ShaRole,
    PageRole,
    AgendaItemRole,
};

enum Period { AnyTime, Upcoming, LastMonth, LastYear };

QString highlightedHtml(const SearchHit &hit)
{
    QString html;
    int position = 0;
    for (const auto &[start, length] : hit.highlights) {
        if (start < position)
            continue;
        html += hit.snippet.mid(position, start - position).toHtmlEscaped();
        html += QStringLiteral("<b>") + hit.snippet.mid(start, length).toHtmlEscaped()
            + QStringLiteral("</b>");
        position = start + length;
    }
    html += hit.snippet.mid(position).toHtmlEscaped();
    return html;
}

} // namespace

SearchPanel::SearchPanel(SearchIndexService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_box = new QLineEdit(this);
    m_box->setClearButtonEnabled(true);
    m_box->setMinimumHeight(44);
    QFont large = m_box->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_box->setFont(large);

    m_meeting = new QComboBox(this);
    m_period = new QComboBox(this);
    m_kind = new QComboBox(this);
    for (QComboBox *combo : { m_meeting, m_period, m_kind }) {
        combo->setMinimumHeight(40);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }

    m_results = new QTreeWidget(this);
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(1);
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setExpandsOnDoubleClick(false);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_meeting, 2);
    filters->addWidget(m_period, 1);
    filters->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_period->addItems({ QString(), QString(), QString(), QString() });
    m_meeting->addItem(QString());
    m_kind->addItem(QString());
    setDocumentKinds({
        { QStringLiteral("to-trinh"), tr("Submission") },
        { QStringLiteral("du-thao-quyet-dinh"), tr("Draft decision") },
        { QStringLiteral("bao-cao"), tr("Report") },
    });
    retranslate();

    // Search as the reader types, after a short pause.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(250);
    connect(&m_typingPause, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_box, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_box, &QLineEdit::returnPressed, this, &SearchPanel::searchNow);
    for (QComboBox *combo : { m_meeting, m_period, m_kind })
        connect(combo, &QComboBox::currentIndexChanged, this, &SearchPanel::searchNow);
    connect(m_results, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_results, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { activate(item); });

    if (m_service) {
        connect(m_service, &SearchIndexService::indexingStarted, this,
            [this] { handleProgress(0, 0); });
        connect(
            m_service, &SearchIndexService::indexingProgress, this, &SearchPanel::handleProgress);
        connect(
            m_service, &SearchIndexService::indexingFinished, this, &SearchPanel::handleFinished);
    }
}

void SearchPanel::retranslate()
{
    m_box->setPlaceholderText(tr("Search documents, agendas and notes (accents optional)"));
    m_box->setAccessibleName(tr("Search"));
    m_meeting->setItemText(0, tr("All meetings"));
    m_period->setItemText(AnyTime, tr("Any date"));
    m_period->setItemText(Upcoming, tr("Upcoming"));
    m_period->setItemText(LastMonth, tr("Last 30 days"));
    m_period->setItemText(LastYear, tr("Last 12 months"));
    m_kind->setItemText(0, tr("All document types"));
    m_meeting->setAccessibleName(tr("Meeting"));
    m_period->setAccessibleName(tr("Date"));
    m_kind->setAccessibleName(tr("Document type"));
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::setMeetings(const QList<MeetingSummary> &meetings)
{
    const QString current = m_meeting->currentData().toString();
    QSignalBlocker blocker(m_meeting);
    while (m_meeting->count() > 1)
        m_meeting->removeItem(1);
    for (const MeetingSummary &meeting : meetings)
        m_meeting->addItem(meeting.title, meeting.id);
    const int index = m_meeting->findData(current);
    m_meeting->setCurrentIndex(index > 0 ? index : 0);
}

void SearchPanel::setDocumentKinds(const QList<QPair<QString, QString>> &kinds)
{
    QSignalBlocker blocker(m_kind);
    m_kinds = kinds;
    while (m_kind->count() > 1)
        m_kind->removeItem(1);
    for (const auto &[key, name] : kinds)
        m_kind->addItem(name, key);
}

QString SearchPanel::queryText() const
{
    return m_box->text();
}

void SearchPanel::setQueryText(const QString &text)
{
    m_box->setText(text);
}

void SearchPanel::focusSearchBox()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

SearchQuery SearchPanel::currentQuery() const
{
    SearchQuery query;
    query.text = m_box->text();
    query.prefixLastWord = true;
    query.limit = 300;
    if (const QString meeting = m_meeting->currentData().toString(); !meeting.isEmpty())
        query.meetingIds = { meeting };
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        query.documentKinds = { kind };
    const QDateTime now = QDateTime::currentDateTime();
    switch (m_period->currentIndex()) {
    case Upcoming:
        query.from = now.addSecs(-12 * 3600); // a meeting under way this morning counts
        break;
    case LastMonth:
        query.from = now.addDays(-30);
        query.to = now;
        break;
    case LastYear:
        query.from = now.addYears(-1);
        query.to = now;
        break;
    default:
        break;
    }
    return query;
}

void SearchPanel::searchNow()
{
    m_typingPause.stop();
    const SearchQuery query = currentQuery();
    if (query.text.trimmed().isEmpty() || !m_service) {
        showHits({});
        m_status->clear();
        return;
    }
    showHits(m_service->search(query));
    m_status->setText(m_hitCount == 0 ? tr("No results for “%1”.").arg(query.text.trimmed())
                                      : tr("%n result(s)", nullptr, m_hitCount));
}

void SearchPanel::showHits(const QList<SearchHit> &hits)
{
    m_results->clear();
    m_hitCount = static_cast<int>(hits.size());
    QFont bold = m_results->font();
    bold.setBold(true);
    for (const SearchMeetingGroup &meeting : groupSearchHits(hits)) {
        auto *meetingItem = new QTreeWidgetItem(m_results);
        // "Thứ Sáu, 28/08/2020, 16:04" in Vietnamese (LanguageLoader sets the default locale).
        const LocaleFormat format(
            QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi"));
        const QString date = format.dateTime(meeting.meetingStart);
        meetingItem->setText(0,
            date.isEmpty() ? meeting.meetingTitle
                           : date + QStringLiteral(" — ") + meeting.meetingTitle);
        meetingItem->setFont(0, bold);
        meetingItem->setData(0, MeetingRole, meeting.meetingId);
        for (const SearchHitGroup &group : meeting.groups) {
            QTreeWidgetItem *parent = meetingItem;
            if (!group.documentId.isEmpty()) {
                parent = new QTreeWidgetItem(meetingItem);
                parent->setText(0, group.title);
                parent->setData(0, MeetingRole, meeting.meetingId);
                parent->setData(0, ShaRole, group.hits.first().documentSha256);
                parent->setData(0, PageRole, group.hits.first().page);
                parent->setData(0, KindRole, group.hits.first().kind);
            }
            for (const SearchHit &hit : group.hits) {
                auto *item = new QTreeWidgetItem(parent);
                QString prefix;
                if (hit.kind == searchkinds::documentPage)
                    prefix = tr("Page %1").arg(hit.page + 1);
                else if (hit.kind == searchkinds::agendaItem)
                    prefix = tr("Agenda item %1").arg(hit.label);
                else if (hit.kind == searchkinds::meeting)
                    prefix = tr("Meeting");
                else if (hit.kind == searchkinds::note || hit.kind == searchkinds::annotation
                    || hit.kind == searchkinds::conclusion)
                    prefix = ownWordsLabel(hit);
                else
                    prefix = hit.label;
                item->setText(0, prefix + QStringLiteral(": ") + hit.snippet);
                item->setData(0, SearchResultDelegate::htmlRole,
                    QStringLiteral("<span style='color:gray'>") + prefix.toHtmlEscaped()
                        + QStringLiteral("</span>&nbsp; ") + highlightedHtml(hit));
                item->setData(0, KindRole, hit.kind);
                item->setData(0, MeetingRole, hit.meetingId);
                item->setData(0, ShaRole, hit.documentSha256);
                item->setData(0, PageRole, hit.page);
                item->setData(0, AgendaItemRole, hit.agendaItemId);
            }
        }
    }
    m_results->expandAll();
}

QString SearchPanel::ownWordsLabel(const SearchHit &hit)
{
    // Entries fed by SearchFeed carry the agenda item's number as their label.
    if (hit.kind == searchkinds::annotation)
        return hit.page >= 0 ? tr("My annotation — page %1").arg(hit.page + 1)
                             : tr("My annotation");
    if (hit.kind == searchkinds::note) {
        if (hit.agendaItemId.isEmpty())
            return tr("My notes on the meeting");
        return hit.label.isEmpty() ? tr("My notes") : tr("My notes — item %1").arg(hit.label);
    }
    return hit.label.isEmpty() ? tr("Conclusion") : tr("Conclusion — item %1").arg(hit.label);
}

void SearchPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString meetingId = item->data(0, MeetingRole).toString();
    const QString sha256 = item->data(0, ShaRole).toString();
    if (!sha256.isEmpty()) {
        const int page = item->data(0, PageRole).isValid() ? item->data(0, PageRole).toInt() : 0;
        // The words of an annotation are not on the page: only the page is opened.
        const bool onPage = item->data(0, KindRole).toString() != searchkinds::annotation;
        Q_EMIT openResult(
            meetingId, sha256, std::max(0, page), onPage ? m_box->text().trimmed() : QString());
    } else if (!meetingId.isEmpty()) {
        Q_EMIT openMeeting(meetingId, item->data(0, AgendaItemRole).toString());
    }
}

void SearchPanel::handleProgress(int done, int total)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, std::max(total, 0));
    m_progress->setValue(done);
    m_progress->setFormat(total > 0 ? tr("Indexing documents: %1 of %2").arg(done).arg(total)
                                    : tr("Preparing the search index…"));
}

void SearchPanel::handleFinished(const IndexReport &report)
{
    m_progress->setVisible(false);
    if (!report.error.isEmpty())
        m_status->setText(report.error);
    // Newly indexed pages may answer the query on screen.
    if (!m_box->text().trimmed().isEmpty()
        && (report.documentsIndexed > 0 || report.meetingsUpdated > 0
            || report.documentsRemoved > 0))
        searchNow();
}

} // namespace phonghop::ui
