/**
 * The canonical, provider-neutral document model. Every provider's response becomes one {@link
 * io.docstruct.document.OcrDocument}; layout, tables, verification, rules and exporters work on this model
 * only. All coordinates are page pixels, origin top-left. Absent values are {@code null}, never 0.
 */
@NullMarked
package io.docstruct.document;

import org.jspecify.annotations.NullMarked;
