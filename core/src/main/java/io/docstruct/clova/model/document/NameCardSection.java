package io.docstruct.clova.model.document;

import io.docstruct.clova.model.document.namecard.NameCardResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].nameCard}: a Name Card OCR result.
 *
 * <pre>{@code
 * List<TelObject> mobiles = response.images().get(0).nameCard().result().mobile();
 * }</pre>
 *
 * @param meta language estimate, when sent
 * @param result the recognised fields, when sent
 */
public record NameCardSection(@Nullable DocumentMeta meta, @Nullable NameCardResult result) {}
