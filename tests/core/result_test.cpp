#include <catch2/catch.hpp>

#include "meeting_core/util/result.h"

#include <QString>
#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

using namespace phonghop;

namespace {

// Runs `body` in a child process and returns the signal that ended it (0 when it exited).
int signalEndingChild(const std::function<void()> &body)
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        body();
        _exit(0); // reached only when body did not stop the process
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

Result<QString> greeting(bool works)
{
    if (!works)
        return Result<QString>::failure(QStringLiteral("the greeting failed"));
    return QStringLiteral("xin chào");
}

} // namespace

TEST_CASE("A Result holds its value or its failure's message", "[result]")
{
    const Result<QString> good = greeting(true);
    REQUIRE(good.ok());
    CHECK(static_cast<bool>(good));
    CHECK(good.value() == QStringLiteral("xin chào"));
    CHECK(good->size() == 8);
    CHECK(good.error().isEmpty());

    const Result<QString> bad = greeting(false);
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(static_cast<bool>(bad));
    CHECK(bad.error() == QStringLiteral("the greeting failed"));

    Result<QString> moved = greeting(true);
    const QString taken = std::move(moved).value();
    CHECK(taken == QStringLiteral("xin chào"));
}

TEST_CASE("A Status is a success or a failure with its message", "[result]")
{
    const Status done = Status::success();
    CHECK(done.ok());
    CHECK(done.error().isEmpty());
    const Status failed = Status::failure(QStringLiteral("the disk is full"));
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(static_cast<bool>(failed));
    CHECK(failed.error() == QStringLiteral("the disk is full"));
    // A failure without words is still a failure.
    CHECK_FALSE(Status::failure(QString()).ok());
}

TEST_CASE("Reading the value of a failed Result stops the program, in every build", "[result]")
{
    // Builds with QT_NO_DEBUG (those we ship and test) included: a Q_ASSERT would not fire.
    CHECK(signalEndingChild([] {
        const Result<QString> bad = greeting(false);
        const QString read = bad.value();
        (void)read;
    }) == SIGABRT);
    CHECK(signalEndingChild([] {
        Result<QString> bad = greeting(false);
        const QString read = std::move(bad).value();
        (void)read;
    }) == SIGABRT);
    CHECK(signalEndingChild([] {
        const Result<QString> bad = greeting(false);
        (void)bad->size();
    }) == SIGABRT);
    // The same reads of a success go through.
    CHECK(signalEndingChild([] {
        const Result<QString> good = greeting(true);
        (void)good.value();
        (void)good->size();
    }) == 0);
}
