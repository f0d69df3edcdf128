#include "consult/consultationform.h"

#include "meeting_core/consult/consultationshare.h"
#include "meeting_core/convert/officeformat.h"
#include "meeting_core/org/directorystore.h"
#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/voting/poll.h"
#include "secretary/organisationaccess.h"
#include "setup/setupwidgets.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
// A document kept from the published revision: its id there (the form re-numbers new ones).
constexpr int KeptRole = Qt::UserRole + 2;
} // namespace

ConsultationForm::ConsultationForm(OrganisationAccess &access, QStringList existingIds,
    std::function<QDateTime()> clock, QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_existingIds(std::move(existingIds))
    , m_clock(std::move(clock))
    , m_title(new QLineEdit)
    , m_issuingBody(new QLineEdit)
    , m_deadline(new QDateTimeEdit)
    , m_note(new QPlainTextEdit)
    , m_members(new QListWidget)
    , m_chair(new QComboBox)
    , m_questionsLayout(new QVBoxLayout)
    , m_documents(new QListWidget)
    , m_message(new QLabel)
    , m_publish(touchButton(tr("Publish…"), this, true))
{
    setObjectName(QStringLiteral("consultationForm"));
    setWindowTitle(tr("New consultation"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("consultationFormTitle"));
    m_issuingBody->setObjectName(QStringLiteral("consultationFormIssuingBody"));
    m_issuingBody->setText(m_access.organisationName());
    m_deadline->setObjectName(QStringLiteral("consultationFormDeadline"));
    m_deadline->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    m_deadline->setCalendarPopup(true);
    const QDateTime now = m_clock();
    m_deadline->setDateTime(QDateTime(now.date().addDays(7), QTime(17, 0)));
    m_note->setObjectName(QStringLiteral("consultationFormNote"));
    m_note->setMaximumHeight(90);
    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_issuingBody, m_deadline })
        w->setMinimumHeight(44);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Issuing body:"), m_issuingBody);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);

    auto *membersBox = new QGroupBox(tr("Members consulted (from the people directory)"));
    auto *membersLayout = new QVBoxLayout(membersBox);
    m_members->setObjectName(QStringLiteral("consultationFormMembers"));
    m_members->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 40px; }"));
    m_members->setMinimumHeight(160);
    membersLayout->addWidget(m_members);
    auto *chairRow = new QFormLayout;
    m_chair->setObjectName(QStringLiteral("consultationFormChair"));
    m_chair->setMinimumHeight(44);
    m_chair->addItem(tr("(none)"), QString());
    chairRow->addRow(tr("Chair (decides a tie):"), m_chair);
    membersLayout->addLayout(chairRow);
    layout->addWidget(membersBox);

    auto *questionsBox = new QGroupBox(tr("Questions"));
    auto *questionsOuter = new QVBoxLayout(questionsBox);
    questionsOuter->addLayout(m_questionsLayout);
    auto *addQuestionButton = touchButton(tr("Add a question"), questionsBox);
    addQuestionButton->setObjectName(QStringLiteral("consultationFormAddQuestion"));
    questionsOuter->addWidget(addQuestionButton, 0, Qt::AlignLeft);
    layout->addWidget(questionsBox);

    auto *documentsBox = new QGroupBox(tr("Documents (PDF, or office files converted to PDF; "
                                          "ticked: confidential, sealed to the members' devices)"));
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    m_documents->setObjectName(QStringLiteral("consultationFormDocuments"));
    m_documents->setMaximumHeight(120);
    documentsLayout->addWidget(m_documents);
    auto *documentButtons = new QHBoxLayout;
    auto *addDocumentButton = touchButton(tr("Add a document…"), documentsBox);
    auto *removeDocumentButton = touchButton(tr("Remove"), documentsBox);
    documentButtons->addWidget(addDocumentButton);
    documentButtons->addWidget(removeDocumentButton);
    documentButtons->addStretch(1);
    documentsLayout->addLayout(documentButtons);
    layout->addWidget(documentsBox);
    layout->addStretch(1);

    m_message->setObjectName(QStringLiteral("consultationFormMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *cancel = touchButton(tr("Cancel"), this);
    m_publish->setObjectName(QStringLiteral("consultationFormPublish"));
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_publish);
    outer->addLayout(buttons);
    resize(760, 820);

    addQuestion();
    connect(addQuestionButton, &QPushButton::clicked, this, [this] { addQuestion(); });
    connect(addDocumentButton, &QPushButton::clicked, this, [this] {
        if (dialogsSuppressed())
            return;
        for (const QString &path : QFileDialog::getOpenFileNames(this,
                 tr("Documents for the consultation"), QDir::homePath(),
                 tr("PDF and office documents (*.pdf %1)").arg(officeFilePatterns())))
            addDocument(path);
    });
    connect(removeDocumentButton, &QPushButton::clicked, this,
        [this] { delete m_documents->currentItem(); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &ConsultationForm::publish);
}

void ConsultationForm::addQuestion(
    const QString &text, const QString &kind, const QString &rule, const QStringList &options)
{
    QuestionRow row;
    row.row = new QWidget;
    // The question's text a whole line wide; its kind, rule and "Remove" below it.
    auto *outer = new QVBoxLayout(row.row);
    outer->setContentsMargins(0, 0, 0, 8);
    auto *layout = new QHBoxLayout;
    row.text = new QLineEdit(text, row.row);
    row.text->setPlaceholderText(tr("The question, e.g. “Thông qua dự thảo Quyết định?”"));
    row.text->setMinimumHeight(44);
    row.kind = new QComboBox(row.row);
    row.kind->addItem(tr("Agree / disagree / other"), QStringLiteral("approval"));
    row.kind->addItem(tr("Yes / no"), QStringLiteral("yes-no"));
    // docs/consultation-format.md: a choice question lists its own options (one is chosen).
    row.kind->addItem(tr("Choose one of the options"), QStringLiteral("choice"));
    row.kind->setCurrentIndex(qMax(0, row.kind->findData(kind)));
    row.kind->setMinimumHeight(44);
    row.options = new QLineEdit(options.join(QStringLiteral("; ")), row.row);
    row.options->setPlaceholderText(tr("The options, separated by “;”, e.g. “Phương án 1; "
                                       "Phương án 2”"));
    row.options->setMinimumHeight(44);
    row.options->setVisible(kind == u"choice");
    row.rule = new QComboBox(row.row);
    for (const QString &preset : VotingRule::presetIds())
        row.rule->addItem(VotingRule::fromPreset(preset)->describe(), preset);
    row.rule->setCurrentIndex(qMax(0, row.rule->findData(rule)));
    row.rule->setMinimumHeight(44);
    // The rules' sentences are long: the box shows the start, the list the whole sentence.
    row.rule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.rule->setMinimumContentsLength(18);
    row.rule->setToolTip(row.rule->currentText());
    auto *remove = touchButton(tr("Remove"), row.row);
    const int number = m_questions.size() + 1;
    row.row->setObjectName(QStringLiteral("consultationFormQuestion%1").arg(number));
    row.text->setObjectName(QStringLiteral("consultationFormQuestionText%1").arg(number));
    row.kind->setObjectName(QStringLiteral("consultationFormQuestionKind%1").arg(number));
    row.options->setObjectName(QStringLiteral("consultationFormQuestionOptions%1").arg(number));
    outer->addWidget(row.text);
    outer->addWidget(row.options);
    QLineEdit *optionsEdit = row.options;
    QComboBox *kindBox = row.kind;
    connect(row.kind, &QComboBox::currentIndexChanged, this, [optionsEdit, kindBox] {
        optionsEdit->setVisible(kindBox->currentData().toString() == u"choice");
    });
    layout->addWidget(row.kind, 1);
    layout->addWidget(row.rule, 2);
    layout->addWidget(remove);
    outer->addLayout(layout);
    QWidget *widget = row.row;
    connect(remove, &QPushButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_questions.size(); ++i)
            if (m_questions.at(i).row == widget) {
                m_questions.removeAt(i);
                widget->deleteLater();
                return;
            }
    });
    m_questionsLayout->addWidget(row.row);
    m_questions << row;
}

