package io.docstruct.clova.model.document.receipt;

import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code receipt.result}.
 *
 * <pre>{@code
 * for (SubResult group : result.subResults())
 *   for (ReceiptItem item : group.items()) System.out.println(item.name().text());
 * }</pre>
 *
 * @param storeInfo the store, absent on some real receipts
 * @param paymentInfo date, time, card, absent on some real receipts
 * @param subResults item groups
 * @param totalPrice the total
 * @param subTotal newer schemas: tax and discount lines
 */
public record ReceiptResult(
    @Nullable StoreInfo storeInfo,
    @Nullable PaymentInfo paymentInfo,
    List<SubResult> subResults,
    @Nullable TotalPrice totalPrice,
    List<SubTotal> subTotal) {

  public ReceiptResult {
    subResults = WireLists.copyOf(subResults);
    subTotal = WireLists.copyOf(subTotal);
  }
}
