package io.docstruct.verify;

/**
 * Korean VAT identities (domain reference §6.1): {@code 합계 = 공급가액 + 부가세 + 면세}, exactly, and {@code 부가세 ≈
 * (공급가액 + 부가세) / 11} within a tolerance, since POS software rounds half-up, down or up. Each rounding
 * moves the VAT by less than 1 won, and software that computes the VAT item by item rounds once per item, so
 * the tolerance is one won per taxable item, at least 1 ({@link #tolerance(int)}). All amounts in won.
 *
 * <pre>{@code
 * Vat.check(1455, 145, 0, 1600, 1);   // CONSISTENT
 * Vat.check(20000, 2000, 5000, 25000, 1); // INCONSISTENT_SUM
 * Vat.plausible(25380, 2311, Vat.tolerance(6)); // true: six items, VAT rounded up on each
 * }</pre>
 */
public final class Vat {
  private Vat() {}

  /** The verdicts. */
  public enum Result {
    CONSISTENT,
    /** The parts do not add up to the total. */
    INCONSISTENT_SUM,
    /** The parts add up, but the VAT is not a tenth of the supply value within the tolerance. */
    VAT_RATE_MISMATCH
  }

  /**
   * Checks one receipt's VAT block.
   *
   * @param supply 공급가액 (과세물품가액)
   * @param vat 부가세
   * @param taxFree 면세물품가액, 0 when none
   * @param total 합계
   * @param tolerance won allowed between the VAT and its exact value (1 per VAT computation)
   */
  public static Result check(long supply, long vat, long taxFree, long total, long tolerance) {
    if (supply + vat + taxFree != total) {
      return Result.INCONSISTENT_SUM;
    }
    return plausible(supply + vat, vat, tolerance) ? Result.CONSISTENT : Result.VAT_RATE_MISMATCH;
  }

  /**
   * The won a receipt's VAT may differ from {@link #vatOf} the taxable total: 1 per VAT computation, and a POS
   * may compute one per taxable item, so {@code max(1, taxableItems)}.
   *
   * @param taxableItems the items the VAT may have been computed on (priced items with a positive price)
   */
  public static long tolerance(int taxableItems) {
    return Math.max(1, taxableItems);
  }

  /** Whether {@code vat} is within {@code tolerance} of {@code taxableTotal / 11} (VAT-inclusive total). */
  public static boolean plausible(long taxableTotal, long vat, long tolerance) {
    // |vat - T/11| <= tol  ⇔  |11·vat - T| <= 11·tol, in integers.
    return Math.abs(11 * vat - taxableTotal) <= 11 * tolerance;
  }

  /** {@code round-half-up(total / 11)}: the VAT most POS software prints for a VAT-inclusive total. */
  public static long vatOf(long taxableTotal) {
    return Math.floorDiv(2 * taxableTotal + 11, 22);
  }
}
