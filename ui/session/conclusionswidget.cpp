#include "session/conclusionswidget.h"

#include "meeting_core/session/sessionservice.h"
#include "session/decisionmodel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace phonghop::ui {

ConclusionsWidget::ConclusionsWidget(SessionService &service, QWidget *parent)
    : SessionTaskWidget(service, parent)
    , m_model(new DecisionModel(this))
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_chainStatus = new QLabel(this);
    m_chainStatus->setObjectName(QStringLiteral("chainStatus"));
    sessionui::wrap(m_chainStatus);
    v->addWidget(m_chainStatus);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("decisionList"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_list, 1);
    // The secretary's conclusions are drafts in the list; the chair confirms the selected one.
    m_confirmDraft = sessionui::touchButton(tr("Confirm the secretary's draft"), this);
    m_confirmDraft->setObjectName(QStringLiteral("confirmDraft"));
    v->addWidget(m_confirmDraft);
    m_drafting = new QGroupBox(tr("Conclusion"), this);
    auto *cv = new QVBoxLayout(m_drafting);
    m_conclusion = new QPlainTextEdit(m_drafting);
    m_conclusion->setPlaceholderText(tr("Conclusion for the current agenda item"));
    m_conclusion->setMaximumHeight(80);
    cv->addWidget(m_conclusion);
    // A conclusion may rest on one of the meeting's documents (its SHA-256 goes on record).
    m_document = new QComboBox(m_drafting);
    m_document->setObjectName(QStringLiteral("conclusionDocument"));
    m_document->setToolTip(tr("A document of the meeting the conclusion cites"));
    cv->addWidget(m_document);
    m_record = sessionui::touchButton(tr("Record the conclusion"), m_drafting);
    m_record->setObjectName(QStringLiteral("recordConclusion"));
    cv->addWidget(m_record);
    m_correct = sessionui::touchButton(tr("Correct the selected conclusion"), m_drafting);
    m_correct->setObjectName(QStringLiteral("supersedeConclusion"));
    m_correct->setToolTip(tr("Record the box's text as a new decision that supersedes the "
                             "selected one; the decision record keeps both"));
    cv->addWidget(m_correct);
    v->addWidget(m_drafting);

    connect(m_confirmDraft, &QPushButton::clicked, this, &ConclusionsWidget::confirmDraft);
    connect(m_record, &QPushButton::clicked, this, &ConclusionsWidget::recordConclusion);
    connect(m_correct, &QPushButton::clicked, this, &ConclusionsWidget::correctConclusion);
    refresh();
}

void ConclusionsWidget::refresh()
{
    const SessionState &state = m_service.state();
    const std::optional<Meeting> meeting = m_service.meeting();
    m_model->update(state, meeting ? meeting->agenda : QList<AgendaItem>(),
        meeting ? meeting->documents : QList<DocumentRef>());
    QList<std::pair<QString, QString>> documents { { QString(), tr("No document cited") } };
    if (meeting)
        for (const DocumentRef &d : meeting->documents)
            documents.append({ d.sha256, tr("Cites: %1").arg(d.title) });
    sessionui::syncCombo(m_document, documents, m_document->currentData().toString());
    const bool chair = m_service.isChair();
    m_correct->setVisible(chair && !state.chain.decisions.isEmpty());
    m_confirmDraft->setVisible(chair && !state.unconfirmedDrafts().isEmpty());
    if (state.chain.ok()) {
        m_chainStatus->setText(tr("%n decision(s), signed by the chair, chain intact.", nullptr,
            static_cast<int>(state.chain.decisions.size())));
        m_chainStatus->setStyleSheet(QString());
    } else {
        QStringList problems;
        for (const ChainProblem &p : state.chain.problems)
            problems << p.message;
        m_chainStatus->setText(tr("Warning: the decision record on the share was altered: %1")
                                   .arg(problems.join(u' ')));
        m_chainStatus->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
    }
    m_drafting->setVisible(chair || m_service.isSecretary());
    // Short labels that fit a 360 px panel; what they do in full in the tooltip.
    m_record->setText(chair ? tr("Record the conclusion") : tr("Draft the conclusion"));
    m_record->setToolTip(chair ? tr("Record conclusion (with the item's closed polls)")
                               : tr("Write the conclusion for the chair to confirm"));
}

void ConclusionsWidget::confirmDraft()
{
    // The draft selected, or the only one there is.
    const QModelIndex current = m_list->currentIndex();
    QString hash
        = current.isValid() ? current.data(DecisionModel::DraftHashRole).toString() : QString();
    const QList<ConclusionDraft> drafts = m_service.state().unconfirmedDrafts();
    if (hash.isEmpty() && drafts.size() == 1)
        hash = drafts.first().hash;
    if (hash.isEmpty()) {
        report(false, tr("Select the draft to confirm in the list"));
        return;
    }
    report(m_service.confirmConclusion(hash));
}

void ConclusionsWidget::recordConclusion()
{
    const SessionState &state = m_service.state();
    // The polls closed since the last conclusion are the ones it rests on.
    const Status s = m_service.recordConclusion(state.currentItemId,
        m_conclusion->toPlainText().trimmed(), state.closedPollsWithoutDecision(), citedDocument());
    report(s);
    if (s)
        m_conclusion->clear();
}

QString ConclusionsWidget::citedDocument() const
{
    return m_document->currentData().toString();
}

void ConclusionsWidget::correctConclusion()
{
    const QModelIndex current = m_list->currentIndex();
    const QString hash = current.isValid()
        ? current.data(DecisionModel::CurrentDecisionRole).toString()
        : QString();
    if (hash.isEmpty()) {
        report(false, tr("Select the conclusion to correct in the list"));
        return;
    }
    const qsizetype index = m_service.state().chain.indexOf(hash);
    const QString text = m_conclusion->toPlainText().trimmed();
    // First press with an empty box: the old text to edit, rather than typing it again.
    if (text.isEmpty() && index >= 0) {
        m_conclusion->setPlainText(m_service.state().chain.decisions.at(index).conclusion);
        m_conclusion->setFocus();
        report(false,
            tr("Edit the conclusion in the box, then press “%1” again").arg(m_correct->text()));
        return;
    }
    if (!confirm(tr("Correct a conclusion"),
            tr("Record this text as decision %1's correction? The decision record keeps "
               "both; the minutes and the notice print the correction.")
                .arg(index + 1),
            tr("Correct")))
        return;
    const Status s = m_service.supersedeConclusion(hash, text, citedDocument());
    report(s);
    if (s)
        m_conclusion->clear();
}

} // namespace phonghop::ui
