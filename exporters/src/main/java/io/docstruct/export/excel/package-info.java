/**
 * Excel export: business entities from the rules (expenses with their items, violations, vendors, contacts,
 * identity documents, cards, medical bills) and OCR tables with their merged cells, as typed, streamed
 * {@code .xlsx} workbooks that open without repair. Start at {@link io.docstruct.export.excel.ExcelExporter}.
 */
@NullMarked
package io.docstruct.export.excel;

import org.jspecify.annotations.NullMarked;
