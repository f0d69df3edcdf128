#pragma once

#include <atomic>
#include <memory>

namespace phonghop {

// Shared flag for long work (sync, render, publish): the owner asks, the worker checks.
class CancellationToken final {
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace phonghop
