#include "agendamodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QStyle>

namespace phonghop::ui {

AgendaModel::AgendaModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

namespace {
// "mới" and "cập nhật" beside the title, in bold, so they stand out without colour alone.
void markChange(QStandardItem *row, ChangeBadge badge)
{
    if (badge == ChangeBadge::None)
        return;
    row->setText(row->text() + QStringLiteral("  •  ") + badgeText(badge));
    QFont font = row->font();
    font.setBold(true);
    row->setFont(font);
    row->setForeground(QColor(0xb7, 0x1c, 0x1c));
}
} // namespace

void AgendaModel::setMeeting(const Meeting &meeting, const MeetingBadges &badges)
{
    m_meeting = meeting;
    clear();
    const QIcon documentIcon(QStringLiteral(":/icons/document.svg"));

    QHash<QString, QStandardItem *> items;
    QList<AgendaItem> ordered = meeting.agenda;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const AgendaItem &a, const AgendaItem &b) { return a.position < b.position; });
    // Parents first, so children find them whatever the order in the manifest.
    auto depth = [&meeting](const AgendaItem &item) {
        int levels = 0;
        QString parent = item.parentId;
        while (!parent.isEmpty() && levels < 16) {
            ++levels;
            const auto found = std::find_if(meeting.agenda.begin(), meeting.agenda.end(),
                [&parent](const AgendaItem &a) { return a.id == parent; });
            parent = found == meeting.agenda.end() ? QString() : found->parentId;
        }
        return levels;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
        [&depth](const AgendaItem &a, const AgendaItem &b) { return depth(a) < depth(b); });

    for (const AgendaItem &agendaItem : std::as_const(ordered)) {
        const QString label = agendaItem.number.isEmpty()
            ? agendaItem.title
            : tr("%1. %2").arg(agendaItem.number, agendaItem.title);
        auto *row = new QStandardItem(label);
        row->setEditable(false);
        row->setData(static_cast<int>(Kind::AgendaItem), KindRole);
        row->setData(agendaItem.id, AgendaItemIdRole);
        QStringList tip { agendaItem.title };
        if (!agendaItem.presenter.isEmpty())
            tip << tr("Presenter: %1").arg(agendaItem.presenter);
        if (agendaItem.plannedMinutes > 0)
            tip << tr("Planned: %n minute(s)", nullptr, agendaItem.plannedMinutes);
        row->setToolTip(tip.join(u'\n'));
        if (!agendaItem.presenter.isEmpty())
            row->setData(agendaItem.presenter, Qt::StatusTipRole);
        markChange(row, badges.item(agendaItem.id));
        QStandardItem *parent = items.value(agendaItem.parentId, invisibleRootItem());
        parent->appendRow(row);
        items.insert(agendaItem.id, row);
    }
    for (const DocumentRef &document : meeting.documents) {
        QStandardItem *owner = items.value(document.agendaItemId);
        if (!owner)
            continue;
        // A confidential document shows its classification ("Mật") with its title (issue 16).
        auto *row = new QStandardItem(documentIcon,
            document.confidential && !document.classification.isEmpty()
                ? QStringLiteral("%1 [%2]").arg(document.title, document.classification)
                : document.title);
        row->setEditable(false);
        row->setData(static_cast<int>(Kind::Document), KindRole);
        row->setData(document.agendaItemId, AgendaItemIdRole);
        row->setData(document.id, DocumentIdRole);
        row->setToolTip(document.version > 1
                ? tr("%1 (version %2)").arg(document.title).arg(document.version)
                : document.title);
        markChange(row, badges.document(document.id));
        // Documents come before sub-items, as on a printed agenda.
        int insertAt = 0;
        while (insertAt < owner->rowCount()
            && owner->child(insertAt)->data(KindRole).toInt() == static_cast<int>(Kind::Document))
            ++insertAt;
        owner->insertRow(insertAt, row);
    }
}

std::optional<DocumentRef> AgendaModel::documentAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const QString documentId = index.data(DocumentIdRole).toString();
    const QString itemId = index.data(AgendaItemIdRole).toString();
    for (const DocumentRef &document : m_meeting.documents) {
        if (documentId.isEmpty() ? document.agendaItemId == itemId : document.id == documentId)
            return document;
    }
    return std::nullopt;
}

QModelIndex AgendaModel::indexOfDocumentSha(const QString &sha256) const
{
    for (const DocumentRef &document : m_meeting.documents) {
        if (document.sha256 == sha256)
            return indexOfDocument(document.id);
    }
    return {};
}

QModelIndex AgendaModel::indexOfDocument(const QString &documentId) const
{
    const QModelIndexList found
        = match(index(0, 0), DocumentIdRole, documentId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace phonghop::ui
