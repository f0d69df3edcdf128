#pragma once

#include "meeting_core/annotations/normalizedgeometry.h"

#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace phonghop {

// What a delegate drew on a page. Geometry is in normalized, unrotated page coordinates
// (NormalizedPoint, NormalizedRect: 0..1 from the top-left corner, as Okular stores it), so it
// survives zoom, rotation and screens (docs/architecture.md).
enum class AnnotationType { Highlight, Underline, StrikeOut, Ink, Note, FreeText };

QString annotationTypeName(AnnotationType type); // stable, for the database and records
AnnotationType annotationTypeFromName(const QString &name, bool *ok = nullptr);
QString annotationTypeLabel(AnnotationType type); // translated, for the panel
bool isTextMarkup(AnnotationType type);

struct InkPoint {
    NormalizedPoint position;
    float pressure = 1.0f; // 0..1 from a tablet pen, 1 for a mouse
};

struct InkStroke {
    QVector<InkPoint> points;
};

// The words a text markup covers, with a little text either side: what carries the
// markup to a document's next version when its pages move.
struct TextAnchor {
    QString quote;
    QString before;
    QString after;
};

struct Annotation {
    QString id;
    AnnotationType type = AnnotationType::Highlight;
    int page = 0;
    QColor color = QColor(255, 226, 52);
    double width = 2.0; // ink pen width in page points
    QVector<NormalizedRect> quads; // text markup: one rectangle per line
    TextAnchor anchor; // text markup
    QVector<InkStroke> strokes; // ink
    NormalizedRect rect; // note icon or free-text box
    QString contents; // note or free text; comment on markup
    QDateTime created;
    QDateTime modified;
    // Carried over from an earlier version but not placed with confidence: shown in the
    // "needs review" list beside the old version, never on a page.
    bool needsReview = false;
    QString reviewReason;
    int sourceVersion = 0; // version this annotation was carried from (0 = drawn here)
    int sourcePage = -1; // its page in that version

    NormalizedRect boundingRect() const;
    // Moves by an offset (every kind of geometry).
    void translate(NormalizedPoint delta);
    // Scales the geometry so that boundingRect() becomes `target`.
    void resizeTo(const NormalizedRect &target);
    // A short text for lists: the quoted words, the note, or the type.
    QString excerpt() const;

    QJsonObject toJson() const;
    static Annotation fromJson(const QJsonObject &object);
    bool operator==(const Annotation &other) const;
};

QString newAnnotationId();

} // namespace phonghop
