#include "viewer/swipedetector.h"

#include <QTouchEvent>
#include <cmath>

namespace phonghop::ui {

namespace {
// How far, in logical pixels, a finger must travel sideways for a swipe.
constexpr double swipeDistance = 80;
} // namespace

void SwipeDetector::touchBegan(const QTouchEvent &event)
{
    if (!event.points().isEmpty())
        m_start = event.points().first().position();
}

int SwipeDetector::touchEnded(const QTouchEvent &event) const
{
    if (event.points().size() != 1)
        return 0;
    const QPointF delta = event.points().first().position() - m_start;
    if (std::abs(delta.x()) > swipeDistance && std::abs(delta.x()) > 2 * std::abs(delta.y()))
        return delta.x() < 0 ? 1 : -1;
    return 0;
}

} // namespace phonghop::ui
