/**
 * PDF work on Apache PDFBox: searchable PDFs ({@link io.docstruct.export.pdf.SearchablePdfWriter}: page
 * images or the original PDF with an invisible, word-aligned text layer in a generated glyph-less font,
 * redaction and PDF/A-2b) and splitting long PDFs for the OCR clients ({@link
 * io.docstruct.export.pdf.PdfBoxSplitter}).
 */
@NullMarked
package io.docstruct.export.pdf;

import org.jspecify.annotations.NullMarked;
