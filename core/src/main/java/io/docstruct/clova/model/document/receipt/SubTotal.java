package io.docstruct.clova.model.document.receipt;

import io.docstruct.clova.model.document.FloatObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code result.subTotal[]} (newer schemas only): tax and discount lines printed above the total; each value
 * usually carries a {@code keyText} such as {@code "부가세:"}.
 *
 * <pre>{@code
 * FloatObject vat = result.subTotal().get(0).taxPrice().get(0);
 * }</pre>
 *
 * @param taxPrice VAT lines
 * @param discountPrice discount lines
 */
public record SubTotal(List<FloatObject> taxPrice, List<FloatObject> discountPrice) {
  public SubTotal {
    taxPrice = WireLists.copyOf(taxPrice);
    discountPrice = WireLists.copyOf(discountPrice);
  }
}
