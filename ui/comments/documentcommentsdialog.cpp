#include "documentcommentsdialog.h"

#include "meeting_core/desk/desk.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

DocumentCommentsDialog::DocumentCommentsDialog(
    Desk &desk, QString meetingId, QString documentId, QString documentTitle, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_meetingId(std::move(meetingId))
    , m_documentId(std::move(documentId))
    , m_documentTitle(std::move(documentTitle))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Comments on “%1”").arg(m_documentTitle));
    resize(900, 600);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels(
        { tr("Delegate / page"), tr("Words commented on"), tr("Comment"), tr("Time") });
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { min-height: 36px; }"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    for (QPushButton *button : { csv, pdf, refresh })
        button->setMinimumHeight(44);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(refresh, &QPushButton::clicked, this, &DocumentCommentsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(&m_desk, &Desk::commentsRead, this,
        [this](quint64 ticket, const QVector<DocumentComment> &comments) {
            if (ticket == m_exportTicket) {
                m_exportTicket = 0;
                write(comments, m_exportPdf, m_exportPath);
            }
            if (ticket == m_shownTicket)
                showComments(comments);
        });
    reload();
}

int DocumentCommentsDialog::commentCount() const
{
    int count = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        count += m_tree->topLevelItem(i)->childCount();
    return count;
}

void DocumentCommentsDialog::reload()
{
    m_shownTicket = m_desk.readComments(m_meetingId, m_documentId);
}

void DocumentCommentsDialog::showComments(const QVector<DocumentComment> &comments)
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> delegates;
    for (const DocumentComment &comment : comments) {
        const QString author = comment.authorName.isEmpty() ? comment.deviceId : comment.authorName;
        QTreeWidgetItem *group = delegates.value(author);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, { author });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            delegates.insert(author, group);
        }
        new QTreeWidgetItem(group,
            { comment.page >= 0 ? tr("Page %1").arg(comment.page + 1) : tr("Whole document"),
                comment.quote, comment.text,
                comment.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")) });
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_summary->setText(comments.isEmpty()
            ? tr("No comments on this document have reached the share yet.")
            : tr("%n comment(s) from %1 delegate(s).", nullptr, static_cast<int>(comments.size()))
                  .arg(delegates.size()));
    Q_EMIT commentsLoaded();
}

void DocumentCommentsDialog::exportAs(bool pdf)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comments"),
        m_documentTitle + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")),
        pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // What the share holds now, not only what the list showed when it was read.
    m_exportPdf = pdf;
    m_exportPath = path;
    m_exportTicket = m_desk.readComments(m_meetingId, m_documentId);
}

void DocumentCommentsDialog::write(
    const QVector<DocumentComment> &comments, bool pdf, const QString &path)
{
    const Status written = pdf ? exportCommentsPdf(comments, m_documentTitle, path)
                               : exportCommentsCsv(comments, path);
    if (!written)
        QMessageBox::warning(this, windowTitle(), written.error());
}

} // namespace phonghop::ui
