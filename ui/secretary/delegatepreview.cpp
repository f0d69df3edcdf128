#include "delegatepreview.h"

#include "viewer/documentview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int DocumentRole = Qt::UserRole + 1;
}

DelegatePreview::DelegatePreview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_heading->setFont(font);
    layout->addWidget(m_heading);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_agenda = new QTreeWidget(splitter);
    m_agenda->setObjectName(QStringLiteral("previewAgenda"));
    m_agenda->setHeaderHidden(true);
    m_agenda->setStyleSheet(QStringLiteral("QTreeWidget::item { min-height: 44px; }"));
    m_agenda->setWordWrap(true);
    m_view = new DocumentView(splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 420, 640 });
    layout->addWidget(splitter, 1);

    connect(m_agenda, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && !current->data(0, DocumentRole).toString().isEmpty())
            openDocument(current->data(0, DocumentRole).toString());
    });
}

void DelegatePreview::showDraft(const DraftMeeting &draft)
{
    m_draft = draft;
    const QLocale locale;
    QString heading = draft.title.isEmpty() ? tr("(no title yet)") : draft.title;
    if (draft.start.isValid())
        heading += u'\n'
            + tr("%1 — %2").arg(locale.toString(draft.start, tr("dddd dd/MM/yyyy, HH:mm")),
                draft.location.isEmpty() ? tr("(no room yet)") : draft.location);
    m_heading->setText(heading);

    m_agenda->clear();
    QHash<QString, QTreeWidgetItem *> rows;
    for (const AgendaItem &item : draft::numberedAgenda(draft)) {
        QTreeWidgetItem *parent = rows.value(item.parentId);
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_agenda);
        QString text = tr("%1. %2").arg(item.number, item.title);
        if (!item.presenter.isEmpty())
            text += u'\n' + tr("Presented by %1").arg(item.presenter);
        row->setText(0, text);
        rows.insert(item.id, row);
        for (const DraftDocument &document : draft.documents) {
            if (document.agendaItemId != item.id)
                continue;
            auto *entry = new QTreeWidgetItem(row);
            QString label = document.title;
            if (document.version > 1)
                label += tr(" (version %1)").arg(document.version);
            if (document.confidential)
                label = tr("[Mật] %1").arg(label);
            entry->setText(0, label);
            entry->setIcon(0, QIcon(QStringLiteral(":/icons/document.svg")));
            entry->setData(0, DocumentRole, document.id);
        }
    }
    m_agenda->expandAll();
}

void DelegatePreview::openDocument(const QString &documentId)
{
    for (const DraftDocument &document : m_draft.documents) {
        if (document.id == documentId)
            m_view->openDocument(
                document.filePath, document.title, QStringLiteral("preview:") + document.id);
    }
}

} // namespace phonghop::ui
