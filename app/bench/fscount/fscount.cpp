// The interposed C library functions of fscount.h. Each looks up the real function once
// (dlsym RTLD_NEXT), counts the call when its path lies under the root, and calls through.
// Fortified builds make open() an inline wrapper; this file defines the real symbol.
#undef _FORTIFY_SOURCE
#include "fscount.h"

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace {

constexpr int kinds = static_cast<int>(phonghop::fscount::Kind::Count);
std::atomic<long> totals[kinds];
thread_local long threadCounts[kinds];
std::atomic<long> delayMicroseconds { 0 };

// The root, set rarely and read on every call: a fixed buffer and its length.
std::mutex rootMutex;
char rootPath[4096];
std::atomic<size_t> rootLength { 0 };

// Folders opened under the root, so that readdir counts only their names.
constexpr int trackedSlots = 256;
std::atomic<DIR *> tracked[trackedSlots];

bool underRoot(const char *path)
{
    const size_t length = rootLength.load(std::memory_order_acquire);
    return length > 0 && path && std::strncmp(path, rootPath, length) == 0
        && (path[length] == '\0' || path[length] == '/');
}

void add(phonghop::fscount::Kind kind, long n = 1)
{
    totals[static_cast<int>(kind)].fetch_add(n, std::memory_order_relaxed);
    threadCounts[static_cast<int>(kind)] += n;
}

// PHONGHOP_FSCOUNT_TRACE set: every counted call is written to standard error, to see which
// calls a figure is made of.
const bool tracing = std::getenv("PHONGHOP_FSCOUNT_TRACE") != nullptr;

void count(phonghop::fscount::Kind kind, const char *path)
{
    if (!underRoot(path))
        return;
    add(kind);
    if (tracing)
        std::fprintf(stderr, "fscount %d %s\n", static_cast<int>(kind), path);
    if (const long delay = delayMicroseconds.load(std::memory_order_relaxed); delay > 0) {
        timespec wait { delay / 1000000, (delay % 1000000) * 1000 };
        while (nanosleep(&wait, &wait) != 0 && errno == EINTR) { }
    }
}

template <typename F> F real(F, const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

#define PHONGHOP_REAL(function) static const auto real_##function = real(&::function, #function)

using phonghop::fscount::Kind;

} // namespace

namespace phonghop::fscount {

bool available()
{
    // Calls from shared libraries (Qt) reach these functions only if the program's own are the
    // ones the dynamic linker found first.
    using Stat = int (*)(const char *, struct stat *);
    return reinterpret_cast<Stat>(dlsym(RTLD_DEFAULT, "stat")) == &::stat;
}

void setRoot(const char *root)
{
    std::lock_guard lock(rootMutex);
    rootLength = 0;
    const size_t length = root ? std::strlen(root) : 0;
    if (length == 0 || length >= sizeof rootPath)
        return;
    std::memcpy(rootPath, root, length + 1);
    while (std::strlen(rootPath) > 1 && rootPath[std::strlen(rootPath) - 1] == '/')
        rootPath[std::strlen(rootPath) - 1] = '\0';
    rootLength.store(std::strlen(rootPath), std::memory_order_release);
}

void setDelayMicroseconds(long microseconds)
{
    delayMicroseconds = microseconds;
}

long total(Kind kind)
{
    return totals[static_cast<int>(kind)].load();
}

long ofThisThread(Kind kind)
{
    return threadCounts[static_cast<int>(kind)];
}

long operationsOfThisThread()
{
    return ofThisThread(Kind::Open) + ofThisThread(Kind::Stat) + ofThisThread(Kind::Listing)
        + ofThisThread(Kind::Change);
}

long operationsTotal()
{
    return total(Kind::Open) + total(Kind::Stat) + total(Kind::Listing) + total(Kind::Change);
}

} // namespace phonghop::fscount

// Exported whatever the build's default visibility: these must be the ones the linker finds.
#pragma GCC visibility push(default)
extern "C" {

int open(const char *path, int flags, ...)
{
    PHONGHOP_REAL(open);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    count(Kind::Open, path);
    return real_open(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    PHONGHOP_REAL(open64);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    count(Kind::Open, path);
    return real_open64(path, flags, mode);
}

int openat(int directory, const char *path, int flags, ...)
{
    PHONGHOP_REAL(openat);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    count(Kind::Open, path);
    return real_openat(directory, path, flags, mode);
}

int openat64(int directory, const char *path, int flags, ...)
{
    PHONGHOP_REAL(openat64);
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list arguments;
        va_start(arguments, flags);
        mode = va_arg(arguments, mode_t);
        va_end(arguments);
    }
    count(Kind::Open, path);
    return real_openat64(directory, path, flags, mode);
}

int __open_2(const char *path, int flags)
{
    static const auto real___open_2
        = reinterpret_cast<int (*)(const char *, int)>(dlsym(RTLD_NEXT, "__open_2"));
    count(Kind::Open, path);
    return real___open_2(path, flags);
}

int __open64_2(const char *path, int flags)
{
    static const auto real___open64_2
        = reinterpret_cast<int (*)(const char *, int)>(dlsym(RTLD_NEXT, "__open64_2"));
    count(Kind::Open, path);
    return real___open64_2(path, flags);
}

int __openat_2(int directory, const char *path, int flags)
{
    static const auto real___openat_2
        = reinterpret_cast<int (*)(int, const char *, int)>(dlsym(RTLD_NEXT, "__openat_2"));
    count(Kind::Open, path);
    return real___openat_2(directory, path, flags);
}

int stat(const char *path, struct stat *status)
{
    PHONGHOP_REAL(stat);
    count(Kind::Stat, path);
    return real_stat(path, status);
}

int lstat(const char *path, struct stat *status)
{
    PHONGHOP_REAL(lstat);
    count(Kind::Stat, path);
    return real_lstat(path, status);
}

int stat64(const char *path, struct stat64 *status)
{
    PHONGHOP_REAL(stat64);
    count(Kind::Stat, path);
    return real_stat64(path, status);
}

int lstat64(const char *path, struct stat64 *status)
{
    PHONGHOP_REAL(lstat64);
    count(Kind::Stat, path);
    return real_lstat64(path, status);
}

int fstatat(int directory, const char *path, struct stat *status, int flags)
{
    PHONGHOP_REAL(fstatat);
    count(Kind::Stat, path);
    return real_fstatat(directory, path, status, flags);
}

int fstatat64(int directory, const char *path, struct stat64 *status, int flags)
{
    PHONGHOP_REAL(fstatat64);
    count(Kind::Stat, path);
    return real_fstatat64(directory, path, status, flags);
}

int statx(int directory, const char *path, int flags, unsigned int mask, struct statx *status)
{
    PHONGHOP_REAL(statx);
    count(Kind::Stat, path);
    return real_statx(directory, path, flags, mask, status);
}

int access(const char *path, int mode)
{
    PHONGHOP_REAL(access);
    count(Kind::Stat, path);
    return real_access(path, mode);
}

DIR *opendir(const char *path)
{
    PHONGHOP_REAL(opendir);
    DIR *folder = real_opendir(path);
    if (folder && underRoot(path)) {
        count(Kind::Listing, path);
        for (auto &slot : tracked) {
            DIR *empty = nullptr;
            if (slot.compare_exchange_strong(empty, folder))
                break;
        }
    } else if (!folder) {
        count(Kind::Listing, path);
    }
    return folder;
}

int closedir(DIR *folder)
{
    PHONGHOP_REAL(closedir);
    for (auto &slot : tracked) {
        DIR *expected = folder;
        if (slot.compare_exchange_strong(expected, nullptr))
            break;
    }
    return real_closedir(folder);
}

namespace {
bool isTracked(DIR *folder)
{
    for (auto &slot : tracked)
        if (slot.load(std::memory_order_relaxed) == folder)
            return true;
    return false;
}
} // namespace

struct dirent *readdir(DIR *folder)
{
    PHONGHOP_REAL(readdir);
    struct dirent *entry = real_readdir(folder);
    if (entry && isTracked(folder)) {
        add(Kind::ListedNames);
        add(Kind::ListedBytes, long(std::strlen(entry->d_name)));
    }
    return entry;
}

struct dirent64 *readdir64(DIR *folder)
{
    PHONGHOP_REAL(readdir64);
    struct dirent64 *entry = real_readdir64(folder);
    if (entry && isTracked(folder)) {
        add(Kind::ListedNames);
        add(Kind::ListedBytes, long(std::strlen(entry->d_name)));
    }
    return entry;
}

int mkdir(const char *path, mode_t mode)
{
    PHONGHOP_REAL(mkdir);
    count(Kind::Change, path);
    return real_mkdir(path, mode);
}

int rename(const char *from, const char *to)
{
    PHONGHOP_REAL(rename);
    count(Kind::Change, to);
    return real_rename(from, to);
}

int renameat(int fromDirectory, const char *from, int toDirectory, const char *to)
{
    PHONGHOP_REAL(renameat);
    count(Kind::Change, to);
    return real_renameat(fromDirectory, from, toDirectory, to);
}

int renameat2(
    int fromDirectory, const char *from, int toDirectory, const char *to, unsigned int flags)
{
    PHONGHOP_REAL(renameat2);
    count(Kind::Change, to);
    return real_renameat2(fromDirectory, from, toDirectory, to, flags);
}

int link(const char *from, const char *to)
{
    PHONGHOP_REAL(link);
    count(Kind::Change, to);
    return real_link(from, to);
}

int linkat(int fromDirectory, const char *from, int toDirectory, const char *to, int flags)
{
    PHONGHOP_REAL(linkat);
    count(Kind::Change, to);
    return real_linkat(fromDirectory, from, toDirectory, to, flags);
}

int unlink(const char *path)
{
    PHONGHOP_REAL(unlink);
    count(Kind::Change, path);
    return real_unlink(path);
}

int unlinkat(int directory, const char *path, int flags)
{
    PHONGHOP_REAL(unlinkat);
    count(Kind::Change, path);
    return real_unlinkat(directory, path, flags);
}

int rmdir(const char *path)
{
    PHONGHOP_REAL(rmdir);
    count(Kind::Change, path);
    return real_rmdir(path);
}

} // extern "C"
#pragma GCC visibility pop
