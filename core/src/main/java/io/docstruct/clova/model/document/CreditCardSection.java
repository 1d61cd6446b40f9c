package io.docstruct.clova.model.document;

import io.docstruct.clova.model.document.creditcard.CreditCardResult;
import org.jspecify.annotations.Nullable;

/**
 * {@code images[].creditCard}: a Credit Card OCR result.
 *
 * <pre>{@code
 * CardField number = response.images().get(0).creditCard().result().number();
 * }</pre>
 *
 * @param meta language estimate, when sent
 * @param result the recognised fields, when sent
 */
public record CreditCardSection(@Nullable DocumentMeta meta, @Nullable CreditCardResult result) {}
