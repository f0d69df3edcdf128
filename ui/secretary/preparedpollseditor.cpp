#include "preparedpollseditor.h"

#include "meeting_core/voting/preparedpoll.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace phonghop::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QPushButton *touchButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(44);
    return button;
}
} // namespace

PreparedPollsEditor::PreparedPollsEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("preparedPollsEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("preparedPollList"));
    m_list->setMaximumHeight(120);
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: 40px; }"));
    layout->addWidget(m_list);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("preparedPollTitle"));
    m_title->setPlaceholderText(tr("e.g. Approve Submission No. 12/TTr-UBND"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("preparedPollKind"));
    m_kind->addItem(tr("Approve / Disapprove / Abstain"), pollKindId(PollKind::Approval));
    m_kind->addItem(tr("Yes / No"), pollKindId(PollKind::YesNo));
    m_kind->addItem(tr("Choose among options (election)"), pollKindId(PollKind::Choice));
    m_options = new QPlainTextEdit(this);
    m_options->setObjectName(QStringLiteral("preparedPollOptions"));
    m_options->setPlaceholderText(tr("One option per line"));
    m_options->setMaximumHeight(90);
    m_maxChoices = new QSpinBox(this);
    m_maxChoices->setObjectName(QStringLiteral("preparedPollMaxChoices"));
    m_maxChoices->setRange(1, 99);
    m_secret = new QCheckBox(tr("Secret ballot"), this);
    m_secret->setObjectName(QStringLiteral("preparedPollSecret"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preparedPollPreset"));
    for (const QString &preset : VotingRule::presetIds())
        m_preset->addItem(VotingRule::fromPreset(preset)->describe(), preset);
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_title, m_kind, m_maxChoices, m_secret, m_preset })
        field->setMinimumHeight(44);
    form->addRow(tr("Question:"), m_title);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Options:"), m_options);
    form->addRow(tr("At most:"), m_maxChoices);
    form->addRow(m_secret);
    form->addRow(tr("Rule:"), m_preset);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("preparedPollProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    m_add = touchButton(tr("Add poll"), this);
    m_add->setObjectName(QStringLiteral("addPreparedPoll"));
    m_save = touchButton(tr("Save poll"), this);
    m_save->setObjectName(QStringLiteral("savePreparedPoll"));
    m_remove = touchButton(tr("Remove poll"), this);
    m_remove->setObjectName(QStringLiteral("removePreparedPoll"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PreparedPollsEditor::addPoll);
    connect(m_save, &QPushButton::clicked, this, &PreparedPollsEditor::saveSelected);
    connect(m_remove, &QPushButton::clicked, this, &PreparedPollsEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &PreparedPollsEditor::showSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PreparedPollsEditor::kindChanged);
    kindChanged();
    showItem({}, {});
}

void PreparedPollsEditor::setPolls(const QList<PreparedPoll> &polls)
{
    m_polls = polls;
    refreshList({});
}

void PreparedPollsEditor::showItem(const QString &itemId, const QString &label)
{
    m_itemId = itemId;
    m_heading->setText(itemId.isEmpty() ? tr("Select an agenda item to prepare its polls")
                                        : tr("Polls prepared for %1").arg(label));
    m_add->setEnabled(!itemId.isEmpty());
    refreshList({});
}

void PreparedPollsEditor::refreshList(const QString &selectPollId)
{
    m_list->clear();
    for (const PreparedPoll &poll : std::as_const(m_polls)) {
        if (poll.agendaItemId != m_itemId)
            continue;
        auto *entry = new QListWidgetItem(poll.title, m_list);
        entry->setData(IdRole, poll.id);
        if (poll.id == selectPollId)
            m_list->setCurrentItem(entry);
    }
    showSelected();
}

void PreparedPollsEditor::kindChanged()
{
    const bool choice = m_kind->currentData().toString() == pollKindId(PollKind::Choice);
    m_maxChoices->setEnabled(choice);
    m_options->setPlaceholderText(choice
            ? tr("One candidate or option per line")
            : tr("Leave empty for the usual words, or one per line in the same order"));
}

void PreparedPollsEditor::showSelected()
{
    const QListWidgetItem *entry = m_list->currentItem();
    const QString id = entry ? entry->data(IdRole).toString() : QString();
    m_save->setEnabled(entry);
    m_remove->setEnabled(entry);
    m_problem->hide();
    for (const PreparedPoll &prepared : std::as_const(m_polls)) {
        if (prepared.id != id)
            continue;
        m_title->setText(prepared.title);
        const Result<PollDefinition> poll = preparedPollDefinition(prepared);
        if (!poll) {
            m_problem->setText(poll.error());
            m_problem->show();
            return;
        }
        m_kind->setCurrentIndex(m_kind->findData(pollKindId(poll->kind)));
        QStringList labels;
        for (const PollOption &option : poll->options)
            labels << option.label;
        m_options->setPlainText(labels.join(u'\n'));
        m_maxChoices->setValue(poll->maxChoices);
        m_secret->setChecked(poll->secret);
        const int preset = m_preset->findData(poll->rule.preset);
        if (preset >= 0)
            m_preset->setCurrentIndex(preset);
        return;
    }
}

bool PreparedPollsEditor::pollFromForm(PreparedPoll &prepared, QString &problem) const
{
    PollDefinition poll;
    poll.id = prepared.id;
    poll.title = m_title->text().trimmed();
    if (poll.title.isEmpty()) {
        problem = tr("Write the question delegates vote on.");
        return false;
    }
    const QString kind = m_kind->currentData().toString();
    poll.kind = kind == pollKindId(PollKind::Choice) ? PollKind::Choice
        : kind == pollKindId(PollKind::YesNo)        ? PollKind::YesNo
                                                     : PollKind::Approval;
    poll.options = PollDefinition::defaultOptions(poll.kind);
    QStringList labels;
    for (const QString &line : m_options->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            labels << line.trimmed();
    }
    if (poll.kind == PollKind::Choice) {
        poll.options.clear();
        for (const QString &label : std::as_const(labels))
            poll.options << PollOption { label, OptionMeaning::Candidate };
        poll.maxChoices = m_maxChoices->value();
    } else if (!labels.isEmpty()) {
        if (labels.size() != poll.options.size()) {
            problem = tr("This kind of poll has %n option(s); write that many lines or none.",
                nullptr, static_cast<int>(poll.options.size()));
            return false;
        }
        for (qsizetype i = 0; i < labels.size(); ++i)
            poll.options[i].label = labels.at(i);
    }
    poll.secret = m_secret->isChecked();
    poll.rule = VotingRule::fromPreset(m_preset->currentData().toString()).value_or(VotingRule {});
    if (const Status valid = poll.validate(); !valid) {
        problem = valid.error();
        return false;
    }
    prepared = preparedPollFrom(poll, prepared.agendaItemId);
    return true;
}

void PreparedPollsEditor::addPoll()
{
    if (m_itemId.isEmpty())
        return;
    QSet<QString> taken;
    for (const PreparedPoll &poll : std::as_const(m_polls))
        taken.insert(poll.id);
    PreparedPoll poll;
    for (int n = 1; poll.id.isEmpty() || taken.contains(poll.id); ++n)
        poll.id = QStringLiteral("bq%1").arg(n);
    poll.agendaItemId = m_itemId;
    QString problem;
    if (!pollFromForm(poll, problem)) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_polls << poll;
    refreshList(poll.id);
    Q_EMIT edited();
}

void PreparedPollsEditor::saveSelected()
{
    const QListWidgetItem *entry = m_list->currentItem();
    if (!entry)
        return;
    const QString id = entry->data(IdRole).toString();
    for (PreparedPoll &poll : m_polls) {
        if (poll.id != id)
            continue;
        PreparedPoll edited = poll;
        QString problem;
        if (!pollFromForm(edited, problem)) {
            m_problem->setText(problem);
            m_problem->show();
            return;
        }
        poll = edited;
        refreshList(id);
        Q_EMIT this->edited();
        return;
    }
}

void PreparedPollsEditor::removeSelected()
{
    const QListWidgetItem *entry = m_list->currentItem();
    if (!entry)
        return;
    const QString id = entry->data(IdRole).toString();
    m_polls.removeIf([&id](const PreparedPoll &poll) { return poll.id == id; });
    refreshList({});
    Q_EMIT edited();
}

} // namespace phonghop::ui
