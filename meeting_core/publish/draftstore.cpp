#include "draftstore.h"

#include "meeting_core/util/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace phonghop {

namespace {
// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::DraftStore)
};

// ".phonghop-tmp-<random>-<name>.json" -> "<name>.json" (the random part has no '-').
QString finalNameOf(const QString &temporaryName)
{
    const QString rest = temporaryName.mid(atomicfile::temporaryPrefix.size());
    const qsizetype dash = rest.indexOf(u'-');
    return dash < 0 ? QString() : rest.mid(dash + 1);
}

// Leftovers of interrupted saves. A temporary copy goes only when its draft is whole under its
// own name; when that name is gone (older versions saved on Windows by removing the old file,
// then renaming: a crash in between left only the temporary copy), the temporary copy may be
// the only one left, and the newest that reads as a draft is put back under the name instead.
// Younger copies are left alone: a save may be under way in another window.
void tidyTemporaries(const QString &folder)
{
    constexpr qint64 saveUnderWaySeconds = 60;
    constexpr qint64 staleSeconds = 30 * 60;
    const QDir dir(folder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QFileInfoList> byFinalName;
    for (const QFileInfo &file : dir.entryInfoList({ QString(atomicfile::temporaryPrefix) + u'*' },
             QDir::Files | QDir::Hidden | QDir::System, QDir::Time)) {
        const QString finalName = finalNameOf(file.fileName());
        if (!finalName.isEmpty())
            byFinalName[finalName] << file; // newest first
    }
    for (auto it = byFinalName.cbegin(); it != byFinalName.cend(); ++it) {
        const QString finalPath = dir.filePath(it.key());
        if (QFileInfo::exists(finalPath)) {
            if (!draft::readFile(finalPath))
                continue; // the named copy is damaged: nothing that might replace it goes
            for (const QFileInfo &file : it.value()) {
                if (file.lastModified().toUTC().secsTo(now) >= staleSeconds)
                    QFile::remove(file.filePath());
            }
            continue;
        }
        for (const QFileInfo &file : it.value()) {
            if (file.lastModified().toUTC().secsTo(now) >= saveUnderWaySeconds
                && draft::readFile(file.filePath())
                && atomicfile::publishWithoutReplacing(file.filePath(), finalPath))
                break; // the others go at a later start, once this one is in place
        }
    }
}
} // namespace

DraftStore::DraftStore(QString directory)
    : m_folder(QDir(directory).filePath(QStringLiteral("drafts")))
{
    QDir().mkpath(m_folder);
    tidyTemporaries(m_folder);
}

QString DraftStore::pathOf(const QString &key) const
{
    return QDir(m_folder).filePath(key + QStringLiteral(".json"));
}

Result<QString> DraftStore::save(const DraftMeeting &draft, const QString &key)
{
    QString name = key;
    if (name.isEmpty()) {
        const QString base = draft::slug(draft.id.isEmpty() ? draft.title : draft.id).left(60);
        name = base.isEmpty() ? QStringLiteral("draft") : base;
        for (int n = 2; QFileInfo::exists(pathOf(name)); ++n)
            name = base + u'-' + QString::number(n);
    }
    if (!QDir().mkpath(m_folder))
        return Result<QString>::failure(
            Tr::tr("Cannot create the drafts folder %1").arg(QDir::toNativeSeparators(m_folder)));
    const Status written
        = atomicfile::writeReplacing(pathOf(name), QJsonDocument(draft::toJson(draft)).toJson());
    if (!written)
        return Result<QString>::failure(
            Tr::tr("The draft could not be saved: %1").arg(written.error()));
    return name;
}

Result<DraftMeeting> DraftStore::load(const QString &key) const
{
    return draft::readFile(pathOf(key));
}

QList<DraftStore::Entry> DraftStore::list(QStringList *problems) const
{
    QList<Entry> entries;
    const QFileInfoList files
        = QDir(m_folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (atomicfile::isTemporaryName(file.fileName()))
            continue;
        const Result<DraftMeeting> draft = draft::readFile(file.filePath());
        if (draft)
            entries << Entry { file.completeBaseName(), draft.value() };
        else if (problems)
            *problems << draft.error();
    }
    return entries;
}

bool DraftStore::remove(const QString &key)
{
    return QFile::remove(pathOf(key));
}

} // namespace phonghop
