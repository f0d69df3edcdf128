#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace phonghop {

// The outcome of work that can fail in a way the user must hear about: either a value or a
// message written for the person reading it (already translated).
//
// [[nodiscard]]: a failure nobody looks at is a failure the user never hears about. When
// ignoring one is right, say why beside the (void) cast.
//
// Reading the value of a failure is a programming error, and it stops the program with the
// failure's message, in release builds too: the builds we ship and test define QT_NO_DEBUG,
// where Q_ASSERT checks nothing, and the alternative is reading an empty std::optional
// (undefined behaviour: a ballot or a record built from garbage, silently).
template <typename T> class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return checked(); }
    T &value() & { return checked(); }
    T &&value() && { return std::move(checked()); }
    const T *operator->() const { return &checked(); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    T &checked()
    {
        if (!m_value) [[unlikely]]
            failedRead(m_error);
        return *m_value;
    }
    const T &checked() const
    {
        if (!m_value) [[unlikely]]
            failedRead(m_error);
        return *m_value;
    }
    [[noreturn]] static void failedRead(const QString &error)
    {
        qFatal("The value of a failed Result was read (the failure: %s)", qUtf8Printable(error));
    }
    std::optional<T> m_value;
    QString m_error;
};

// A Result without a value.
class [[nodiscard]] Status final {
public:
    static Status success() { return Status(); }
    static Status failure(QString message)
    {
        Status status;
        status.m_error = std::move(message);
        status.m_failed = true;
        return status;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace phonghop
