#include "setupwidgets.h"

#include <QApplication>
#include <QEventLoop>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <algorithm>

namespace phonghop::ui {

QPushButton *touchButton(const QString &text, QWidget *parent, bool primary)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(primary ? 52 : 44);
    if (primary) {
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
    }
    // Enter in a field must not press a button that a page just showed (the field's own
    // returnPressed does what Enter means there).
    button->setAutoDefault(false);
    // Room around the words: a finger needs more than the text's own width.
    button->setMinimumWidth(std::max(120, button->sizeHint().width() + 32));
    return button;
}

QString groupedFingerprint(const QString &fingerprint)
{
    const QStringList groups = fingerprint.split(u'-', Qt::SkipEmptyParts);
    if (groups.size() < 2)
        return fingerprint;
    QStringList lines;
    for (qsizetype at = 0; at < groups.size(); at += 4)
        lines << groups.mid(at, 4).join(QStringLiteral("  "));
    return lines.join(u'\n');
}

QLabel *fingerprintLabel(const QString &fingerprint, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(groupedFingerprint(fingerprint), parent);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(label->font().pointSizeF() * scale);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: #f5f7fa; border: 1px solid #c5ccd6; "
                       "border-radius: 6px; padding: 10px 16px; color: #102a43; }"));
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraphLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void showMessage(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setWordWrap(true);
    label->setStyleSheet(
        isError ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
    label->setVisible(!text.isEmpty());
}

bool confirmAction(QWidget *parent, const QString &title, const QString &text,
    const QString &details, const QString &confirmText, bool destructive)
{
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmAction"));
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(
        confirmText, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmActionYes"));
    QPushButton *no
        = box.addButton(QCoreApplication::translate("phonghop::ui::SetupWidgets", "Cancel"),
            QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmActionNo"));
    box.setDefaultButton(no);
    for (QAbstractButton *button : box.buttons())
        button->setMinimumHeight(44);
    box.exec();
    return box.clickedButton() == yes;
}

bool dialogsSuppressed()
{
    return qEnvironmentVariableIsSet("PHONGHOP_NO_DIALOGS");
}

void runWithBusyIndicator(QWidget *parent, const QString &text, const std::function<void()> &work)
{
    QEventLoop loop;
    QProgressDialog busy(text, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(400);
    busy.setAutoClose(false);
    busy.setMinimumWidth(360);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QThreadPool::globalInstance()->start([&loop, &work] {
        work();
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    // The window keeps painting; clicks and keys wait until the work is done.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
}

} // namespace phonghop::ui
