#include "meeting_core/annotations/carryover.h"

#include "meeting_core/annotations/annotationstore.h"
#include "meeting_core/pdf/pdfdocument.h"
#include "meeting_core/store/database.h"

#include <QCoreApplication>

namespace phonghop {

namespace {
constexpr int contextChars = 30; // text either side of an ink stroke or note that locates it

// The context of this file's messages, the same for lupdate and at run time.
class Tr final {
    Q_DECLARE_TR_FUNCTIONS(phonghop::CarryOver)
};

// A whole version's text, whitespace collapsed, with the page and character each unit came from.
struct FlatText {
    QString text;
    QVector<QPair<int, int>> origin; // (page, char index in PdfPageText)

    explicit FlatText(const DocumentText &doc)
    {
        for (int p = 0; p < doc.pages.size(); ++p) {
            const QString &t = doc.pages[p].text();
            for (int i = 0; i < t.size(); ++i) {
                const bool space = t[i].isSpace();
                if (space && (text.isEmpty() || text.back() == QLatin1Char(' ')))
                    continue;
                text.append(space ? QLatin1Char(' ') : t[i]);
                origin.append({ p, i });
            }
            if (!text.isEmpty() && text.back() != QLatin1Char(' ')) {
                text.append(QLatin1Char(' ')); // pages are separated like words
                origin.append({ p, int(t.size()) });
            }
        }
    }

    QVector<int> occurrences(const QString &needle) const
    {
        QVector<int> found;
        if (needle.isEmpty())
            return found;
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
            found.append(int(at));
        return found;
    }
};

QString collapse(const QString &text)
{
    return text.simplified();
}

int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

// The one occurrence of `quote` that the context points to; -1 when none or no clear winner.
int locate(const FlatText &flat, const QString &quote, const QString &before, const QString &after,
    QString *why)
{
    const QVector<int> hits = flat.occurrences(quote);
    if (hits.isEmpty()) {
        *why = Tr::tr("The marked text is not in the new version.");
        return -1;
    }
    if (hits.size() == 1)
        return hits.first();
    int best = -1, bestScore = -1, secondScore = -1;
    for (int at : hits) {
        const QStringView left = QStringView(flat.text).left(at);
        const QStringView right = QStringView(flat.text).mid(at + quote.size());
        const int score = commonSuffix(left, before) + commonPrefix(right, after);
        if (score > bestScore) {
            secondScore = bestScore;
            bestScore = score;
            best = at;
        } else if (score > secondScore) {
            secondScore = score;
        }
    }
    if (bestScore <= secondScore) {
        *why = Tr::tr("The marked text occurs several times in the new version.");
        return -1;
    }
    return best;
}

// Characters of a page whose centres lie in any of the normalized rects.
QPair<int, int> charsIn(const PdfPageText &page, QSizeF size, const QVector<NormalizedRect> &quads)
{
    const PageGeometry geometry(size);
    int from = -1, to = -1;
    const auto &rects = page.charRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects[i].isNull())
            continue;
        const NormalizedPoint c = geometry.fromPagePoints(rects[i].center());
        for (const NormalizedRect &q : quads) {
            if (q.contains(c)) {
                from = from < 0 ? i : from;
                to = i + 1;
                break;
            }
        }
    }
    return { from, to };
}

// The character of a page nearest to a normalized point; -1 on a page without text.
int nearestChar(const PdfPageText &page, QSizeF size, NormalizedPoint n)
{
    const QPointF p = PageGeometry(size).toPagePoints(n);
    int best = -1;
    double bestDistance = 1e18;
    const auto &rects = page.charRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects[i].isNull())
            continue;
        const QPointF d = rects[i].center() - p;
        const double distance = d.x() * d.x() + 4 * d.y() * d.y(); // same line first
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

void markForReview(Annotation &a, const QString &why, CarryOverResult &result)
{
    a.needsReview = true;
    a.reviewReason = why;
    result.needsReview.append(a);
}

void carryMarkup(Annotation a, const DocumentText &oldText, const FlatText &flat,
    const DocumentText &newText, CarryOverResult &result)
{
    if (a.anchor.quote.isEmpty() && a.page < oldText.pages.size()) {
        const auto [from, to] = charsIn(oldText.pages[a.page], oldText.sizes[a.page], a.quads);
        if (from >= 0) {
            const QString &t = oldText.pages[a.page].text();
            a.anchor.quote = t.mid(from, to - from);
            a.anchor.before = t.mid(std::max(0, from - 40), from - std::max(0, from - 40));
            a.anchor.after = t.mid(to, 40);
        }
    }
    const QString quote = collapse(a.anchor.quote);
    if (quote.isEmpty()) {
        markForReview(a, Tr::tr("The marking has no text to follow."), result);
        return;
    }
    QString why;
    const int at = locate(flat, quote, collapse(a.anchor.before), collapse(a.anchor.after), &why);
    if (at < 0) {
        markForReview(a, why, result);
        return;
    }
    const int page = flat.origin[at].first;
    const int from = flat.origin[at].second;
    const int lastFlat = at + int(quote.size()) - 1;
    // A quote that now runs onto the next page keeps the part on its first page.
    const int to = flat.origin[lastFlat].first == page ? flat.origin[lastFlat].second + 1
                                                       : int(newText.pages[page].text().size());
    a.quads.clear();
    const PageGeometry geometry(newText.sizes[page]);
    for (const QRectF &r : newText.pages[page].rectsFor(from, to))
        a.quads.append(geometry.fromPagePoints(r));
    if (a.quads.isEmpty()) {
        markForReview(a, Tr::tr("The marked text has no position in the new version."), result);
        return;
    }
    a.page = page;
    result.placed.append(a);
}

