#include "meeting_core/pdf/pageimagecache.h"

namespace phonghop {

PageImageCache::PageImageCache(qint64 budgetBytes)
    : m_budget(std::max<qint64>(0, budgetBytes))
{
}

void PageImageCache::setBudget(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    evictToFit();
}

void PageImageCache::insert(const RenderKey &key, const QImage &image)
{
    if (const auto found = m_index.find(key); found != m_index.end()) {
        m_used -= costOf(found.value()->image);
        m_entries.erase(found.value());
        m_index.erase(found);
    }
    const qint64 cost = costOf(image);
    if (image.isNull() || cost > m_budget)
        return;
    m_entries.push_front(Entry { key, image });
    m_index.insert(key, m_entries.begin());
    m_used += cost;
    evictToFit();
}

QImage PageImageCache::find(const RenderKey &key)
{
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd())
        return QImage();
    m_entries.splice(m_entries.begin(), m_entries, found.value());
    return m_entries.front().image;
}

void PageImageCache::clear()
{
    m_entries.clear();
    m_index.clear();
    m_used = 0;
}

void PageImageCache::evictToFit()
{
    while (m_used > m_budget && !m_entries.empty()) {
        const Entry &last = m_entries.back();
        m_used -= costOf(last.image);
        m_index.remove(last.key);
        m_entries.pop_back();
    }
}

} // namespace phonghop
