#pragma once

#include <QIcon>

namespace phonghop::ui {

// The viewer's toolbar icons, drawn as vector paths at any size: sharp on high-DPI screens
// and independent of the icon theme or fonts installed on the machine.
enum class ViewerIcon {
    Sidebar,
    Back,
    Forward,
    PreviousPage,
    NextPage,
    ZoomOut,
    ZoomIn,
    FitWidth,
    FitPage,
    Rotate,
    Continuous,
    TwoPages,
    Find,
    Presentation,
    FullScreen
};

QIcon viewerIcon(ViewerIcon icon);

} // namespace phonghop::ui
