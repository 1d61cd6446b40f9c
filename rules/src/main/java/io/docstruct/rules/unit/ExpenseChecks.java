package io.docstruct.rules.unit;

import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Money;
import io.docstruct.verify.Vat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Receipt arithmetic the validation rules call ({@code ExpenseChecks.vatWithinTolerance(this)}), computed from
 * the expense's own amounts. Korean VAT is 10% of the supply amount, so on a taxable total it is one
 * eleventh: {@code VAT ≈ round((total − tax-free) / 11)}, within the tolerance {@link Vat} derives (1 won per
 * priced item, at least 1, since a POS may round the VAT item by item).
 *
 * <pre>{@code
 * rule "…" when $e : /expenses[ vat != null, !ExpenseChecks.vatWithinTolerance(this) ] then … end
 * }</pre>
 */
public final class ExpenseChecks {
  /** The rule that reports a receipt without a total, for every kind of receipt. */
  public static final String NO_TOTAL_RULE = "Receipt without a total";

  private ExpenseChecks() {}

  /**
   * Whether the expense was read from words (General OCR, NHN) rather than from Document OCR values; such a
   * receipt's missing total is reported when it is mapped, with what was looked for.
   */
  public static boolean readFromWords(Expense e) {
    return GeneralReceipt.readFromWords(e.source());
  }

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
    BigDecimal base = taxableTotal(e);
    return base == null ? null : Money.krw(Vat.vatOf(base.setScale(0, RoundingMode.HALF_UP).longValueExact()));
  }

  /** The won the printed VAT may differ from {@link #expectedVat}: {@link Vat#tolerance} of the priced items. */
  public static long vatTolerance(Expense e) {
    return Vat.tolerance(pricedItems(e));
  }

  /** How {@link #vatTolerance} was derived, for the violation's message. */
  public static String vatToleranceReason(Expense e) {
    int items = pricedItems(e);
    return items > 1
        ? "± " + Vat.tolerance(items) + " won: 1 won per priced item, as VAT may be rounded item by item"
        : "± 1 won of rounding";
  }

  /** Whether the printed VAT is within {@link #vatTolerance} of {@link #expectedVat}; {@code true} when unknown. */
  public static boolean vatWithinTolerance(Expense e) {
    BigDecimal base = taxableTotal(e);
    if (base == null || e.vat() == null) {
      return true;
    }
    return Vat.plausible(base.setScale(0, RoundingMode.HALF_UP).longValueExact(),
        e.vat().amount().setScale(0, RoundingMode.HALF_UP).longValueExact(), vatTolerance(e));
  }

  /** The taxable total, or {@code null}: unknown, or not in won (the 10% rule is Korean VAT, not GST). */
  private static @Nullable BigDecimal taxableTotal(Expense e) {
    Money reference = e.total() != null ? e.total() : e.vat();
    if (reference != null && !Money.KRW.equals(reference.currency())) {
      return null;
    }
    if (e.supplyAmount() != null && e.vat() != null) {
      return e.supplyAmount().amount().add(e.vat().amount());
    }
    if (e.total() == null) {
      return null;
    }
    BigDecimal base = e.total().amount();
    return e.taxFreeAmount() == null ? base : base.subtract(e.taxFreeAmount().amount());
  }

  private static int pricedItems(Expense e) {
    int n = 0;
    for (LineItem item : e.items()) {
      if (item.amount() != null && item.amount().amount().signum() > 0) {
        n++;
      }
    }
    return n;
  }
}
