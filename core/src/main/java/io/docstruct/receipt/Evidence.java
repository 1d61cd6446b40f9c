package io.docstruct.receipt;

import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a value was chosen: the page and words it came from and the rule or printed label that chose it, so that a
 * reviewer can see the reason and an app can highlight the words.
 *
 * <pre>{@code
 * Evidence e = reading.total().evidence();
 * System.out.println(e.rule() + " " + e.label() + " " + e.confidence());   // label 합계 0.98
 * }</pre>
 *
 * <p>Rules ({@link #rule()}):
 *
 * <ul>
 *   <li>{@value #LABEL}: the value follows its printed label on the same line ({@code 합계 10,540});
 *   <li>{@value #LABEL_ABOVE}: the value stands under its printed label on the next line;
 *   <li>{@value #PATTERN}: the value's own shape, without a label (a date, a telephone or business number);
 *   <li>{@value #COMPANY_SUFFIX}: the merchant is the header line with a company form ({@code SDN BHD}, {@code
 *       (주)});
 *   <li>{@value #HEADER}: the merchant is the first line of the header that is not a title or a number;
 *   <li>{@value #ADDRESS_WORDS}: the address is the run of header lines with address words ({@code JALAN},
 *       {@code -로}, a postcode) after the merchant;
 *   <li>{@value #ITEM_ROW}: an item from one line (name … unit price, count, amount) or {@value #ITEM_TWO_LINES}
 *       from a name line and the amount line under it;
 *   <li>{@value #PAID_MINUS_CHANGE}: the total is the amount paid minus the change;
 *   <li>{@value #ROUNDED_TOTAL}: the total is the amount printed under a rounding adjustment that differs from
 *       the labelled total by the adjustment;
 *   <li>{@value #PARTS_SUM}: without a labelled total, the total is the amount printed after the tax lines
 *       that equals the supply amount (or subtotal, or the items' sum) plus the VAT;
 *   <li>{@value #ITEMS_SUM}: the total is the printed amount equal to the items' sum;
 *   <li>{@value #PAYMENT_WORDS}: the payment method from the payment labels printed.
 * </ul>
 *
 * @param page the 0-based page index
 * @param rule how the value was chosen, one of the names above
 * @param label the printed label that matched, as the label table writes it ({@code 합계}), or {@code null}
 * @param words the words of the value, in reading order
 */
public record Evidence(int page, String rule, @Nullable String label, List<EvidenceWord> words) {
  /** The value follows its label on the same line. */
  public static final String LABEL = "label";
  /** The value stands under its label. */
  public static final String LABEL_ABOVE = "label-above";
  /** The value's own shape, without a label. */
  public static final String PATTERN = "pattern";
  /** The header line with a company form. */
  public static final String COMPANY_SUFFIX = "company-suffix";
  /** The first line of the header. */
  public static final String HEADER = "header";
  /** Header lines with address words. */
  public static final String ADDRESS_WORDS = "address-words";
  /** An item from one line. */
  public static final String ITEM_ROW = "item-row";
  /** An item from a name line and the amount line under it. */
  public static final String ITEM_TWO_LINES = "item-two-lines";
  /** The total as paid minus change. */
  public static final String PAID_MINUS_CHANGE = "paid-minus-change";
  /** The total after its printed rounding adjustment. */
  public static final String ROUNDED_TOTAL = "rounded-total";
  /** The total as the amount printed after the tax lines that equals the supply amount plus the VAT. */
  public static final String PARTS_SUM = "parts-sum";
  /** The total as the amount equal to the items' sum. */
  public static final String ITEMS_SUM = "items-sum";
  /** The payment method from payment labels. */
  public static final String PAYMENT_WORDS = "payment-words";

  public Evidence {
    Objects.requireNonNull(rule, "rule == null");
    words = List.copyOf(words);
  }

  /** Whether a printed label chose the value ({@value #LABEL} or {@value #LABEL_ABOVE}). */
  public boolean labelled() {
    return LABEL.equals(rule) || LABEL_ABOVE.equals(rule);
  }

  /** The lowest confidence of the words, or {@code null} when none has one. */
  public @Nullable Double confidence() {
    Double min = null;
    for (EvidenceWord w : words) {
      if (w.confidence() != null && (min == null || w.confidence() < min)) {
        min = w.confidence();
      }
    }
    return min;
  }

  /** The box around the words' polygons in page pixels, or {@code null} when none has one. */
  public @Nullable Box bounds() {
    Box box = null;
    for (EvidenceWord w : words) {
      Quad q = w.polygon();
      if (q != null && q.allFinite()) {
        box = box == null ? q.bounds() : box.union(q.bounds());
      }
    }
    return box;
  }
}
