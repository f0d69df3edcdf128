#pragma once

#include "viewer/readingpositionstore.h"

namespace phonghop {
class MeetingCache;
}

namespace phonghop::ui {

// Keeps the last page read of each document in the local cache, keyed by its checksum, so
// the place survives restarts and follows the document into other meetings.
class CacheReadingPositions final : public ReadingPositionStore {
public:
    explicit CacheReadingPositions(MeetingCache &cache) : m_cache(cache) {}
    int lastPage(const QString &documentKey) const override;
    void setLastPage(const QString &documentKey, int page) override;

private:
    MeetingCache &m_cache;
};

} // namespace phonghop::ui
