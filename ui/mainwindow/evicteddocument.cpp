#include "mainwindow/evicteddocument.h"

#include "meeting_core/desk/desk.h"
#include "setup/setupwidgets.h"
#include "viewer/documentview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace phonghop::ui {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::ui::EvictedDocument)
};
} // namespace

bool offerEvictedDocument(
    QWidget *parent, Desk &desk, const DocumentRef &document, DocumentView &view)
{
    const QString removed
        = Tr::tr("\"%1\" belongs to a past meeting: its file was removed from this computer to "
                 "save space. Your annotations and notes on it are kept.")
              .arg(document.title);
    view.showUnavailable(removed);
    QMessageBox question(QMessageBox::Question, QApplication::applicationDisplayName(),
        removed + u'\n' + Tr::tr("Fetch it again from the shared folder?"), QMessageBox::NoButton,
        parent);
    QPushButton *fetch = question.addButton(Tr::tr("Fetch again"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(fetch);
    question.setObjectName(QStringLiteral("evictedDocumentQuestion"));
    question.exec();
    if (question.clickedButton() != fetch)
        return false;
    // Copied on a worker (a scan can be 200 MB over the network) while the window paints.
    const auto copy = desk.copyDocumentAgainJob(document);
    Status fetched = waitFor<Status>(parent,
        Tr::tr("Fetching \"%1\" from the shared folder…").arg(document.title),
        [&copy] { return copy(CancellationToken()); });
    if (fetched)
        fetched = desk.recordFetchedAgain(document);
    if (!fetched) {
        view.showUnavailable(fetched.error());
        return false;
    }
    return true;
}

} // namespace phonghop::ui
