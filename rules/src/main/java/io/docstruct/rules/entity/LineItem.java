package io.docstruct.rules.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a receipt. Any part can be missing, as on the receipt: a discount line has only a name and a
 * negative amount.
 *
 * <pre>{@code
 * LineItem item = expense.items().get(0);   // 씨그램 레몬350ml, 2 × 800 = 1600 KRW
 * }</pre>
 *
 * @param name the item's name without bullets ({@code ·}, {@code *}), or {@code null}
 * @param quantity the count as read, or {@code null} when it was absent or not a number
 * @param unitPrice the price of one unit
 * @param amount the line's amount (negative for discounts)
 * @param taxFree whether the receipt marks the item tax-free ({@code *}, {@code (면세)}); {@code false} when it
 *     does not say
 */
public record LineItem(
    @Nullable String name,
    @Nullable BigDecimal quantity,
    @Nullable Money unitPrice,
    @Nullable Money amount,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean taxFree) {

  /** An item not marked tax-free. */
  public LineItem(
      @Nullable String name, @Nullable BigDecimal quantity, @Nullable Money unitPrice, @Nullable Money amount) {
    this(name, quantity, unitPrice, amount, false);
  }

  /**
   * Whether the name contains any of the {@code |}-separated keywords ({@code "맥주|소주"}), ignoring case and
   * spaces. For rules.
   */
  public boolean nameContainsAny(String keywords) {
    return Keywords.containsAny(name, keywords);
  }
}
