package io.docstruct.rules.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A receipt as an expense: merchant, date, payment, line items, the tax split and the total, and the account
 * category the rules chose.
 *
 * <pre>{@code
 * RuleResult result = engine.evaluate(doc);
 * for (Expense e : result.expenses()) {
 *   System.out.println(e.merchant().name() + " " + e.total() + " → " + e.category());
 * }
 * }</pre>
 *
 * @param source where it came from
 * @param merchant the shop
 * @param date transaction date, if readable in full
 * @param time transaction time
 * @param payment card payment details, or {@code null} when none were printed
 * @param items line items in printed order
 * @param subtotal a subtotal before tax, discounts or rounding (소계, SUBTOTAL), when printed
 * @param supplyAmount 공급가액, when printed
 * @param vat 부가세, when printed
 * @param taxFreeAmount 면세 amount, when printed
 * @param discount the sum of printed discount lines (negative), when any
 * @param total 합계
 * @param category the account category the rules chose, {@code null} when no rule matched
 * @param evidence for a receipt read from words (General OCR, NHN), why each field holds its value; empty for a
 *     Document OCR receipt, whose values the provider chose
 */
public record Expense(
    Source source,
    Merchant merchant,
    @Nullable LocalDate date,
    @Nullable LocalTime time,
    @Nullable Payment payment,
    List<LineItem> items,
    @Nullable Money subtotal,
    @Nullable Money supplyAmount,
    @Nullable Money vat,
    @Nullable Money taxFreeAmount,
    @Nullable Money discount,
    @Nullable Money total,
    @Nullable AccountCategory category,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldEvidence> evidence) {

  public Expense {
    items = List.copyOf(items);
    evidence = List.copyOf(evidence);
  }

  /** An expense without a subtotal and without evidence (a Document OCR receipt's). */
  public Expense(
      Source source,
      Merchant merchant,
      @Nullable LocalDate date,
      @Nullable LocalTime time,
      @Nullable Payment payment,
      List<LineItem> items,
      @Nullable Money supplyAmount,
      @Nullable Money vat,
      @Nullable Money taxFreeAmount,
      @Nullable Money discount,
      @Nullable Money total,
      @Nullable AccountCategory category) {
    this(source, merchant, date, time, payment, items, null, supplyAmount, vat, taxFreeAmount, discount, total,
        category, List.of());
  }

  /** The same expense booked to another category. */
  public Expense withCategory(@Nullable AccountCategory newCategory) {
    return new Expense(
        source, merchant, date, time, payment, items, subtotal, supplyAmount, vat, taxFreeAmount, discount, total,
        newCategory, evidence);
  }

  /** The evidence of one field ({@code expense.total}), or {@code null} when none was recorded. */
  public @Nullable FieldEvidence evidenceOf(String field) {
    for (FieldEvidence e : evidence) {
      if (e.field().equals(field)) {
        return e;
      }
    }
    return null;
  }

  /** Whether the category has this name ({@code "식비"}); {@code false} when uncategorised. For rules. */
  public boolean categoryIs(String name) {
    return category != null && category.name().equals(name);
  }

  /** Whether the total is greater than {@code won}; {@code false} without a total. For rules. */
  public boolean totalAbove(long won) {
    return total != null && total.isGreaterThan(won);
  }

  /** Whether the date falls on a Saturday or Sunday; {@code false} without a date. For rules. */
  public boolean onWeekend() {
    return date != null
        && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  /** Whether any item name contains any of the {@code |}-separated keywords ({@code "맥주|소주"}). For rules. */
  public boolean anyItemContains(String keywords) {
    for (LineItem item : items) {
      if (item.nameContainsAny(keywords)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the merchant's name or any item name contains any of the {@code |}-separated keywords. For rules. */
  public boolean mentions(String keywords) {
    return merchant.nameContainsAny(keywords) || anyItemContains(keywords);
  }

  /** The sum of the line amounts that are present, in won; zero without items. */
  public Money itemsSum() {
    BigDecimal sum = BigDecimal.ZERO;
    for (LineItem item : items) {
      if (item.amount() != null) {
        sum = sum.add(item.amount().amount());
      }
    }
    return total != null ? new Money(sum, total.currency()) : Money.krw(sum);
  }
}
