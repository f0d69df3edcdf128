#include "agendaeditor.h"

#include "meeting_core/convert/officeformat.h"
#include "preparedpollseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <functional>

namespace phonghop::ui {

namespace {

// "[Mật] Phương án nhân sự": a confidential document in the editor's list, with its class (the
// publication's default "Mật" when none was typed).
QString classifiedLabel(const QString &classification, const QString &title)
{
    return QStringLiteral("[%1] %2").arg(
        classification.isEmpty() ? QStringLiteral("Mật") : classification, title);
}

enum Column { NumberColumn, TitleColumn, PresenterColumn, MinutesColumn };
constexpr int IdRole = Qt::UserRole + 1;

QPushButton *touchButton(const QString &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(icon), text, parent);
    button->setMinimumHeight(44);
    return button;
}
} // namespace

AgendaEditor::AgendaEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // Left: the agenda tree.
    auto *agendaPane = new QWidget(splitter);
    auto *agendaLayout = new QVBoxLayout(agendaPane);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    auto *agendaButtons = new QHBoxLayout;
    auto *addTop = touchButton(QStringLiteral("list-add"), tr("Add &item"), agendaPane);
    auto *addSub
        = touchButton(QStringLiteral("format-indent-more"), tr("Add &sub-item"), agendaPane);
    auto *remove = touchButton(QStringLiteral("list-remove"), tr("Remo&ve item"), agendaPane);
    agendaButtons->addWidget(addTop);
    agendaButtons->addWidget(addSub);
    agendaButtons->addWidget(remove);
    agendaButtons->addStretch();
    agendaLayout->addLayout(agendaButtons);
    m_tree = new QTreeWidget(agendaPane);
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setHeaderLabels({ tr("No."), tr("Agenda item"), tr("Presenter"), tr("Minutes") });
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(NumberColumn, 90);
    m_tree->setColumnWidth(PresenterColumn, 180);
    m_tree->setColumnWidth(MinutesColumn, 80);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget::item { min-height: 44px; }"));
    m_tree->setIndentation(28);
    m_tree->viewport()->installEventFilter(this);
    agendaLayout->addWidget(m_tree);
    auto *hint
        = new QLabel(tr("Drag items to reorder them or to make them sub-items; numbers follow. "
                        "Drop PDF, Word, Excel or OpenDocument files on an item to attach them; "
                        "office files are published as PDF, with the original beside it."),
            agendaPane);
    hint->setWordWrap(true);
    agendaLayout->addWidget(hint);

    // Right: the documents of the selected item.
    auto *documentsPane = new QWidget(splitter);
    auto *documentsLayout = new QVBoxLayout(documentsPane);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    m_documentsHeading = new QLabel(documentsPane);
    m_documentsHeading->setWordWrap(true);
    QFont headingFont = m_documentsHeading->font();
    headingFont.setBold(true);
    m_documentsHeading->setFont(headingFont);
    documentsLayout->addWidget(m_documentsHeading);
    auto *documentButtons = new QHBoxLayout;
    auto *attach
        = touchButton(QStringLiteral("document-open"), tr("&Attach document…"), documentsPane);
    m_replace = touchButton(
        QStringLiteral("document-revert"), tr("Replace with new &version…"), documentsPane);
    auto *detach
        = touchButton(QStringLiteral("edit-delete"), tr("Remove &document"), documentsPane);
    documentButtons->addWidget(attach);
    documentButtons->addWidget(m_replace);
    documentButtons->addWidget(detach);
    documentButtons->addStretch();
    documentsLayout->addLayout(documentButtons);
    m_documents = new QListWidget(documentsPane);
    m_documents->setObjectName(QStringLiteral("documentList"));
    m_documents->setAcceptDrops(true);
    m_documents->viewport()->installEventFilter(this);
    m_documents->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 44px; }"));
    documentsLayout->addWidget(m_documents, 1);

    m_details = new QWidget(documentsPane);
    auto *form = new QFormLayout(m_details);
    m_docTitle = new QLineEdit(m_details);
    m_docKind = new QComboBox(m_details);
    m_docKind->setEditable(true);
    m_docKind->addItem(tr("Submission (tờ trình)"), QStringLiteral("to-trinh"));
    m_docKind->addItem(tr("Draft decision"), QStringLiteral("du-thao-quyet-dinh"));
    m_docKind->addItem(tr("Draft resolution"), QStringLiteral("du-thao-nghi-quyet"));
    m_docKind->addItem(tr("Report"), QStringLiteral("bao-cao"));
    m_docKind->addItem(tr("Plan"), QStringLiteral("ke-hoach"));
    m_docKind->addItem(tr("Official letter"), QStringLiteral("cong-van"));
    m_docKind->addItem(tr("Other"), QStringLiteral("khac"));
    m_issuingBody = new QLineEdit(m_details);
    m_issuingBody->setPlaceholderText(tr("e.g. Department of Finance"));
    m_confidential = new QCheckBox(
        tr("Confidential (\"Mật\"): only the people ticked below receive it"), m_details);
    m_noExport = new QCheckBox(
        tr("Forbid exporting and printing it (recipients read it on screen only)"), m_details);
    m_confidential->setObjectName(QStringLiteral("documentConfidential"));
    m_noExport->setObjectName(QStringLiteral("documentNoExport"));
    // The levels of the Law on Protection of State Secrets, and the office's own "internal";
    // another word may be typed. Shown with the title on every seat, recipient or not.
    m_classification = new QComboBox(m_details);
    m_classification->setObjectName(QStringLiteral("documentClassification"));
    m_classification->setEditable(true);
    m_classification->addItems({ QStringLiteral("Mật"), QStringLiteral("Tối mật"),
        QStringLiteral("Tuyệt mật"), QStringLiteral("Nội bộ") });
    m_recipients = new QListWidget(m_details);
    m_recipients->setMaximumHeight(150);
    m_fileLabel = new QLabel(m_details);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_docTitle, m_docKind, m_issuingBody, m_confidential, m_classification, m_noExport })
        field->setMinimumHeight(44);
    form->addRow(tr("Title:"), m_docTitle);
    form->addRow(tr("Type:"), m_docKind);
    form->addRow(tr("Issued by:"), m_issuingBody);
    form->addRow(m_confidential);
    form->addRow(tr("Classification:"), m_classification);
    form->addRow(m_noExport);
    form->addRow(tr("Recipients:"), m_recipients);
    form->addRow(tr("File:"), m_fileLabel);
    documentsLayout->addWidget(m_details);
    m_polls = new PreparedPollsEditor(documentsPane);
    documentsLayout->addWidget(m_polls);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(addTop, &QPushButton::clicked, this, &AgendaEditor::addTopItem);
    connect(addSub, &QPushButton::clicked, this, &AgendaEditor::addSubItem);
    connect(remove, &QPushButton::clicked, this, &AgendaEditor::removeItem);
    connect(attach, &QPushButton::clicked, this, &AgendaEditor::chooseFiles);
    connect(m_replace, &QPushButton::clicked, this, &AgendaEditor::chooseReplacement);
    connect(detach, &QPushButton::clicked, this, &AgendaEditor::removeDocument);
    connect(m_polls, &PreparedPollsEditor::edited, this, &AgendaEditor::changed);
    connect(
        m_tree, &QTreeWidget::currentItemChanged, this, &AgendaEditor::showDocumentsOfCurrentItem);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_loading)
            changed();
    });
    // A drop moves rows out and back in; renumber once the view has settled.
    connect(m_tree->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_loading)
            QTimer::singleShot(0, this, [this] {
                renumber();
                changed();
            });
    });
    connect(m_documents, &QListWidget::currentRowChanged, this, &AgendaEditor::showDocumentDetails);
    connect(m_docTitle, &QLineEdit::textEdited, this, &AgendaEditor::storeDocumentDetails);
    connect(m_docKind, &QComboBox::currentTextChanged, this, &AgendaEditor::storeDocumentDetails);
    connect(m_issuingBody, &QLineEdit::textEdited, this, &AgendaEditor::storeDocumentDetails);
    connect(m_confidential, &QCheckBox::toggled, this, &AgendaEditor::storeDocumentDetails);
    connect(m_noExport, &QCheckBox::toggled, this, &AgendaEditor::storeDocumentDetails);
    connect(m_classification, &QComboBox::currentTextChanged, this,
        &AgendaEditor::storeDocumentDetails);
    connect(m_recipients, &QListWidget::itemChanged, this, &AgendaEditor::storeDocumentDetails);
    showDocumentsOfCurrentItem();
}

