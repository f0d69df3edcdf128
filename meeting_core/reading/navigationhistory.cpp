#include "meeting_core/reading/navigationhistory.h"

namespace phonghop {

void NavigationHistory::recordJump(int from, int to)
{
    if (from == to)
        return;
    m_back.append(from);
    m_forward.clear();
}

std::optional<int> NavigationHistory::goBack(int current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    m_forward.append(current);
    return m_back.takeLast();
}

std::optional<int> NavigationHistory::goForward(int current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    m_back.append(current);
    return m_forward.takeLast();
}

void NavigationHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace phonghop
