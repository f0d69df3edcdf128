#pragma once

#include <QPointF>

class QTouchEvent;

namespace phonghop::ui {

// Turns a one-finger sideways swipe over the pages into a page turn, as on a tablet's reader:
// a stroke that goes mostly sideways and far enough. Scrolling and pinching stay with the
// scroller and the pinch gesture, which see the touches first.
class SwipeDetector final {
public:
    void touchBegan(const QTouchEvent &event);
    // The page step the finger asks for as it lifts: +1 the next page (a swipe to the left),
    // -1 the previous one, 0 none.
    int touchEnded(const QTouchEvent &event) const;

private:
    QPointF m_start;
};

} // namespace phonghop::ui