void AgendaEditor::changed()
{
    Q_EMIT edited();
}

void AgendaEditor::setDraft(const DraftMeeting &draft)
{
    m_loading = true;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> byId;
    for (const DraftAgendaItem &item : draft.agenda) {
        QTreeWidgetItem *parent = byId.value(item.parentId);
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        row->setData(0, IdRole, item.id);
        row->setText(TitleColumn, item.title);
        row->setText(PresenterColumn, item.presenter);
        row->setText(MinutesColumn,
            item.plannedMinutes > 0 ? QString::number(item.plannedMinutes) : QString());
        row->setFlags(
            row->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        byId.insert(item.id, row);
    }
    m_tree->expandAll();
    m_documentData = draft.documents;
    m_participants = draft.participants;
    m_polls->setPolls(draft.polls);
    renumber();
    m_loading = false;
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showDocumentsOfCurrentItem();
}

void AgendaEditor::apply(DraftMeeting &draft) const
{
    draft.agenda.clear();
    std::function<void(QTreeWidgetItem *, const QString &)> walk
        = [&](QTreeWidgetItem *row, const QString &parentId) {
              DraftAgendaItem item;
              item.id = row->data(0, IdRole).toString();
              item.parentId = parentId;
              item.title = row->text(TitleColumn).trimmed();
              item.presenter = row->text(PresenterColumn).trimmed();
              item.plannedMinutes = row->text(MinutesColumn).toInt();
              draft.agenda << item;
              for (int i = 0; i < row->childCount(); ++i)
                  walk(row->child(i), item.id);
          };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        walk(m_tree->topLevelItem(i), QString());
    draft.documents = m_documentData;
    draft.polls = m_polls->polls();
}

void AgendaEditor::setParticipants(const QList<DraftParticipant> &participants)
{
    m_participants = participants;
    showDocumentDetails();
}

void AgendaEditor::renumber()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    std::function<void(QTreeWidgetItem *, int, int)> number
        = [&](QTreeWidgetItem *row, int depth, int index) {
              row->setText(NumberColumn, draft::levelLabel(depth, index));
              for (int i = 0; i < row->childCount(); ++i)
                  number(row->child(i), depth + 1, i);
          };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        number(m_tree->topLevelItem(i), 0, i);
    m_loading = wasLoading;
}

