#pragma once
// The delegate's desk (MainWindow) at a tablet's or laptop's size with one synced meeting and
// its three-page document open, as a delegate sees it: for the viewer's reading-mode tests.
#include "mainwindow/agendamodel.h"
#include "mainwindow/mainwindow.h"
#include "meeting_core/demo/documentgenerator.h"
#include "meeting_core/store/meetingcache.h"
#include "meeting_core/sync/syncengine.h"
#include "meeting_core/sync/syncservice.h"
#include "style/touchstyle.h"
#include "testsupport.h"
#include "viewer/documentview.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <algorithm>
#include <catch2/catch.hpp>

namespace phonghop::test {

inline void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

// The app's own touch style, installed once for the run as the app's main() does.
inline void useTouchStyle()
{
    static bool installed = false;
    if (!installed) {
        ui::installTouchStyle(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        installed = true;
    }
}

struct DeskWithDocument {
    TestShare share;
    QTemporaryDir cacheDir;
    std::unique_ptr<MeetingCache> cache;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<ui::MainWindow> window;

    explicit DeskWithDocument(QSize size)
    {
        useTouchStyle();
        Meeting meeting = share.makeMeeting(QStringLiteral("ubnd-2026-12-07"), 0);
        QTemporaryDir staging;
        GeneratedDocument content;
        content.agency = QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ");
        content.number = QStringLiteral("Số: 15/TTr-UBND");
        content.kindTitle = QStringLiteral("TỜ TRÌNH");
        content.subject = QStringLiteral("Về kế hoạch chuyển đổi số năm 2027");
        content.minimumPages = 3;
        const QString pdf = staging.filePath(QStringLiteral("to-trinh.pdf"));
        REQUIRE(documentgenerator::writeTextDocument(pdf, content).ok());
        meeting.documents << share.addDocument(
            QStringLiteral("d-to-trinh"), QStringLiteral("i2"), readFile(pdf));
        share.publish(meeting);
        auto opened = MeetingCache::open(cacheDir.path());
        REQUIRE(opened.ok());
        cache = std::move(opened).value();
        pinTestOrganisation(*cache);
        REQUIRE(SyncEngine(*cache, share.root()).run().complete());
        sync = std::make_unique<SyncService>(cacheDir.path(), share.root());
        window = std::make_unique<ui::MainWindow>(*cache, *sync, nullptr);
        window->resize(size);
        window->show();
        settle();

        ui::DocumentView *view = window->documentView();
        QSignalSpy painted(view, &ui::DocumentView::pageRendered);
        const QModelIndexList found = window->agendaTree()->model()->match(
            window->agendaTree()->model()->index(0, 0), ui::AgendaModel::AgendaItemIdRole,
            QStringLiteral("i2"), 1, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(found.size() == 1);
        window->agendaTree()->setCurrentIndex(found.first());
        Q_EMIT window->agendaTree()->activated(found.first());
        for (int i = 0; i < 100 && view->pageCount() == 0; ++i)
            QTest::qWait(100);
        REQUIRE(view->pageCount() >= 3);
        // The page being read painted: beside it on a spread, the other page may come first.
        const auto currentPainted = [&] {
            return std::any_of(painted.cbegin(), painted.cend(), [&](const QList<QVariant> &args) {
                return args.first().toInt() == view->currentPage();
            });
        };
        for (int i = 0; i < 100 && !currentPainted(); ++i)
            painted.wait(100);
        REQUIRE(currentPainted());
        settle();
    }
    ui::DocumentView *view() const { return window->documentView(); }
};

// Whether the widget lies wholly inside the container's rectangle.
inline bool visibleInside(const QWidget *widget, const QWidget *container)
{
    return widget->isVisible()
        && container->rect().contains(
            QRect(widget->mapTo(container, QPoint(0, 0)), widget->size()));
}

} // namespace phonghop::test