void ConsultationForm::addDocument(const QString &path, bool confidential)
{
    auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_documents);
    item->setData(IdRole, QFileInfo(path).absoluteFilePath());
    item->setToolTip(QDir::toNativeSeparators(path));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
    item->setCheckState(confidential ? Qt::Checked : Qt::Unchecked);
}

void ConsultationForm::editRevision(const Consultation &published)
{
    m_revisionOf = published;
    setWindowTitle(tr("New revision of “%1”").arg(published.title));
    m_title->setText(published.title);
    m_issuingBody->setText(published.issuingBody);
    // Shown in the office's own zone, as the deadline field always is.
    const QDateTime deadline = published.deadline.toOffsetFromUtc(m_clock().offsetFromUtc());
    m_deadline->setDateTime(QDateTime(deadline.date(), deadline.time()));
    m_note->setPlainText(published.note);
    m_pendingMembers = published.members;
    m_pendingChair = published.chair;
    for (const QuestionRow &row : std::as_const(m_questions))
        row.row->deleteLater();
    m_questions.clear();
    for (const ConsultationQuestion &question : published.questions) {
        QStringList options;
        if (question.poll.kind == PollKind::Choice) {
            for (const PollOption &option : question.poll.options)
                options << option.label;
        }
        const QString kind = question.poll.kind == PollKind::Choice ? QStringLiteral("choice")
            : question.poll.kind == PollKind::YesNo                 ? QStringLiteral("yes-no")
                                                                    : QStringLiteral("approval");
        addQuestion(question.text(), kind, question.poll.rule.preset, options);
        QuestionRow &row = m_questions.last();
        row.maxChoices = question.poll.maxChoices;
        // A rule written as an object in CONSULTATION.json (no preset) stays as published.
        if (question.poll.rule.preset.isEmpty()) {
            row.rule->insertItem(0, tr("As published: %1").arg(question.poll.rule.describe()),
                QVariant::fromValue(question.poll.rule.toJson()));
            row.rule->setCurrentIndex(0);
        }
    }
    m_documents->clear();
    for (const DocumentRef &document : published.documents) {
        auto *item = new QListWidgetItem(document.title, m_documents);
        item->setData(KeptRole, document.id);
        item->setFlags((item->flags() | Qt::ItemIsEditable) & ~Qt::ItemIsUserCheckable);
        item->setCheckState(document.confidential ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(document.confidential
                ? tr("Kept as published, sealed to the members' devices")
                : tr("Kept as published"));
    }
}

void ConsultationForm::loadMembers()
{
    const QString share = m_access.sharePath();
    QString error;
    const QByteArray key = m_access.publicKey(&error);
    if (key.isEmpty()) {
        setMessage(tr("The organisation's key cannot be read: %1").arg(error), true);
        Q_EMIT membersLoaded();
        return;
    }
    runInBackground(
        this, [share, key] { return DirectoryStore(share).read(key); },
        [this](const Result<DirectoryStore::Reading> &reading) {
            if (!reading) {
                setMessage(
                    tr("The people directory cannot be read: %1").arg(reading.error()), true);
            } else {
                m_members->clear();
                for (const DirectoryPerson &person : reading->directory.people) {
                    if (person.retired)
                        continue;
                    QString label = person.fullName;
                    if (!person.position.isEmpty())
                        label += QStringLiteral(" — ") + person.position;
                    auto *item = new QListWidgetItem(label, m_members);
                    item->setData(IdRole, person.id);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(
                        (m_revisionOf ? m_pendingMembers.contains(person.id) : person.weight > 0)
                            ? Qt::Checked
                            : Qt::Unchecked);
                    m_chair->addItem(person.fullName, person.id);
                }
                if (m_revisionOf)
                    m_chair->setCurrentIndex(qMax(0, m_chair->findData(m_pendingChair)));
                if (m_members->count() == 0)
                    setMessage(tr("The people directory is empty: add the members in “People” "
                                  "first."),
                        true);
            }
            Q_EMIT membersLoaded();
        });
}

QString ConsultationForm::newId() const
{
    if (m_revisionOf)
        return m_revisionOf->id; // the same consultation, its next revision
    QString base = draft::slug(m_title->text()).left(40);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty() || !base.at(0).isLetterOrNumber())
        base = QStringLiteral("lay-y-kien");
    QString id = base + u'-' + m_clock().toString(QStringLiteral("yyyyMMdd"));
    for (int n = 2; m_existingIds.contains(id); ++n)
        id = base + u'-' + m_clock().toString(QStringLiteral("yyyyMMdd")) + u'-'
            + QString::number(n);
    return id;
}

