#include "draftstore.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace phonghop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("phonghop::DraftStore", text);
}
} // namespace

DraftStore::DraftStore(QString directory) : m_folder(QDir(directory).filePath(QStringLiteral("drafts")))
{
    QDir().mkpath(m_folder);
    atomicfile::removeStaleTemporaries(m_folder);
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
        return Result<QString>::failure(tr("Cannot create the drafts folder %1").arg(QDir::toNativeSeparators(m_folder)));
    const Status written =
        atomicfile::writeReplacing(pathOf(name), QJsonDocument(draft::toJson(draft)).toJson());
    if (!written)
        return Result<QString>::failure(tr("The draft could not be saved: %1").arg(written.error()));
    return name;
}

Result<DraftMeeting> DraftStore::load(const QString &key) const
{
    return draft::readFile(pathOf(key));
}

QList<DraftStore::Entry> DraftStore::list(QStringList *problems) const
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (atomicfile::isTemporaryName(file.fileName()))
            continue;
        const Result<DraftMeeting> draft = draft::readFile(file.filePath());
        if (draft)
            entries << Entry{file.completeBaseName(), draft.value()};
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