QString AgendaEditor::addItem(const QString &parentId, const QString &title)
{
    DraftMeeting ids;
    apply(ids);
    const QString id = ids.newItemId();
    QTreeWidgetItem *parent = findItem(parentId);
    m_loading = true;
    auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    row->setData(0, IdRole, id);
    row->setText(TitleColumn, title);
    row->setFlags(
        row->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    if (parent)
        parent->setExpanded(true);
    renumber();
    m_loading = false;
    m_tree->setCurrentItem(row);
    changed();
    return id;
}

void AgendaEditor::addTopItem()
{
    const QString id = addItem(QString(), tr("New agenda item"));
    m_tree->editItem(findItem(id), TitleColumn);
}

void AgendaEditor::addSubItem()
{
    const QString parent = currentItemId();
    const QString id = addItem(parent, tr("New sub-item"));
    m_tree->editItem(findItem(id), TitleColumn);
}

void AgendaEditor::removeItem()
{
    QTreeWidgetItem *row = m_tree->currentItem();
    if (!row)
        return;
    DraftMeeting draft;
    apply(draft);
    draft.removeAgendaItem(row->data(0, IdRole).toString());
    m_documentData = draft.documents;
    m_polls->setPolls(draft.polls);
    m_loading = true;
    delete row;
    renumber();
    m_loading = false;
    showDocumentsOfCurrentItem();
    changed();
}

QTreeWidgetItem *AgendaEditor::findItem(const QString &itemId) const
{
    if (itemId.isEmpty())
        return nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == itemId)
            return *it;
    }
    return nullptr;
}

QString AgendaEditor::currentItemId() const
{
    const QTreeWidgetItem *row = m_tree->currentItem();
    return row ? row->data(0, IdRole).toString() : QString();
}

