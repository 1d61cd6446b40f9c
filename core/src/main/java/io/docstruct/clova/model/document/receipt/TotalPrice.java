package io.docstruct.clova.model.document.receipt;

import io.docstruct.clova.model.document.FloatObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code result.totalPrice}.
 *
 * <pre>{@code
 * String total = result.totalPrice().price().formatted().value(); // "1600"
 * }</pre>
 *
 * @param price the total as printed
 */
public record TotalPrice(@Nullable FloatObject price) {}
