#pragma once

class QWidget;

namespace phonghop {
class Desk;
struct DocumentRef;
} // namespace phonghop

namespace phonghop::ui {

class DocumentView;

// Issue 16 (docs/cache.md): a document whose file eviction deleted from this seat. Says so in
// the viewer and offers to fetch it again from the shared folder (verified by its SHA-256);
// true once the file is back and the document can be opened.
bool offerEvictedDocument(
    QWidget *parent, Desk &desk, const DocumentRef &document, DocumentView &view);

} // namespace phonghop::ui
