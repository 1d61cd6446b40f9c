/**
 * DocStruct core: read CLOVA and NHN Cloud OCR responses into one provider-neutral {@link
 * io.docstruct.document.OcrDocument}, then structure and verify it.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("receipt.json"));
 * }</pre>
 */
@NullMarked
package io.docstruct;

import org.jspecify.annotations.NullMarked;