void AgendaEditor::selectItem(const QString &itemId)
{
    if (QTreeWidgetItem *row = findItem(itemId))
        m_tree->setCurrentItem(row);
}

void AgendaEditor::selectDocument(const QString &documentId)
{
    for (int i = 0; i < m_documents->count(); ++i) {
        if (m_documents->item(i)->data(IdRole).toString() == documentId)
            m_documents->setCurrentRow(i);
    }
}

QString AgendaEditor::documentFilters()
{
    // Office files are converted to PDF when the meeting is published (issue 18).
    return tr("Documents (*.pdf %1);;PDF documents (*.pdf);;Word, Excel and OpenDocument files "
              "(%1);;All files (*)")
        .arg(officeFilePatterns());
}

QStringList AgendaEditor::pdfPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

bool AgendaEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Events arrive while the constructor is still building the widgets.
    const bool onTree = m_tree && watched == m_tree->viewport();
    const bool onList = m_documents && watched == m_documents->viewport();
    if (!onTree && !onList)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!pdfPaths(drag->mimeData()).isEmpty()) {
            const bool onItem = onList || m_tree->itemAt(drag->position().toPoint()) != nullptr;
            if (onItem)
                drag->acceptProposedAction();
            else
                drag->ignore();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = pdfPaths(drop->mimeData());
        if (!paths.isEmpty()) {
            QString itemId = currentItemId();
            if (onTree) {
                if (QTreeWidgetItem *row = m_tree->itemAt(drop->position().toPoint()))
                    itemId = row->data(0, IdRole).toString();
            }
            drop->acceptProposedAction();
            if (!itemId.isEmpty())
                attachFiles(itemId, paths);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgendaEditor::attachFiles(const QString &itemId, const QStringList &paths)
{
    DraftMeeting ids;
    ids.documents = m_documentData;
    QString lastId;
    for (const QString &path : paths) {
        DraftDocument document;
        document.id = ids.newDocumentId();
        document.agendaItemId = itemId;
        document.filePath = path;
        document.fileName = QFileInfo(path).fileName();
        document.title = QFileInfo(path).completeBaseName();
        document.kind = QStringLiteral("to-trinh");
        ids.documents << document;
        lastId = document.id;
    }
    m_documentData = ids.documents;
    selectItem(itemId);
    showDocumentsOfCurrentItem();
    selectDocument(lastId);
    changed();
}

void AgendaEditor::chooseFiles()
{
    const QString itemId = currentItemId();
    if (itemId.isEmpty())
        return;
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Attach documents"), QString(), documentFilters());
    if (!paths.isEmpty())
        attachFiles(itemId, paths);
}

DraftDocument *AgendaEditor::currentDocument()
{
    const QListWidgetItem *row = m_documents->currentItem();
    if (!row)
        return nullptr;
    const QString id = row->data(IdRole).toString();
    for (DraftDocument &document : m_documentData) {
        if (document.id == id)
            return &document;
    }
    return nullptr;
}

bool AgendaEditor::replaceSelectedDocument(const QString &path)
{
    DraftDocument *document = currentDocument();
    if (!document)
        return false;
    DraftMeeting holder;
    holder.documents = m_documentData;
    const QString id = document->id;
    holder.replaceDocumentFile(id, path);
    m_documentData = holder.documents;
    showDocumentsOfCurrentItem();
    selectDocument(id);
    changed();
    return true;
}

void AgendaEditor::chooseReplacement()
{
    if (!currentDocument())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replace with a new version"), QString(), documentFilters());
    if (!path.isEmpty())
        replaceSelectedDocument(path);
}

void AgendaEditor::removeDocument()
{
    const DraftDocument *document = currentDocument();
    if (!document)
        return;
    const QString id = document->id;
    m_documentData.removeIf([&](const DraftDocument &d) { return d.id == id; });
    showDocumentsOfCurrentItem();
    changed();
}

void AgendaEditor::showDocumentsOfCurrentItem()
{
    const QString itemId = currentItemId();
    const QTreeWidgetItem *row = m_tree->currentItem();
    m_documentsHeading->setText(row
            ? tr("Documents of %1. %2").arg(row->text(NumberColumn), row->text(TitleColumn))
            : tr("Select an agenda item to see its documents"));
    m_polls->showItem(itemId,
        row ? QStringLiteral("%1. %2").arg(row->text(NumberColumn), row->text(TitleColumn))
            : QString());
    const bool wasLoading = m_loading;
    m_loading = true;
    m_documents->clear();
    for (const DraftDocument &document : m_documentData) {
        if (document.agendaItemId != itemId)
            continue;
        QString label = document.title;
        if (document.version > 1)
            label += tr(" — version %1").arg(document.version);
        if (document.confidential)
            label = classifiedLabel(document.classification, label);
        auto *entry = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/document.svg")), label, m_documents);
        entry->setData(IdRole, document.id);
        entry->setToolTip(document.filePath);
    }
    m_loading = wasLoading;
    if (m_documents->count() > 0)
        m_documents->setCurrentRow(0);
    showDocumentDetails();
}

void AgendaEditor::showDocumentDetails()
{
    const DraftDocument *document = currentDocument();
    m_details->setEnabled(document != nullptr);
    m_replace->setEnabled(document != nullptr);
    const bool wasLoading = m_loading;
    m_loading = true;
    m_recipients->clear();
    if (!document) {
        m_docTitle->clear();
        m_issuingBody->clear();
        m_confidential->setChecked(false);
        m_noExport->setChecked(false);
        m_noExport->setEnabled(false);
        m_classification->setEditText(QString());
        m_classification->setEnabled(false);
        m_fileLabel->clear();
        m_loading = wasLoading;
        return;
    }
    m_docTitle->setText(document->title);
    const int kind = m_docKind->findData(document->kind);
    if (kind >= 0)
        m_docKind->setCurrentIndex(kind);
    else
        m_docKind->setEditText(document->kind);
    m_issuingBody->setText(document->issuingBody);
    m_confidential->setChecked(document->confidential);
    m_noExport->setChecked(document->noExport);
    m_noExport->setEnabled(document->confidential);
    m_classification->setEditText(document->classification.isEmpty() && document->confidential
            ? QStringLiteral("Mật")
            : document->classification);
    m_classification->setEnabled(document->confidential);
    for (const DraftParticipant &participant : m_participants) {
        auto *entry = new QListWidgetItem(participant.fullName, m_recipients);
        entry->setData(IdRole, participant.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(
            document->recipientIds.contains(participant.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_recipients->setEnabled(document->confidential);
    m_fileLabel->setText(QStringLiteral("%1 (%2)").arg(
        document->filePath.isEmpty() ? tr("no file") : document->filePath,
        tr("version %1").arg(document->version)));
    m_loading = wasLoading;
}

void AgendaEditor::storeDocumentDetails()
{
    if (m_loading)
        return;
    DraftDocument *document = currentDocument();
    if (!document)
        return;
    document->title = m_docTitle->text().trimmed();
    const int kind = m_docKind->findText(m_docKind->currentText());
    document->kind
        = kind >= 0 ? m_docKind->itemData(kind).toString() : m_docKind->currentText().trimmed();
    document->issuingBody = m_issuingBody->text().trimmed();
    document->confidential = m_confidential->isChecked();
    document->noExport = m_noExport->isChecked();
    m_noExport->setEnabled(document->confidential);
    // Kept only with the mark: a clear document carries no classification.
    document->classification
        = document->confidential ? m_classification->currentText().trimmed() : QString();
    m_classification->setEnabled(document->confidential);
    m_recipients->setEnabled(document->confidential);
    document->recipientIds.clear();
    for (int i = 0; i < m_recipients->count(); ++i) {
        if (m_recipients->item(i)->checkState() == Qt::Checked)
            document->recipientIds << m_recipients->item(i)->data(IdRole).toString();
    }
    if (QListWidgetItem *row = m_documents->currentItem()) {
        QString label = document->title;
        if (document->version > 1)
            label += tr(" — version %1").arg(document->version);
        if (document->confidential)
            label = classifiedLabel(document->classification, label);
        const bool wasLoading = m_loading;
        m_loading = true;
        row->setText(label);
        m_loading = wasLoading;
    }
    changed();
}

} // namespace phonghop::ui
