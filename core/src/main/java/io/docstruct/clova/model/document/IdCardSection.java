package io.docstruct.clova.model.document;

import io.docstruct.clova.model.document.idcard.IdCardResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].idCard}: an ID Card OCR result.
 *
 * <pre>{@code
 * IdType type = response.images().get(0).idCard().result().type(); // ID_CARD
 * }</pre>
 *
 * @param meta language estimate, when sent
 * @param result the recognised fields, when sent
 */
public record IdCardSection(@Nullable DocumentMeta meta, @Nullable IdCardResult result) {}
