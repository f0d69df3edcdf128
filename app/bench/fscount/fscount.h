#pragma once

// A counter of file-system operations under one folder, for the scale benchmark and the tests
// that bound a refresh's work (docs/benchmarks.md, "scale"). It interposes the C library's
// file functions (open, stat, opendir, readdir, rename, link, mkdir, unlink, …): linked into a
// program whose symbols are exported (ENABLE_EXPORTS), or loaded with LD_PRELOAD, every call
// from the program and from Qt goes through it. Only paths under the root set here count; the
// rest pass straight through. Linux (glibc) only.
namespace phonghop::fscount {

enum class Kind {
    Open, // open, openat, creat
    Stat, // stat, lstat, statx, access (a look at one name)
    Listing, // opendir: one listing of a folder
    ListedNames, // names returned by the listings
    ListedBytes, // bytes of those names (what the listings carried, headers aside)
    Change, // mkdir, rename, link, unlink, rmdir
    Count
};

// True when the interposed functions are the ones in use (linked in or preloaded).
bool available();
// Only operations on paths that start with `root` count (an absolute path; empty: none).
void setRoot(const char *root);
// Added to every counted operation except reading a listing's names: a slow file server.
void setDelayMicroseconds(long microseconds);
// Operations counted so far, by all threads, and by the calling thread.
long total(Kind kind);
long ofThisThread(Kind kind);
// Operations that reach the server: opens, stats, listings and changes.
long operationsOfThisThread();
long operationsTotal();

} // namespace phonghop::fscount
