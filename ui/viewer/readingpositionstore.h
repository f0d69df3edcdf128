#pragma once

#include <QHash>
#include <QString>

namespace phonghop::ui {

// Where the reader left a document, kept by whoever embeds the view (the main window keeps
// it in the local cache; the standalone viewer in settings). The view never stores it itself.
class ReadingPositionStore {
public:
    virtual ~ReadingPositionStore() = default;
    // The last page read (0-based), or -1 when unknown.
    virtual int lastPage(const QString &documentKey) const = 0;
    virtual void setLastPage(const QString &documentKey, int page) = 0;
};

// Keeps positions for the life of the process; for tests and as a default.
class MemoryReadingPositionStore final : public ReadingPositionStore {
public:
    int lastPage(const QString &documentKey) const override
    {
        return m_pages.value(documentKey, -1);
    }
    void setLastPage(const QString &documentKey, int page) override
    {
        m_pages.insert(documentKey, page);
    }

private:
    QHash<QString, int> m_pages;
};

} // namespace phonghop::ui
