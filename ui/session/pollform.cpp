#include "session/pollform.h"

#include "meeting_core/session/sessionservice.h"
#include "session/sessiontaskwidget.h"
#include "style/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace phonghop::ui {

PollForm::PollForm(SessionService &service, QWidget *parent)
    : QGroupBox(tr("Chair"), parent)
    , m_service(service)
{
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newPollTitle"));
    m_title->setPlaceholderText(tr("What is put to the vote"));
    form->addRow(tr("Title:"), m_title);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("newPollKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_kind->addItem(tr("Approve / disapprove / abstain"), static_cast<int>(PollKind::Approval));
    m_kind->addItem(tr("Yes / no"), static_cast<int>(PollKind::YesNo));
    m_kind->addItem(tr("Choose among options"), static_cast<int>(PollKind::Choice));
    form->addRow(tr("Kind:"), m_kind);
    m_options = new QLineEdit(this);
    m_options->setPlaceholderText(tr("Options separated by ;"));
    m_options->setEnabled(false);
    m_maxChoices = new QSpinBox(this);
    m_maxChoices->setRange(1, 50);
    m_maxChoices->setEnabled(false);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_options, 1);
    optionsRow->addWidget(new QLabel(tr("at most"), this));
    optionsRow->addWidget(m_maxChoices);
    form->addRow(tr("Options:"), optionsRow);
    m_preset = new QComboBox(this);
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(8);
    const QHash<QString, QString> presetNames {
        { QStringLiteral("uy-ban-nhan-dan"), tr("People's Committee") },
        { QStringLiteral("hdnd"), tr("People's Council") },
        { QStringLiteral("hdnd-mien-nhiem"), tr("People's Council, dismissal") },
        { QStringLiteral("da-so-phieu"), tr("Majority of ballots cast") },
    };
    for (const QString &id : VotingRule::presetIds()) {
        m_preset->addItem(presetNames.value(id, id), id);
        m_preset->setItemData(
            m_preset->count() - 1, VotingRule::fromPreset(id)->describe(), Qt::ToolTipRole);
    }
    form->addRow(tr("Rule:"), m_preset);
    // What the threshold is measured against, when it is not the preset's.
    m_base = new QComboBox(this);
    m_base->setObjectName(QStringLiteral("newPollBase"));
    m_base->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_base->setMinimumContentsLength(8);
    m_base->addItem(tr("As the rule says"), QString());
    m_base->addItem(tr("All members entitled to vote"), voteBaseId(VoteBase::Entitled));
    m_base->addItem(tr("Members present"), voteBaseId(VoteBase::Present));
    m_base->addItem(tr("Ballots cast, abstentions included"), voteBaseId(VoteBase::Cast));
    m_base->addItem(tr("Ballots for and against only (abstentions not counted)"),
        voteBaseId(VoteBase::CastYesNo));
    form->addRow(tr("Counted against:"), m_base);
    m_rule = new QLabel(this);
    sessionui::wrap(m_rule);
    form->addRow(QString(), m_rule);
    // Short, so that it fits a 360-px panel (a check box does not wrap); the rest in its tip.
    m_other = new QCheckBox(tr("Add the option \"Ý kiến khác\""), this);
    m_other->setToolTip(tr("Voters may choose it and write their opinion in words"));
    m_other->setObjectName(QStringLiteral("newPollOther"));
    form->addRow(m_other); // the whole width: its text is long in Vietnamese
    m_secret = new QCheckBox(tr("Secret ballot"), this);
    form->addRow(m_secret);
    auto *buttons = new FlowLayout;
    auto *open = sessionui::touchButton(tr("Open poll"), this);
    open->setObjectName(QStringLiteral("openPoll"));
    m_close = sessionui::touchButton(tr("Close poll"), this);
    m_close->setObjectName(QStringLiteral("closePoll"));
    buttons->addWidget(open);
    buttons->addWidget(m_close);
    form->addRow(buttons);
    m_pending = new QLabel(this);
    sessionui::wrap(m_pending);
    form->addRow(m_pending);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PollForm::showRule);
    connect(m_base, &QComboBox::currentIndexChanged, this, &PollForm::showRule);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PollForm::kindChanged);
    connect(open, &QPushButton::clicked, this, &PollForm::openPoll);
    showRule();
}

void PollForm::setPending(const QString &text)
{
    m_pending->setText(text);
}

VotingRule PollForm::rule() const
{
    VotingRule rule
        = VotingRule::fromPreset(m_preset->currentData().toString()).value_or(VotingRule {});
    const QString base = m_base->currentData().toString();
    if (base.isEmpty())
        return rule;
    const Result<VotingRule> changed = VotingRule::fromJson(QJsonObject {
        { QStringLiteral("preset"), rule.preset }, { QStringLiteral("base"), base } });
    return changed ? changed.value() : rule;
}

void PollForm::showRule()
{
    m_rule->setText(rule().describe());
}

void PollForm::kindChanged()
{
    // Options and their maximum are the choice poll's; the others have fixed options.
    const bool choice = m_kind->currentData().toInt() == static_cast<int>(PollKind::Choice);
    m_options->setEnabled(choice);
    m_maxChoices->setEnabled(choice);
    // "Ý kiến khác" and the base "for and against only" belong to approval and yes/no polls.
    m_other->setEnabled(!choice);
    if (choice)
        m_other->setChecked(false);
}

void PollForm::openPoll()
{
    PollDefinition poll;
    poll.id = m_service.nextPollId();
    poll.title = m_title->text().trimmed();
    poll.kind = static_cast<PollKind>(m_kind->currentData().toInt());
    poll.options = PollDefinition::defaultOptions(poll.kind);
    if (poll.kind == PollKind::Choice) {
        poll.options.clear();
        for (const QString &label : m_options->text().split(u';', Qt::SkipEmptyParts))
            poll.options << PollOption { label.trimmed(), OptionMeaning::Candidate };
        poll.maxChoices = m_maxChoices->value();
    }
    if (m_other->isChecked() && poll.kind != PollKind::Choice)
        poll.options << PollDefinition::otherOption();
    poll.secret = m_secret->isChecked();
    poll.rule = rule();
    if (poll.title.isEmpty()) {
        Q_EMIT reported(false, tr("Give the poll a title"));
        return;
    }
    const Result<QString> opened = m_service.openPoll(poll);
    Q_EMIT reported(opened.ok(), opened.error());
    if (opened) {
        m_title->clear();
        Q_EMIT pollOpened(opened.value());
    }
}

} // namespace phonghop::ui
