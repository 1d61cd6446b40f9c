/**
 * The typed key fields of CLOVA Document OCR results, one record per document kind, provider-neutral.
 *
 * <pre>{@code
 * if (page.fields() instanceof ReceiptFields r) { ... }
 * }</pre>
 */
@NullMarked
package io.docstruct.document.fields;

import org.jspecify.annotations.NullMarked;