Result<ConsultationFile> ConsultationForm::consultationFile() const
{
    using R = Result<ConsultationFile>;
    if (m_title->text().trimmed().isEmpty())
        return R::failure(tr("Give the consultation a title."));
    if (m_issuingBody->text().trimmed().isEmpty())
        return R::failure(tr("Say which body issues it."));
    if (m_deadline->dateTime() <= m_clock())
        return R::failure(tr("The deadline must be in the future."));
    QJsonArray members;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            members << m_members->item(i)->data(IdRole).toString();
    if (members.isEmpty())
        return R::failure(tr("Choose at least one member to consult."));
    QJsonArray questions;
    for (const QuestionRow &row : m_questions) {
        if (row.text->text().trimmed().isEmpty())
            return R::failure(tr("Question %1 has no text.").arg(questions.size() + 1));
        const QVariant rule = row.rule->currentData();
        QJsonObject question { { QStringLiteral("id"),
                                   QStringLiteral("q%1").arg(questions.size() + 1) },
            { QStringLiteral("text"), row.text->text().trimmed() },
            { QStringLiteral("kind"), row.kind->currentData().toString() },
            { QStringLiteral("rule"),
                rule.typeId() == QMetaType::QJsonObject ? QJsonValue(rule.toJsonObject())
                                                        : QJsonValue(rule.toString()) } };
        if (row.kind->currentData().toString() == u"choice") {
            QJsonArray options;
            for (const QString &label : row.options->text().split(u';', Qt::SkipEmptyParts)) {
                if (!label.trimmed().isEmpty())
                    options << label.trimmed();
            }
            if (options.size() < 2)
                return R::failure(tr("Question %1 lets the members choose: give at least two "
                                     "options, separated by “;”.")
                                      .arg(questions.size() + 1));
            question.insert(QStringLiteral("options"), options);
            question.insert(QStringLiteral("minChoices"), 1);
            question.insert(QStringLiteral("maxChoices"),
                qBound(1, row.maxChoices, static_cast<int>(options.size())));
        }
        questions << question;
    }
    if (questions.isEmpty())
        return R::failure(tr("Add at least one question."));
    QJsonArray documents;
    // Documents kept from the published revision keep their id; new ones take the next free.
    QStringList usedIds;
    for (int i = 0; i < m_documents->count(); ++i)
        usedIds << m_documents->item(i)->data(KeptRole).toString();
    QHash<int, DocumentRef> kept; // by row
    for (int i = 0; i < m_documents->count(); ++i) {
        const QListWidgetItem *item = m_documents->item(i);
        const QString title = item->text().trimmed();
        if (title.isEmpty())
            return R::failure(tr("Document %1 has no title.").arg(i + 1));
        QString documentId = item->data(KeptRole).toString();
        QString path = item->data(IdRole).toString();
        if (!documentId.isEmpty()) {
            // As it is on the share: the file named here only satisfies the checks below.
            for (const DocumentRef &document : m_revisionOf->documents) {
                if (document.id == documentId)
                    kept.insert(i, document);
            }
            path = ConsultationShare(m_access.sharePath()).objectPath(kept.value(i).sha256);
        } else {
            for (int n = i + 1; documentId.isEmpty() || usedIds.contains(documentId); ++n)
                documentId = QStringLiteral("d%1").arg(n);
            usedIds << documentId;
            if (!QFileInfo(path).isFile())
                return R::failure(tr("The document “%1” is no longer there.").arg(path));
        }
        QJsonObject document { { QStringLiteral("id"), documentId },
            { QStringLiteral("title"), title }, { QStringLiteral("file"), path } };
        if (item->checkState() == Qt::Checked)
            document.insert(QStringLiteral("confidential"), true);
        documents << document;
    }
    // The deadline with the seat's own offset, as the members will read it.
    QDateTime deadline = m_deadline->dateTime();
    deadline.setOffsetFromUtc(m_clock().offsetFromUtc());
    QJsonObject json { { QStringLiteral("format"), QString::fromLatin1(Consultation::fileFormat) },
        { QStringLiteral("version"), Consultation::formatVersion },
        { QStringLiteral("id"), newId() }, { QStringLiteral("title"), m_title->text().trimmed() },
        { QStringLiteral("issuingBody"), m_issuingBody->text().trimmed() },
        { QStringLiteral("deadline"), deadline.toString(Qt::ISODate) },
        { QStringLiteral("members"), members }, { QStringLiteral("questions"), questions },
        { QStringLiteral("documents"), documents } };
    if (!m_note->toPlainText().trimmed().isEmpty())
        json.insert(QStringLiteral("note"), m_note->toPlainText().trimmed());
    if (!m_chair->currentData().toString().isEmpty())
        json.insert(QStringLiteral("chair"), m_chair->currentData().toString());
    // The same checks as a CONSULTATION.json file (docs/consultation-format.md).
    Result<ConsultationFile> file = parseConsultationFile(
        QJsonDocument(json).toJson(QJsonDocument::Indented), QDir::rootPath());
    if (!file)
        return file;
    ConsultationFile result = std::move(file).value();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (it->sha256.isEmpty())
            return R::failure(tr("The document “%1” is not in the published revision any more: "
                                 "remove it and add its PDF again.")
                                  .arg(m_documents->item(it.key())->text()));
        // Kept as on the share (ConsultationShare::publish checks it): the title may change.
        DocumentRef document = *it;
        document.title = result.consultation.documents.at(it.key()).title;
        result.consultation.documents[it.key()] = document;
        result.documentFiles[it.key()].clear();
    }
    return result;
}

