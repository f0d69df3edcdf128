#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace phonghop {

// The outcome of work that can fail in a way the user must hear about: either a value or a
// message written for the person reading it (already translated).
template <typename T>
class Result final {
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A Result without a value.
class Status final {
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
