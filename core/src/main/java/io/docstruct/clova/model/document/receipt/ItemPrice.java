package io.docstruct.clova.model.document.receipt;

import io.docstruct.clova.model.document.FloatObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code items[].price} (documented as {@code priceInfo}).
 *
 * <pre>{@code
 * FloatObject line = item.price().price(); // "1,600" → "1600"
 * }</pre>
 *
 * @param price the line's price
 * @param unitPrice the price of one unit
 */
public record ItemPrice(@Nullable FloatObject price, @Nullable FloatObject unitPrice) {}
