#pragma once

#include "meeting_core/publish/draftmeeting.h"
#include "meeting_core/util/result.h"

#include <QList>
#include <QString>

namespace phonghop {

// The secretary's drafts, kept on this machine only (never on the share): one JSON file
// per draft in <directory>/drafts, each written atomically so a crash keeps the last save.
class DraftStore final {
public:
    struct Entry {
        QString key;
        DraftMeeting draft;
    };

    explicit DraftStore(QString directory);

    // Saves under `key` (a new key, derived from the meeting id, when empty); returns the key.
    Result<QString> save(const DraftMeeting &draft, const QString &key = {});
    Result<DraftMeeting> load(const QString &key) const;
    // Newest first; unreadable files are skipped (and named in problems).
    QList<Entry> list(QStringList *problems = nullptr) const;
    bool remove(const QString &key);

private:
    QString pathOf(const QString &key) const;
    QString m_folder;
};

} // namespace phonghop
