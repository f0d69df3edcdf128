#pragma once

#include <QString>
#include <functional>

// PDFs the PDF and viewer tests generate for themselves (QPdfWriter), including hostile ones.
namespace phonghop::test::pdf {

// The sentence every text page carries, with Vietnamese diacritics and đ.
QString vietnameseSentence();

// A4 pages of Vietnamese text; page i (0-based) also says "Trang <i+1>".
void writeTextPdf(const QString &path, int pages);
// One page of 14,400 × 14,400 pt, the largest a PDF allows.
void writeHugePagePdf(const QString &path);
// pages A4 portrait pages, except the zero-based landscapePages, which are A4 landscape.
void writeMixedSizePdf(const QString &path, int pages, const QList<int> &landscapePages);
// Pages made of tens of thousands of tiny antialiased vector shapes: slow to draw.
void writeSlowPdf(const QString &path, int shapesPerPage = 60000);
// One page per entry, each of that many such shapes: a quick page beside a slow one.
void writeShapesPdf(const QString &path, const QList<int> &shapesPerPage);
// A valid text PDF cut to the given fraction of its bytes.
void writeTruncatedPdf(const QString &path, double keepFraction = 0.5);
// A one-page PDF (a filled blue rectangle) encrypted with the standard security handler
// (RC4, 40-bit, revision 2) under this user password; Qt cannot write encrypted files.
void writeEncryptedPdf(const QString &path, const QByteArray &userPassword);
// Three pages with an outline: "Phần I: Tổng quan" → page 2 at half height, and
// "Phần II: Đề án" → page 3 (Qt's QPdfWriter writes no outlines).
void writeOutlinedPdf(const QString &path);
// Bytes that are no PDF at all.
void writeGarbage(const QString &path);

// Runs the event loop until done() or the (generous) timeout; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000);

} // namespace phonghop::test::pdf
