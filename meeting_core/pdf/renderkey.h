#pragma once

#include <QHashFunctions>
#include <QRect>
#include <QtGlobal>
#include <cmath>

namespace phonghop {

// Names one image the render service can produce: a page (0-based) at a scale (device pixels
// per point, kept in thousandths so equal zooms compare equal), a rotation in quarter turns,
// and an optional tile of the rotated page image, in pixels (null = the whole page).
struct RenderKey {
    int page = 0;
    int scaleMilli = 1000;
    int rotation = 0;
    QRect tile;

    static RenderKey make(int page, double scale, int rotation = 0, QRect tile = {})
    {
        return RenderKey { page, std::max(1, static_cast<int>(std::lround(scale * 1000.0))),
            ((rotation % 4) + 4) % 4, tile };
    }
    double scale() const { return scaleMilli / 1000.0; }
    friend bool operator==(const RenderKey &a, const RenderKey &b)
    {
        return a.page == b.page && a.scaleMilli == b.scaleMilli && a.rotation == b.rotation
            && a.tile == b.tile;
    }
};

inline size_t qHash(const RenderKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.page, key.scaleMilli, key.rotation, key.tile.x(), key.tile.y(),
        key.tile.width(), key.tile.height());
}

} // namespace phonghop
