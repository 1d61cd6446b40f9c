package io.docstruct.clova.model.document;

import io.docstruct.clova.model.document.receipt.ReceiptResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].receipt}: a Receipt OCR result.
 *
 * <pre>{@code
 * ReceiptSection s = response.images().get(0).receipt();
 * String store = s.result().storeInfo().name().text(); // "emart everyday"
 * }</pre>
 *
 * @param meta language estimate, when sent
 * @param result the recognised fields, when sent
 */
public record ReceiptSection(@Nullable DocumentMeta meta, @Nullable ReceiptResult result) {}
