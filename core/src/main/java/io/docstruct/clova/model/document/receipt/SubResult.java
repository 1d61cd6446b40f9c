package io.docstruct.clova.model.document.receipt;

import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code result.subResults[]}: one group of items.
 *
 * <pre>{@code
 * int n = result.subResults().get(0).items().size();
 * }</pre>
 *
 * @param items the items of the group
 */
public record SubResult(List<ReceiptItem> items) {
  public SubResult {
    items = WireLists.copyOf(items);
  }
}
