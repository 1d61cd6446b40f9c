package io.docstruct.receipt;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line item read from a receipt's words. Any part can be missing, as on the receipt.
 *
 * <pre>{@code
 * for (ReceiptItem item : reading.items()) {
 *   System.out.println(item.name() + " " + item.quantity() + " × " + item.unitPrice() + " = " + item.amount());
 * }
 * }</pre>
 *
 * @param name the item's name without a tax-free marker, or {@code null}
 * @param quantity the count, or {@code null} when none was printed
 * @param unitPrice the price of one unit, or {@code null}
 * @param amount the line's amount (negative for a discount line), or {@code null}
 * @param taxFree whether a tax-free marker ({@code *}, {@code 면세}) was printed with the name
 * @param discount whether the line is a discount (its label or a negative amount)
 * @param evidence the words of the line(s) and the rule that read them
 */
public record ReceiptItem(
    @Nullable String name,
    @Nullable BigDecimal quantity,
    @Nullable BigDecimal unitPrice,
    @Nullable BigDecimal amount,
    boolean taxFree,
    boolean discount,
    Evidence evidence) {
  public ReceiptItem {
    Objects.requireNonNull(evidence, "evidence == null");
  }
}
