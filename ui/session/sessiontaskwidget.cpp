#include "session/sessiontaskwidget.h"

#include "meeting_core/i18n/localeformat.h"
#include "meeting_core/session/sessionservice.h"
#include "style/touchstyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>

namespace phonghop::ui {

SessionTaskWidget::SessionTaskWidget(SessionService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    connect(&m_service, &SessionService::stateChanged, this, [this] { refresh(); });
}

void SessionTaskWidget::report(const Status &status)
{
    Q_EMIT reported(status.ok(), status.error());
}

bool SessionTaskWidget::confirm(const QString &title, const QString &question, const QString &yes)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    QPushButton *accept = box.addButton(yes, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString SessionTaskWidget::nameOf(const QString &participantId) const
{
    return m_service.state().participantName(participantId);
}

namespace sessionui {

QPushButton *touchButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(touchTargetHeight);
    return button;
}

void wrap(QLabel *label)
{
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QWidget *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Never sideways (issue 14).
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

void syncCombo(
    QComboBox *box, const QList<std::pair<QString, QString>> &entries, const QString &keep)
{
    bool same = box->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = box->itemText(i) == entries.at(i).second
            && box->itemData(i).toString() == entries.at(i).first;
    const QSignalBlocker block(box);
    if (!same) {
        box->clear();
        for (const auto &[data, text] : entries)
            box->addItem(text, data);
    }
    const int index = std::max(0, box->findData(keep));
    if (box->currentIndex() != index)
        box->setCurrentIndex(index);
}

QString formatDuration(qint64 seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString remainingTimeText(qint64 seconds)
{
    if (seconds >= 0) {
        const int minutes = static_cast<int>((seconds + 59) / 60);
        return QCoreApplication::translate(
            "phonghop::ui::SessionHeader", "%n minute(s) left", nullptr, minutes);
    }
    const int over = static_cast<int>((-seconds + 59) / 60);
    return QCoreApplication::translate(
        "phonghop::ui::SessionHeader", "Over time by %n minute(s)", nullptr, over);
}

QString percentText(double percent)
{
    // The interface language's way, as the vote explanation from the core writes it.
    const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
    return LocaleFormat(vietnamese ? QStringLiteral("vi") : QStringLiteral("en"))
        .percent(percent, 2);
}

QString agendaItemTitle(const QList<AgendaItem> &agenda, const QString &itemId)
{
    for (const AgendaItem &item : agenda)
        if (item.id == itemId)
            return item.number + QStringLiteral(". ") + item.title;
    return itemId;
}

QString optionColour(OptionMeaning meaning)
{
    switch (meaning) {
    case OptionMeaning::Yes:
        return QStringLiteral("#2e7d32");
    case OptionMeaning::No:
        return QStringLiteral("#c62828");
    case OptionMeaning::Abstain:
        return QStringLiteral("#616161");
    case OptionMeaning::Other: // an opinion in words: neither for nor against
        return QStringLiteral("#6a1b9a");
    default:
        return QStringLiteral("#1565c0");
    }
}

} // namespace sessionui

} // namespace phonghop::ui