void carryByPosition(Annotation a, const DocumentText &oldText, const FlatText &oldFlat,
    const FlatText &flat, const DocumentText &newText, CarryOverResult &result)
{
    const int page = a.page;
    if (page >= oldText.pages.size()) {
        markForReview(a, Tr::tr("Its page is not in the old version's text."), result);
        return;
    }
    // The same page with the same text: nothing moved.
    if (page < newText.pages.size() && oldText.pages[page].text() == newText.pages[page].text()
        && oldText.sizes[page] == newText.sizes[page] && !oldText.pages[page].isEmpty()) {
        result.placed.append(a);
        return;
    }
    const int index
        = nearestChar(oldText.pages[page], oldText.sizes[page], a.boundingRect().center());
    if (index < 0) {
        markForReview(a, Tr::tr("Its page has no text to follow."), result);
        return;
    }
    // The collapsed text around that character, located in the new version.
    int flatIndex = -1;
    for (int i = 0; i < oldFlat.origin.size(); ++i) {
        if (oldFlat.origin[i].first == page && oldFlat.origin[i].second >= index) {
            flatIndex = i;
            break;
        }
    }
    if (flatIndex < 0) {
        markForReview(a, Tr::tr("Its page has no text to follow."), result);
        return;
    }
    const int start = std::max(0, flatIndex - contextChars);
    const QString snippet = oldFlat.text.mid(start, 2 * contextChars);
    const QVector<int> hits = flat.occurrences(snippet);
    if (hits.size() != 1) {
        markForReview(a,
            hits.isEmpty() ? Tr::tr("The text next to it changed in the new version.")
                           : Tr::tr("The text next to it occurs several times in the new version."),
            result);
        return;
    }
    const int newAt = hits.first() + (flatIndex - start);
    const auto [newPage, newIndex] = flat.origin[newAt];
    const QRectF oldChar = oldText.pages[page].charRects().value(index);
    const QRectF newChar = newText.pages[newPage].charRects().value(newIndex);
    if (oldChar.isNull() || newChar.isNull()) {
        markForReview(a, Tr::tr("The text next to it has no position in the new version."), result);
        return;
    }
    const NormalizedPoint oldN = PageGeometry(oldText.sizes[page]).fromPagePoints(oldChar.center());
    const NormalizedPoint newN
        = PageGeometry(newText.sizes[newPage]).fromPagePoints(newChar.center());
    a.translate(newN - oldN);
    a.page = newPage;
    const NormalizedRect box = a.boundingRect();
    if (box.left() < -0.01 || box.top() < -0.01 || box.right() > 1.01 || box.bottom() > 1.01) {
        markForReview(a, Tr::tr("It would fall off its page in the new version."), result);
        return;
    }
    result.placed.append(a);
}
} // namespace

Result<DocumentText> DocumentText::load(const QString &pdfPath)
{
    auto document = PdfDocument::open(pdfPath);
    if (!document)
        return Result<DocumentText>::failure(document.error());
    DocumentText text;
    for (int p = 0; p < document.value()->pageCount(); ++p) {
        text.pages.append(PdfPageText(document.value()->textBoxes(p)));
        text.sizes.append(document.value()->pageSize(p));
    }
    return text;
}

CarryOverResult carryOver(const QVector<Annotation> &annotations, const DocumentText &oldText,
    const DocumentText &newText, int fromVersion)
{
    const FlatText oldFlat(oldText);
    const FlatText flat(newText);
    CarryOverResult result;
    for (Annotation a : annotations) {
        a.sourceVersion = fromVersion;
        a.sourcePage = a.needsReview && a.sourcePage >= 0 ? a.sourcePage : a.page;
        if (a.needsReview) {
            // Still unplaced from an earlier carry-over: it stays in the review list.
            result.needsReview.append(a);
            continue;
        }
        if (isTextMarkup(a.type))
            carryMarkup(a, oldText, flat, newText, result);
        else
            carryByPosition(a, oldText, oldFlat, flat, newText, result);
    }
    return result;
}

Result<int> carryOverToVersion(AnnotationStore &store, const QString &owner,
    const QString &documentId, int fromVersion, const QString &oldPdf, int toVersion,
    const QString &newPdf)
{
    try {
        if (store.isCarriedOver(owner, documentId, fromVersion, toVersion))
            return 0;
        const QVector<Annotation> old = store.annotations({ owner, documentId, fromVersion });
        if (old.isEmpty()) {
            store.markCarriedOver(owner, documentId, fromVersion, toVersion);
            return 0;
        }
        const auto oldText = DocumentText::load(oldPdf);
        if (!oldText)
            return Result<int>::failure(oldText.error());
        const auto newText = DocumentText::load(newPdf);
        if (!newText)
            return Result<int>::failure(newText.error());
        const CarryOverResult result
            = carryOver(old, oldText.value(), newText.value(), fromVersion);
        // Saving again the same ids is harmless, so a crash before the mark only repeats this.
        store.saveAll({ owner, documentId, toVersion }, result.placed + result.needsReview);
        store.markCarriedOver(owner, documentId, fromVersion, toVersion);
        return int(result.needsReview.size());
    } catch (const DatabaseError &error) {
        return Result<int>::failure(Tr::tr("The annotations could not be carried over: %1")
                                        .arg(QString::fromUtf8(error.what())));
    }
}

} // namespace phonghop
