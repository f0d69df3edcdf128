#pragma once

#include "meeting_core/pdf/renderkey.h"

#include <QHash>
#include <QImage>
#include <list>

namespace phonghop {

// Rendered page images kept for reuse, within a memory budget. The least recently used image
// goes first; an image larger than the whole budget is not kept. Used on one thread.
class PageImageCache final {
public:
    static constexpr qint64 defaultBudgetBytes = 256LL * 1024 * 1024;

    explicit PageImageCache(qint64 budgetBytes = defaultBudgetBytes);

    void setBudget(qint64 bytes);
    qint64 budget() const { return m_budget; }
    qint64 usedBytes() const { return m_used; }
    int count() const { return static_cast<int>(m_entries.size()); }

    void insert(const RenderKey &key, const QImage &image);
    // Returns the image (null when absent) and marks it as the most recently used.
    QImage find(const RenderKey &key);
    bool contains(const RenderKey &key) const { return m_index.contains(key); }
    void clear();

    static qint64 costOf(const QImage &image) { return image.sizeInBytes(); }

private:
    struct Entry {
        RenderKey key;
        QImage image;
    };
    void evictToFit();

    std::list<Entry> m_entries; // front = most recently used
    QHash<RenderKey, std::list<Entry>::iterator> m_index;
    qint64 m_budget;
    qint64 m_used = 0;
};

} // namespace phonghop
