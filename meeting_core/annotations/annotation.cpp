#include "meeting_core/annotations/annotation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace phonghop {

namespace {
constexpr const char *typeNames[]
    = { "highlight", "underline", "strikeout", "ink", "note", "freetext" };

QJsonArray rectToJson(const NormalizedRect &r)
{
    return QJsonArray { r.x(), r.y(), r.width(), r.height() };
}

NormalizedRect rectFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 4)
        return {};
    return NormalizedRect(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
}

NormalizedRect mapRect(
    const NormalizedRect &r, const NormalizedRect &from, const NormalizedRect &to)
{
    const double sx = from.width() > 0 ? to.width() / from.width() : 1.0;
    const double sy = from.height() > 0 ? to.height() / from.height() : 1.0;
    return NormalizedRect(to.x() + (r.x() - from.x()) * sx, to.y() + (r.y() - from.y()) * sy,
        r.width() * sx, r.height() * sy);
}
} // namespace

QString annotationTypeName(AnnotationType type)
{
    return QString::fromLatin1(typeNames[static_cast<int>(type)]);
}

AnnotationType annotationTypeFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < 6; ++i) {
        if (name == QLatin1String(typeNames[i])) {
            if (ok)
                *ok = true;
            return static_cast<AnnotationType>(i);
        }
    }
    if (ok)
        *ok = false;
    return AnnotationType::Note;
}

QString annotationTypeLabel(AnnotationType type)
{
    switch (type) {
    case AnnotationType::Highlight:
        return QCoreApplication::translate("phonghop::Annotation", "Highlight");
    case AnnotationType::Underline:
        return QCoreApplication::translate("phonghop::Annotation", "Underline");
    case AnnotationType::StrikeOut:
        return QCoreApplication::translate("phonghop::Annotation", "Strike-out");
    case AnnotationType::Ink:
        return QCoreApplication::translate("phonghop::Annotation", "Ink");
    case AnnotationType::Note:
        return QCoreApplication::translate("phonghop::Annotation", "Note");
    case AnnotationType::FreeText:
        return QCoreApplication::translate("phonghop::Annotation", "Text box");
    }
    return {};
}

bool isTextMarkup(AnnotationType type)
{
    return type == AnnotationType::Highlight || type == AnnotationType::Underline
        || type == AnnotationType::StrikeOut;
}

NormalizedRect Annotation::boundingRect() const
{
    NormalizedRect box;
    if (isTextMarkup(type)) {
        for (const NormalizedRect &q : quads)
            box = box.isNull() ? q : box.united(q);
        return box;
    }
    if (type == AnnotationType::Ink) {
        double minX = 2, minY = 2, maxX = -1, maxY = -1;
        for (const InkStroke &s : strokes) {
            for (const InkPoint &p : s.points) {
                minX = std::min(minX, p.position.x());
                minY = std::min(minY, p.position.y());
                maxX = std::max(maxX, p.position.x());
                maxY = std::max(maxY, p.position.y());
            }
        }
        if (maxX < minX)
            return {};
        return NormalizedRect(NormalizedPoint(minX, minY), NormalizedPoint(maxX, maxY));
    }
    return rect;
}

void Annotation::translate(NormalizedPoint delta)
{
    for (NormalizedRect &q : quads)
        q.translate(delta);
    for (InkStroke &s : strokes)
        for (InkPoint &p : s.points)
            p.position += delta;
    rect.translate(delta);
}

void Annotation::resizeTo(const NormalizedRect &target)
{
    const NormalizedRect from = boundingRect();
    if (type == AnnotationType::Note || type == AnnotationType::FreeText) {
        rect = target;
        return;
    }
    for (NormalizedRect &q : quads)
        q = mapRect(q, from, target);
    const double sx = from.width() > 0 ? target.width() / from.width() : 1.0;
    const double sy = from.height() > 0 ? target.height() / from.height() : 1.0;
    for (InkStroke &s : strokes)
        for (InkPoint &p : s.points)
            p.position = NormalizedPoint(target.x() + (p.position.x() - from.x()) * sx,
                target.y() + (p.position.y() - from.y()) * sy);
}

