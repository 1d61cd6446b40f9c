/**
 * Exporters from the structured document: Excel workbooks ({@link io.docstruct.export.excel}, Apache POI)
 * and searchable PDFs ({@link io.docstruct.export.pdf}, Apache PDFBox). {@link
 * io.docstruct.export.AtomicOutput} is their shared temp-file-then-move write: a failed export never leaves a
 * half-written file under the user's name.
 */
@NullMarked
package io.docstruct.export;

import org.jspecify.annotations.NullMarked;