void ConsultationForm::publish()
{
    setMessage({}, false);
    const Result<ConsultationFile> file = consultationFile();
    if (!file) {
        setMessage(file.error(), true);
        return;
    }
    const Consultation &c = file->consultation;
    if (m_revisionOf
        && !confirmAction(this, tr("Publish a new revision"),
            tr("Publish revision %1 of “%2”?").arg(m_revisionOf->revision + 1).arg(c.title),
            tr("The answers given to revision %1 no longer count: every member answers again "
               "before %2. It is signed with the organisation's key.")
                .arg(m_revisionOf->revision)
                .arg(c.deadline.toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
            tr("Publish")))
        return;
    if (!m_revisionOf
        && !confirmAction(this, tr("Publish the consultation"),
            tr("Publish “%1” to %n member(s)?", nullptr, c.members.size()).arg(c.title),
            tr("%n question(s), %1 document(s), deadline %2. It is signed with the organisation's "
               "key and every member's seat receives it at its next sync.",
                nullptr, c.questions.size())
                .arg(c.documents.size())
                .arg(c.deadline.toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
            tr("Publish")))
        return;
    const Result<SigningKey> key = m_access.unlockedKey(this);
    if (!key) {
        setMessage(key.error().isEmpty()
                ? tr("Not published: the organisation's key stays locked.")
                : tr("The organisation's key cannot be read: %1").arg(key.error()),
            !key.error().isEmpty());
        return;
    }
    const QString share = m_access.sharePath();
    const ConsultationFile toPublish = file.value();
    const SigningKey signingKey = key.value();
    const QDateTime now = m_clock();
    struct Outcome {
        Result<Consultation> consultation = Result<Consultation>::failure({});
        QStringList notices;
    };
    const Outcome outcome = waitFor<Outcome>(this, tr("Copying the documents and signing…"), [=] {
        Outcome o;
        o.consultation = ConsultationShare(share).publish(toPublish, signingKey, &o.notices, now);
        return o;
    });
    if (!outcome.consultation) {
        setMessage(tr("Not published: %1").arg(outcome.consultation.error()), true);
        return;
    }
    m_published = outcome.consultation.value();
    setMessage(tr("Published.") + u' ' + outcome.notices.join(u' '), false);
    Q_EMIT publishedConsultation(m_published->id);
    accept();
}

QString ConsultationForm::messageText() const
{
    return m_message->text();
}

void ConsultationForm::setMessage(const QString &text, bool isError)
{
    showMessage(m_message, text, isError);
}

} // namespace phonghop::ui
