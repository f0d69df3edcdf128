// Reading a document without widgets (issue 19): back and forward through the pages jumped
// from, and the cursor over a search's hits, as the viewer uses them.
#include "meeting_core/reading/findhitcursor.h"
#include "meeting_core/reading/navigationhistory.h"

#include <catch2/catch.hpp>

using namespace phonghop;

TEST_CASE("NavigationHistory: back returns to the page jumped from, forward to the page left",
    "[reading]")
{
    NavigationHistory history;
    CHECK_FALSE(history.canGoBack());
    CHECK_FALSE(history.goBack(0).has_value());
    history.recordJump(0, 12); // the outline: from page 1 to page 13
    history.recordJump(12, 40); // a link on page 13
    REQUIRE(history.canGoBack());
    CHECK_FALSE(history.canGoForward());

    const std::optional<int> back = history.goBack(40);
    REQUIRE(back.has_value());
    CHECK(*back == 12);
    CHECK(history.canGoForward());
    CHECK(history.goBack(12) == std::optional<int>(0));
    CHECK_FALSE(history.canGoBack());
    CHECK_FALSE(history.goBack(0).has_value());

    CHECK(history.goForward(0) == std::optional<int>(12));
    CHECK(history.goForward(12) == std::optional<int>(40));
    CHECK_FALSE(history.goForward(40).has_value());
    CHECK(history.goBack(40) == std::optional<int>(12));
}

TEST_CASE(
    "NavigationHistory: a new jump drops the forward steps, a jump to the same page is no step",
    "[reading]")
{
    NavigationHistory history;
    history.recordJump(3, 3);
    CHECK_FALSE(history.canGoBack());
    history.recordJump(0, 5);
    history.recordJump(5, 9);
    REQUIRE(history.goBack(9) == std::optional<int>(5));
    REQUIRE(history.canGoForward());
    history.recordJump(5, 20); // reading on elsewhere: page 9 is no longer "forward"
    CHECK_FALSE(history.canGoForward());
    CHECK(history.goBack(20) == std::optional<int>(5));
    CHECK(history.goBack(5) == std::optional<int>(0));

    // Where the reader scrolled to in between is where forward comes back from.
    history.clear();
    history.recordJump(0, 10);
    CHECK(history.goBack(11) == std::optional<int>(0)); // scrolled from 10 to 11, then back
    CHECK(history.goForward(0) == std::optional<int>(11));
    history.clear();
    CHECK_FALSE(history.canGoBack());
    CHECK_FALSE(history.canGoForward());
}

namespace {
FindHitCursor::Hit hitAt(double y)
{
    return { QRectF(72, y, 60, 12) };
}
} // namespace

TEST_CASE("FindHitCursor: the first page to report hits holds the current hit, next and previous "
          "go round in page order",
    "[reading]")
{
    FindHitCursor cursor;
    CHECK_FALSE(cursor.hasCurrent());
    CHECK_FALSE(cursor.next());
    CHECK_FALSE(cursor.previous());

    // The search starts at the page being read (page 5) and wraps around to the start.
    cursor.addPage(5, { hitAt(100), hitAt(300) });
    REQUIRE(cursor.hasCurrent());
    CHECK(cursor.currentPage() == 5);
    CHECK(cursor.currentIndex() == 0);
    CHECK(cursor.currentHit() == hitAt(100));
    CHECK(cursor.ordinal() == 1);
    cursor.addPage(9, { hitAt(50) });
    cursor.addPage(1, { hitAt(20) });
    CHECK(cursor.currentPage() == 5); // later pages do not move the current hit
    CHECK(cursor.total() == 4);
    CHECK(cursor.ordinal() == 2); // the hit on page 1 comes first in the document
    cursor.setTotal(4);

    REQUIRE(cursor.next());
    CHECK(cursor.currentPage() == 5);
    CHECK(cursor.currentIndex() == 1);
    CHECK(cursor.ordinal() == 3);
    REQUIRE(cursor.next());
    CHECK(cursor.currentPage() == 9);
    CHECK(cursor.ordinal() == 4);
    REQUIRE(cursor.next()); // round to the first page with hits
    CHECK(cursor.currentPage() == 1);
    CHECK(cursor.currentHit() == hitAt(20));
    CHECK(cursor.ordinal() == 1);
    REQUIRE(cursor.previous()); // and back round to the last hit of the last page
    CHECK(cursor.currentPage() == 9);
    CHECK(cursor.currentIndex() == 0);
    REQUIRE(cursor.previous());
    CHECK(cursor.currentPage() == 5);
    CHECK(cursor.currentIndex() == 1);
    CHECK(cursor.currentHit() == hitAt(300));

    const QHash<int, QVector<FindHitCursor::Hit>> all = cursor.allHits();
    CHECK(all.size() == 3);
    CHECK(all.value(5).size() == 2);
    CHECK(cursor.shownTotal() == 4);

    cursor.clear();
    CHECK_FALSE(cursor.hasCurrent());
    CHECK(cursor.total() == 0);
    CHECK(cursor.allHits().isEmpty());
}

TEST_CASE("FindHitCursor: while the search runs, \"N of M\" never says M below N", "[reading]")
{
    FindHitCursor cursor;
    cursor.addPage(7, { hitAt(10) });
    cursor.addPage(2, { hitAt(10), hitAt(20), hitAt(30) });
    cursor.setTotal(1); // a stale total from the worker: the hits on page 2 are before page 7
    CHECK(cursor.ordinal() == 4);
    CHECK(cursor.shownTotal() == 4);
}
