#pragma once

namespace phonghop {

class Database;

// Registers phonghop_rank on this connection, an FTS5 auxiliary function for
// `rank MATCH 'phonghop_rank()'`: FTS5's bm25 computed the same way (k1 1.2, b 0.75, every
// column weight 1), but cheaper to start. bm25 first counts, for each phrase, the rows it
// matches in the whole table: for a phrase on every page that walks all 10,000 position lists
// before the first row is scored, whatever LIMIT and rowid range the query has. phonghop_rank
// stops counting as soon as the phrase is on half of the rows, where bm25's idf bottoms out at
// 1e-6 anyway, and does not count a single phrase at all: its idf multiplies every score
// alike, so the order stays the same.
// False when this SQLite has no FTS5 API to register it with (then use bm25).
bool registerFts5Rank(Database &db);

} // namespace phonghop
