#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace phonghop {

class SearchTables;

// A unit kept for the result list, in its place: its rank within its tier (lower is better)
// and whether it came from the first tier, the places with the marks as typed.
struct RankedCandidate {
    qint64 unit = 0;
    double rank = 0;
    bool exact = false;
};

// The order of an unfiltered search. FTS5 ranks by itself (ORDER BY rank LIMIT, no joins
// over every match), tier after tier: `tiers` are match expressions, best first (the marks as
// typed, then the words side by side, then the rest; an empty one is skipped). A unit is kept
// once, in the first tier that finds it. At most limit candidates are needed; each tier keeps
// up to max(limit, 25) * 2.
QList<RankedCandidate> rankByTiers(
    SearchTables &tables, bool cheapRank, const QStringList &tiers, int limit);

} // namespace phonghop
