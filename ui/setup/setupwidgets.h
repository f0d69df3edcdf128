#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <type_traits>

class QLabel;
class QPushButton;
class QWidget;

namespace phonghop::ui {

// Pieces the organisation's screens share (first run, confirmation, passphrase, enrolment,
// the secretary's people and devices pages): large touch targets, fingerprints in readable
// groups, and work that must not freeze the window.

// A button a finger can hit: at least 44 px high (48 for the main choice of a screen).
QPushButton *touchButton(const QString &text, QWidget *parent, bool primary = false);

// "3f2a-9c1d-4b7e-0a51-..." as two lines of four groups, "3f2a  9c1d  4b7e  0a51".
QString groupedFingerprint(const QString &fingerprint);
// A large, monospaced, selectable label showing a fingerprint (or a comparison code).
QLabel *fingerprintLabel(const QString &fingerprint, QWidget *parent, qreal scale = 1.6);
// A heading a little larger than the text around it.
QLabel *headingLabel(const QString &text, QWidget *parent, qreal scale = 1.3);
// A wrapped paragraph.
QLabel *paragraphLabel(const QString &text, QWidget *parent);
// A label for a message: red and bold for an error, plain otherwise; hidden when empty.
void showMessage(QLabel *label, const QString &text, bool isError);

// Asks before something that cannot be undone (retire a person, revoke a device, ...). The box
// is named "confirmAction" and its confirm button "confirmActionYes" (tests press it).
bool confirmAction(QWidget *parent, const QString &title, const QString &text,
    const QString &details, const QString &confirmText, bool destructive = false);

// Tests set PHONGHOP_NO_DIALOGS: nothing may wait for a person then.
bool dialogsSuppressed();

// Runs work on the global thread pool and hands its result to done on the GUI thread,
// unless context was destroyed meanwhile.
template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
        [guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work());
            // Posted to the application (alive till the end), checked there: the context may go
            // while the work runs.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, result, done]() mutable {
                    if (guard)
                        done(*result);
                },
                Qt::QueuedConnection);
        });
}

// Runs work on the global thread pool while the window keeps painting (a local event loop),
// with a small busy window saying what is going on once it takes longer than a moment.
// For short steps that the screen must wait for anyway (a key derived, a share written).
void runWithBusyIndicator(QWidget *parent, const QString &text, const std::function<void()> &work);

template <typename R>
R waitFor(QWidget *parent, const QString &text, const std::function<R()> &work)
{
    std::shared_ptr<R> result;
    runWithBusyIndicator(parent, text, [&result, &work] { result = std::make_shared<R>(work()); });
    return *result;
}

} // namespace phonghop::ui
