#include "cachereadingpositions.h"

#include "meeting_core/store/meetingcache.h"

#include <QDebug>

namespace phonghop::ui {

int CacheReadingPositions::lastPage(const QString &documentKey) const
{
    try {
        return m_cache.lastReadPage(documentKey).value_or(-1);
    } catch (const DatabaseError &error) {
        qWarning() << "reading position unavailable:" << error.what();
        return -1;
    }
}

void CacheReadingPositions::setLastPage(const QString &documentKey, int page)
{
    try {
        m_cache.setLastReadPage(documentKey, page);
    } catch (const DatabaseError &error) {
        // Losing a reading position is not worth interrupting the reader for.
        qWarning() << "reading position not saved:" << error.what();
    }
}

} // namespace phonghop::ui
