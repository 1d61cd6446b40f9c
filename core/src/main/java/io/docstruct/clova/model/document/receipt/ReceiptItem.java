package io.docstruct.clova.model.document.receipt;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.docstruct.clova.model.document.FloatObject;
import io.docstruct.clova.model.document.StringObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code subResults[].items[]}: one line item. Any member can be missing (real items have only a {@code name});
 * the documents call the price block {@code priceInfo}, responses {@code price}: both are read into {@link
 * #price()}, which is written back as {@code price}.
 *
 * <pre>{@code
 * ReceiptItem item = result.subResults().get(0).items().get(0);
 * String unit = item.price().unitPrice().formatted().value(); // "800"
 * }</pre>
 *
 * @param name item name, possibly with several polygons (one per word) and a bullet prefix
 * @param code item code
 * @param count quantity
 * @param price price and unit price
 */
public record ReceiptItem(
    @Nullable StringObject name,
    @Nullable StringObject code,
    @Nullable FloatObject count,
    @JsonAlias("priceInfo") @Nullable ItemPrice price) {}
