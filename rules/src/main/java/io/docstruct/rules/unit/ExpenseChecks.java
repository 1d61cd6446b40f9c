package io.docstruct.rules.unit;

import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Receipt arithmetic the validation rules call ({@code ExpenseChecks.vatWithinTolerance(this)}), computed from
 * the expense's own amounts. Korean VAT is 10% of the supply amount, so on a taxable total it is one
 * eleventh: {@code VAT ≈ round((total − tax-free) / 11)}, within 1 won for rounding on the receipt.
 *
 * <pre>{@code
 * rule "…" when $e : /expenses[ vat != null, !ExpenseChecks.vatWithinTolerance(this) ] then … end
 * }</pre>
 */
public final class ExpenseChecks {
  private static final BigDecimal ELEVEN = BigDecimal.valueOf(11);

  private ExpenseChecks() {}

  /** Whether some items have amounts and they, plus the printed discounts, differ from the total. */
  public static boolean itemsMismatch(Expense e) {
    Money total = e.total();
    return total != null && hasItemAmounts(e) && itemsAndDiscounts(e).amount().compareTo(total.amount()) != 0;
  }

  /** The line amounts plus the discount lines printed apart from the items. */
  public static Money itemsAndDiscounts(Expense e) {
    Money sum = e.itemsSum();
    return e.discount() == null ? sum : sum.plus(e.discount());
  }

  private static boolean hasItemAmounts(Expense e) {
    for (LineItem item : e.items()) {
      if (item.amount() != null) {
        return true;
      }
    }
    return false;
  }

  /** supply + VAT + tax-free (absent parts count 0). */
  public static Money splitSum(Expense e) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Money m : new Money[] {e.supplyAmount(), e.vat(), e.taxFreeAmount()}) {
      if (m != null) {
        sum = sum.add(m.amount());
      }
    }
    return Money.krw(sum);
  }

  /** Whether supply + VAT + tax-free differs from the total. */
  public static boolean splitMismatch(Expense e) {
    return e.total() != null && splitSum(e).amount().compareTo(e.total().amount()) != 0;
  }

  /**
   * The VAT the taxable total implies: one eleventh of supply + VAT when the supply amount is printed, else of
   * total − tax-free; {@code null} when neither is known.
   */
  public static @Nullable Money expectedVat(Expense e) {
    BigDecimal base;
    if (e.supplyAmount() != null && e.vat() != null) {
      base = e.supplyAmount().amount().add(e.vat().amount());
    } else if (e.total() != null) {
      base = e.total().amount();
      if (e.taxFreeAmount() != null) {
        base = base.subtract(e.taxFreeAmount().amount());
      }
    } else {
      return null;
    }
    return Money.krw(base.divide(ELEVEN, 0, RoundingMode.HALF_UP));
  }

  /** Whether the printed VAT is within 1 won of {@link #expectedVat}; {@code true} when it cannot be told. */
  public static boolean vatWithinTolerance(Expense e) {
    Money expected = expectedVat(e);
    if (expected == null || e.vat() == null) {
      return true;
    }
    return e.vat().amount().subtract(expected.amount()).abs().compareTo(BigDecimal.ONE) <= 0;
  }
}
