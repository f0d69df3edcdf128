#include "meeting_core/reading/findhitcursor.h"

namespace phonghop {

void FindHitCursor::clear()
{
    m_hits.clear();
    m_total = 0;
    m_page = m_index = -1;
}

void FindHitCursor::addPage(int page, const QVector<Hit> &hits)
{
    m_hits.insert(page, hits);
    m_total += static_cast<int>(hits.size());
    if (m_page < 0) {
        m_page = page;
        m_index = 0;
    }
}

bool FindHitCursor::next()
{
    if (m_hits.isEmpty() || m_page < 0)
        return false;
    if (m_index + 1 < m_hits.value(m_page).size()) {
        ++m_index;
    } else {
        auto following = m_hits.upperBound(m_page);
        if (following == m_hits.end())
            following = m_hits.begin();
        m_page = following.key();
        m_index = 0;
    }
    return true;
}

bool FindHitCursor::previous()
{
    if (m_hits.isEmpty() || m_page < 0)
        return false;
    if (m_index > 0) {
        --m_index;
    } else {
        auto before = m_hits.lowerBound(m_page);
        before = before == m_hits.begin() ? std::prev(m_hits.end()) : std::prev(before);
        m_page = before.key();
        m_index = static_cast<int>(before->size()) - 1;
    }
    return true;
}

int FindHitCursor::ordinal() const
{
    int earlier = 0;
    for (auto it = m_hits.cbegin(); it != m_hits.cend() && it.key() < m_page; ++it)
        earlier += static_cast<int>(it->size());
    return earlier + m_index + 1;
}

QHash<int, QVector<FindHitCursor::Hit>> FindHitCursor::allHits() const
{
    QHash<int, QVector<Hit>> all;
    for (auto it = m_hits.cbegin(); it != m_hits.cend(); ++it)
        all.insert(it.key(), it.value());
    return all;
}

} // namespace phonghop
