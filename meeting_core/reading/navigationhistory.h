#pragma once

#include <QVector>
#include <optional>

namespace phonghop {

// The pages a reader jumped away from, for "Back" and "Forward" (Alt+Left, Alt+Right), as a
// browser keeps them. Only jumps count (a link, the outline, a typed page number), not
// scrolling; widget-free, so the viewer asks it and a test drives it without a window.
class NavigationHistory final {
public:
    // A jump from page `from` to page `to`. It clears the forward steps; a "jump" that stays
    // on the same page is no step at all.
    void recordJump(int from, int to);
    // The page to show on "Back" while `current` is shown (which becomes a forward step), or
    // nothing when there is no step back.
    [[nodiscard]] std::optional<int> goBack(int current);
    // The page to show on "Forward" while `current` is shown (which becomes a back step).
    [[nodiscard]] std::optional<int> goForward(int current);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Another document: nothing to go back to.
    void clear();

private:
    QVector<int> m_back;
    QVector<int> m_forward;
};

} // namespace phonghop
