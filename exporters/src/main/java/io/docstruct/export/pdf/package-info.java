/**
 * PDF work on Apache PDFBox: splitting long PDFs for the OCR clients ({@link
 * io.docstruct.export.pdf.PdfBoxSplitter}) and, with its issue, searchable PDF export.
 */
@NullMarked
package io.docstruct.export.pdf;

import org.jspecify.annotations.NullMarked;
