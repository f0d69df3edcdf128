// Build-time tool: renders the application's SVG icon to the PNG sizes desktops want
// (hicolor theme layout) and, for Windows, to one .ico holding several sizes.
//   phonghop-iconrender SVG OUTDIR SIZE...       -> OUTDIR/<n>x<n>/apps/phonghop.png
//   phonghop-iconrender --ico SVG FILE SIZE...   -> FILE (PNG-compressed ICO entries)
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

template <typename T> void append(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

// ICO: a directory of entries, each a PNG (allowed since Windows Vista).
QByteArray icoFile(const QList<QPair<int, QByteArray>> &pngs)
{
    QByteArray out;
    append<quint16>(out, 0);
    append<quint16>(out, 1); // icon
    append<quint16>(out, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto &[size, png] : pngs) {
        append<quint8>(out, quint8(size >= 256 ? 0 : size)); // 0 means 256
        append<quint8>(out, quint8(size >= 256 ? 0 : size));
        append<quint8>(out, 0); // no palette
        append<quint8>(out, 0);
        append<quint16>(out, 1); // planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(png.size()));
        append<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &entry : pngs)
        out += entry.second;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool ico = !arguments.isEmpty() && arguments.first() == u"--ico";
    if (ico)
        arguments.removeFirst();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: phonghop-iconrender [--ico] SVG OUT SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(arguments.at(0));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "phonghop-iconrender: cannot read %s\n", qPrintable(arguments.at(0)));
        return 1;
    }
    QList<QPair<int, QByteArray>> pngs;
    for (const QString &text : arguments.mid(2)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "phonghop-iconrender: bad size %s\n", qPrintable(text));
            return 2;
        }
        pngs.append({ size, renderPng(renderer, size) });
    }
    if (ico)
        return writeFile(arguments.at(1), icoFile(pngs)) ? 0 : 1;
    for (const auto &[size, png] : pngs) {
        const QString directory = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(1)).arg(size);
        if (!QDir().mkpath(directory)
            || !writeFile(directory + QStringLiteral("/phonghop.png"), png)) {
            std::fprintf(
                stderr, "phonghop-iconrender: cannot write into %s\n", qPrintable(directory));
            return 1;
        }
    }
    return 0;
}
