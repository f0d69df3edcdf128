#pragma once

#include "viewer/readingpositionstore.h"

namespace phonghop {
class Desk;
}

namespace phonghop::ui {

// Keeps the last page read of each document in the local cache, keyed by its checksum, so
// the place survives restarts and follows the document into other meetings.
class CacheReadingPositions final : public ReadingPositionStore {
public:
    explicit CacheReadingPositions(Desk &desk)
        : m_desk(desk)
    {
    }
    int lastPage(const QString &documentKey) const override;
    void setLastPage(const QString &documentKey, int page) override;

private:
    Desk &m_desk;
};

} // namespace phonghop::ui
