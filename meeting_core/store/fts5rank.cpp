#include "fts5rank.h"

#include "database.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace phonghop {

namespace {

struct RankData {
    double averageLength = 1;
    std::vector<double> idf;
    std::vector<double> frequency;
};

struct PhraseCount {
    sqlite3_int64 hits = 0;
    sqlite3_int64 enough = 0;
};

int countPhraseRow(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    auto *count = static_cast<PhraseCount *>(user);
    return ++count->hits >= count->enough ? SQLITE_DONE : SQLITE_OK;
}

int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, RankData **out)
{
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (data) {
        *out = data;
        return SQLITE_OK;
    }
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    auto owned = std::make_unique<RankData>();
    owned->averageLength = rows > 0 ? double(tokens) / double(rows) : 1;
    const int phrases = api->xPhraseCount(fts);
    owned->idf.assign(phrases, 1.0);
    owned->frequency.assign(phrases, 0.0);
    for (int i = 0; phrases > 1 && i < phrases; ++i) {
        PhraseCount count;
        count.enough = std::max<sqlite3_int64>(1, (rows + 1) / 2);
        rc = api->xQueryPhrase(fts, i, &count, countPhraseRow);
        if (rc != SQLITE_OK)
            return rc;
        const double idf
            = std::log((double(rows) - double(count.hits) + 0.5) / (double(count.hits) + 0.5));
        owned->idf[i] = idf <= 0.0 ? 1e-6 : idf;
    }
    data = owned.release();
    rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<RankData *>(p); });
    if (rc != SQLITE_OK)
        return rc;
    *out = data;
    return SQLITE_OK;
}

void rankFunction(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    RankData *data = nullptr;
    int rc = rankData(api, fts, &data);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[phrase] += 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0;
    for (std::size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        // Grouped as bm25 groups it, so that equal inputs give bit-equal scores.
        score += data->idf[i]
            * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * double(length) / data->averageLength)));
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerFts5Rank(Database &db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2
        && api->xCreateFunction(api, "phonghop_rank", nullptr, rankFunction, nullptr) == SQLITE_OK;
}

} // namespace phonghop
