package io.docstruct.clova.model.document.creditcard;

import org.jspecify.annotations.Nullable;

/**
 * {@code creditCard.result}.
 *
 * <pre>{@code
 * String digits = result.number().text(); // "5307123456749012"
 * }</pre>
 *
 * @param number card number
 * @param validThru expiry as printed
 * @param name card holder name
 */
public record CreditCardResult(
    @Nullable CardField number, @Nullable CardField validThru, @Nullable CardField name) {}