QString Annotation::excerpt() const
{
    QString text = isTextMarkup(type) ? anchor.quote : contents;
    text = text.simplified();
    if (text.isEmpty())
        text = annotationTypeLabel(type);
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    return text;
}

QJsonObject Annotation::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("type")] = annotationTypeName(type);
    o[QStringLiteral("page")] = page;
    o[QStringLiteral("color")] = color.name(QColor::HexArgb);
    o[QStringLiteral("width")] = width;
    if (!quads.isEmpty()) {
        QJsonArray a;
        for (const NormalizedRect &q : quads)
            a.append(rectToJson(q));
        o[QStringLiteral("quads")] = a;
    }
    if (!anchor.quote.isEmpty()) {
        o[QStringLiteral("quote")] = anchor.quote;
        o[QStringLiteral("before")] = anchor.before;
        o[QStringLiteral("after")] = anchor.after;
    }
    if (!strokes.isEmpty()) {
        QJsonArray a;
        for (const InkStroke &s : strokes) {
            // Flat x, y, pressure triples keep a 10,000-point stroke compact.
            QJsonArray flat;
            for (const InkPoint &p : s.points) {
                flat.append(p.position.x());
                flat.append(p.position.y());
                flat.append(double(p.pressure));
            }
            a.append(flat);
        }
        o[QStringLiteral("strokes")] = a;
    }
    if (!rect.isNull())
        o[QStringLiteral("rect")] = rectToJson(rect);
    if (!contents.isEmpty())
        o[QStringLiteral("contents")] = contents;
    o[QStringLiteral("created")] = created.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("modified")] = modified.toUTC().toString(Qt::ISODateWithMs);
    if (needsReview) {
        o[QStringLiteral("needsReview")] = true;
        o[QStringLiteral("reviewReason")] = reviewReason;
    }
    if (sourceVersion > 0) {
        o[QStringLiteral("sourceVersion")] = sourceVersion;
        o[QStringLiteral("sourcePage")] = sourcePage;
    }
    return o;
}

Annotation Annotation::fromJson(const QJsonObject &o)
{
    Annotation a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.type = annotationTypeFromName(o.value(QStringLiteral("type")).toString());
    a.page = o.value(QStringLiteral("page")).toInt();
    a.color = QColor(o.value(QStringLiteral("color")).toString());
    a.width = o.value(QStringLiteral("width")).toDouble(2.0);
    for (const QJsonValue &q : o.value(QStringLiteral("quads")).toArray())
        a.quads.append(rectFromJson(q));
    a.anchor.quote = o.value(QStringLiteral("quote")).toString();
    a.anchor.before = o.value(QStringLiteral("before")).toString();
    a.anchor.after = o.value(QStringLiteral("after")).toString();
    for (const QJsonValue &s : o.value(QStringLiteral("strokes")).toArray()) {
        const QJsonArray flat = s.toArray();
        InkStroke stroke;
        stroke.points.reserve(flat.size() / 3);
        for (qsizetype i = 0; i + 2 < flat.size(); i += 3)
            stroke.points.append({ NormalizedPoint(flat[i].toDouble(), flat[i + 1].toDouble()),
                float(flat[i + 2].toDouble()) });
        a.strokes.append(stroke);
    }
    a.rect = rectFromJson(o.value(QStringLiteral("rect")));
    a.contents = o.value(QStringLiteral("contents")).toString();
    a.created
        = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    a.modified
        = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    a.needsReview = o.value(QStringLiteral("needsReview")).toBool();
    a.reviewReason = o.value(QStringLiteral("reviewReason")).toString();
    a.sourceVersion = o.value(QStringLiteral("sourceVersion")).toInt();
    a.sourcePage = o.value(QStringLiteral("sourcePage")).toInt(-1);
    return a;
}

bool Annotation::operator==(const Annotation &other) const
{
    return toJson() == other.toJson();
}

QString newAnnotationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace phonghop
