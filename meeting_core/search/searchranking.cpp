#include "meeting_core/search/searchranking.h"

#include "meeting_core/store/searchtables.h"

#include <QSet>
#include <algorithm>
#include <vector>

namespace phonghop {

namespace {

constexpr int maximumRankedMatches = 2000;

} // namespace

QList<RankedCandidate> rankByTiers(
    SearchTables &tables, bool cheapRank, const QStringList &tiers, int limit)
{
    QList<RankedCandidate> candidates;
    QSet<qint64> seen;
    const int perTier = std::max(limit, 25) * 2;
    for (int tier = 0; tier < tiers.size(); ++tier) {
        // Earlier tiers come first: once they fill the page, ranking the rest is wasted work
        // (each tier ranks up to 2,000 pages: a few ms for a word on all 10,000 pages).
        if (tiers.at(tier).isEmpty() || candidates.size() >= limit)
            continue;
        // A query that matches thousands of pages ("uy ban") is ranked among the most recently
        // indexed ones only (newest meetings' documents): bm25 costs the same for every match,
        // and past a few thousand the order of near-equal pages tells the reader nothing.
        // One pass reads them newest first with their rank; the best are kept here (equal
        // ranks: the newer first), rather than finding the cut-off in one pass and ranking in
        // a second.
        std::vector<RankedUnit> ranked
            = tables.rankMatches(tiers.at(tier), cheapRank, maximumRankedMatches);
        const auto kept = ranked.begin() + std::min<std::ptrdiff_t>(perTier, std::ssize(ranked));
        std::partial_sort(
            ranked.begin(), kept, ranked.end(), [](const RankedUnit &a, const RankedUnit &b) {
                return a.rank != b.rank ? a.rank < b.rank : a.unit > b.unit;
            });
        for (auto it = ranked.begin(); it != kept; ++it) {
            if (seen.contains(it->unit))
                continue;
            seen.insert(it->unit);
            candidates.append({ it->unit, it->rank, tier == 0 && !tiers.first().isEmpty() });
        }
    }
    return candidates;
}

} // namespace phonghop
