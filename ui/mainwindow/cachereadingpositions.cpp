#include "cachereadingpositions.h"

#include "meeting_core/desk/desk.h"

#include <QDebug>

namespace phonghop::ui {

int CacheReadingPositions::lastPage(const QString &documentKey) const
{
    const Result<int> page = m_desk.lastReadPage(documentKey);
    if (!page)
        qWarning() << "reading position unavailable:" << page.error();
    return page ? page.value() : -1;
}

void CacheReadingPositions::setLastPage(const QString &documentKey, int page)
{
    // Losing a reading position is not worth interrupting the reader for.
    if (const Status saved = m_desk.setLastReadPage(documentKey, page); !saved)
        qWarning() << "reading position not saved:" << saved.error();
}

} // namespace phonghop::ui
