package io.docstruct.clova.model.document.receipt;

import io.docstruct.clova.model.document.StringObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code paymentInfo.cardInfo}. The number is usually printed partly masked ({@code "4221**8666"}).
 *
 * <pre>{@code
 * String company = payment.cardInfo().company().text(); // "신 한"
 * }</pre>
 *
 * @param company card company
 * @param number card number as printed
 */
public record CardInfo(@Nullable StringObject company, @Nullable StringObject number) {}
