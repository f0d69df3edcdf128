#include "boundedfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace phonghop::boundedfile {

namespace {

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::BoundedFile)
};

// Notes why and returns the message for it.
QString refused(Refusal why, qint64 limit, Refusal *refusal, const QString &detail = {})
{
    if (refusal)
        *refusal = why;
    return detail.isEmpty() ? describe(why, limit) : detail;
}

#ifdef Q_OS_UNIX

Refusal refusalOfMode(mode_t mode)
{
    if (S_ISLNK(mode))
        return Refusal::SymbolicLink;
    return S_ISREG(mode) ? Refusal::None : Refusal::NotAFile;
}

Refusal refusalOfErrno(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return Refusal::Missing;
    case ELOOP: // O_NOFOLLOW met a link as the last part of the name
    case EMLINK:
        return Refusal::SymbolicLink;
    default:
        return Refusal::Unreadable;
    }
}

struct Opened {
    int fd = -1;
    Refusal refusal = Refusal::None;
    QString detail; // strerror for Unreadable
    qint64 size = 0; // what fstat said: a hint for the buffer, never trusted as the end
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// lstat first, so that a device or a pipe is never even opened; then open without following
// a link and without blocking (a pipe swapped in between opens at once and is refused by
// fstat), and check again what was opened.
Opened openChecked(const QString &path, qint64 limit)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat before { };
    if (::lstat(name.constData(), &before) != 0) {
        const int error = errno;
        return { -1, refusalOfErrno(error), errnoText(error), 0 };
    }
    if (const Refusal r = refusalOfMode(before.st_mode); r != Refusal::None)
        return { -1, r, {}, 0 };
    if (before.st_size > limit)
        return { -1, Refusal::TooLarge, {}, 0 };
    int fd = -1;
    do {
        fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int error = errno;
        return { -1, refusalOfErrno(error), errnoText(error), 0 };
    }
    struct stat opened { };
    Refusal refusal = Refusal::None;
    if (::fstat(fd, &opened) != 0)
        refusal = Refusal::Unreadable;
    else if (!S_ISREG(opened.st_mode))
        refusal = Refusal::NotAFile;
    else if (opened.st_size > limit)
        refusal = Refusal::TooLarge;
    if (refusal == Refusal::None) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0)
            refusal = Refusal::Unreadable;
    }
    if (refusal != Refusal::None) {
        ::close(fd);
        return { -1, refusal, {}, 0 };
    }
    return { fd, Refusal::None, {}, qint64(opened.st_size) };
}

#else

// Windows: no pipes or devices live in a folder, but links, junctions and shortcuts do.
Refusal inspectInfo(const QFileInfo &info, qint64 limit)
{
    if (info.isSymLink() || info.isJunction())
        return Refusal::SymbolicLink;
    if (!info.exists())
        return Refusal::Missing;
    if (!info.isFile())
        return Refusal::NotAFile;
    return info.size() > limit ? Refusal::TooLarge : Refusal::None;
}

#endif

} // namespace

QString describe(Refusal refusal, qint64 limit)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::Missing:
        return Tr::tr("it does not exist");
    case Refusal::SymbolicLink:
        return Tr::tr("it is a symbolic link, which PhòngHọp never follows in the shared folder");
    case Refusal::NotAFile:
        return Tr::tr("it is not a plain file (a named pipe, a device or a folder)");
    case Refusal::TooLarge:
        return Tr::tr("it is larger than the %1 allowed for a file of its kind")
            .arg(QLocale().formattedDataSize(limit));
    case Refusal::Unreadable:
        return Tr::tr("it cannot be read");
    }
    return {};
}

Result<QByteArray> read(const QString &path, qint64 limit, Refusal *refusal)
{
    using R = Result<QByteArray>;
    if (refusal)
        *refusal = Refusal::None;
#ifdef Q_OS_UNIX
    const Opened opened = openChecked(path, limit);
    if (opened.fd < 0)
        return R::failure(refused(opened.refusal, limit, refusal,
            opened.refusal == Refusal::Unreadable && !opened.detail.isEmpty() ? opened.detail
                                                                              : QString()));
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(opened.size, limit)) + 1);
    char buffer[64 * 1024];
    int error = 0;
    // One byte past the limit tells "too large" from "exactly the limit", whatever st_size said.
    while (bytes.size() <= limit) {
        const qint64 wanted = std::min<qint64>(qint64(sizeof buffer), limit + 1 - bytes.size());
        const ssize_t got = ::read(opened.fd, buffer, size_t(wanted));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            error = errno;
            break;
        }
        if (got == 0)
            break;
        bytes.append(buffer, qsizetype(got));
    }
    ::close(opened.fd);
    if (error != 0)
        return R::failure(refused(Refusal::Unreadable, limit, refusal, errnoText(error)));
    if (bytes.size() > limit)
        return R::failure(refused(Refusal::TooLarge, limit, refusal));
    return bytes;
#else
    if (const Refusal r = inspectInfo(QFileInfo(path), limit); r != Refusal::None)
        return R::failure(refused(r, limit, refusal));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(refused(Refusal::Unreadable, limit, refusal, file.errorString()));
    QByteArray bytes = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(refused(Refusal::Unreadable, limit, refusal, file.errorString()));
    if (bytes.size() > limit)
        return R::failure(refused(Refusal::TooLarge, limit, refusal));
    return bytes;
#endif
}

Status open(QFile &file, const QString &path, qint64 limit, Refusal *refusal)
{
    if (refusal)
        *refusal = Refusal::None;
#ifdef Q_OS_UNIX
    const Opened opened = openChecked(path, limit);
    if (opened.fd < 0) {
        return Status::failure(refused(opened.refusal, limit, refusal,
            opened.refusal == Refusal::Unreadable && !opened.detail.isEmpty() ? opened.detail
                                                                              : QString()));
    }
    if (file.fileName().isEmpty())
        file.setFileName(path);
    if (!file.open(opened.fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(opened.fd);
        if (refusal)
            *refusal = Refusal::Unreadable;
        return Status::failure(file.errorString());
    }
    return Status::success();
#else
    if (const Refusal r = inspectInfo(QFileInfo(path), limit); r != Refusal::None) {
        if (refusal)
            *refusal = r;
        return Status::failure(describe(r, limit));
    }
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (refusal)
            *refusal = Refusal::Unreadable;
        return Status::failure(file.errorString());
    }
    return Status::success();
#endif
}

Refusal inspect(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status { };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return refusalOfErrno(errno);
    return refusalOfMode(status.st_mode);
#else
    return inspectInfo(QFileInfo(path), std::numeric_limits<qint64>::max());
#endif
}

} // namespace phonghop::boundedfile
