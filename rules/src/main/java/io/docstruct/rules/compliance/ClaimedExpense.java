package io.docstruct.rules.compliance;

import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.verify.number.BusinessType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One expense as a batch check sees it: the few facts of a receipt that evidence, duplicate and
 * reconciliation rules need, and the document it came from. Kept small so that a batch of 100,000 receipts
 * fits one rule session; made by {@link ComplianceBatch#add} from each document's {@link Expense}s.
 *
 * <pre>{@code
 * rule "Taxi after 22:00 on a weekday is 야근 교통비"
 * when
 *   $c : /claims[ categoryIs("교통비"), onWeekday(), timeAfter("22:00") ]
 * then
 *   results.note($c, "야근 교통비");
 * end
 * }</pre>
 *
 * @param sequence the expense's place in the batch (0-based, unique): "first" and "second" of a duplicate
 * @param document the document's name ({@code r1.json})
 * @param page the 0-based page of the document
 * @param merchant the store name as printed
 * @param businessNumber the merchant's business number {@code NNN-NN-NNNNN}, when printed in full
 * @param businessType what the business number's type code says
 * @param date the transaction date
 * @param time the transaction time
 * @param total the total in won (exact; {@code null} when not printed or not in won)
 * @param vat the VAT in won, when printed
 * @param approvalNumber the card approval number as printed
 * @param cardNumber the card number, masked
 * @param cardCompany the card company as printed
 * @param category the account category the document rules chose
 * @param marks what the receipt shows about its kind of evidence
 */
public record ClaimedExpense(
    int sequence,
    String document,
    int page,
    @Nullable String merchant,
    @Nullable String businessNumber,
    @Nullable BusinessType businessType,
    @Nullable LocalDate date,
    @Nullable LocalTime time,
    @Nullable Long total,
    @Nullable Long vat,
    @Nullable String approvalNumber,
    @Nullable String cardNumber,
    @Nullable String cardCompany,
    @Nullable String category,
    Set<EvidenceMark> marks) {

  public ClaimedExpense {
    Objects.requireNonNull(document, "document == null");
    marks = marks.isEmpty()
        ? Collections.emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(marks));
  }

  /**
   * The claim of one expense.
   *
   * @param sequence its place in the batch
   * @param document the document's name
   * @param expense the expense the document rules made
   * @param pageText the text of its page (for {@link EvidenceMark}s), or {@code null}
   */
  public static ClaimedExpense of(int sequence, String document, Expense expense, @Nullable String pageText) {
    Set<EvidenceMark> marks = EnumSet.noneOf(EvidenceMark.class);
    marks.addAll(EvidenceMark.in(pageText));
    Payment p = expense.payment();
    if (p != null && (p.approvalNumber() != null || p.maskedCardNumber() != null)) {
      marks.add(EvidenceMark.CARD_PAYMENT);
    }
    var number = expense.merchant().businessNumber();
    return new ClaimedExpense(
        sequence,
        document,
        expense.source().page(),
        expense.merchant().name(),
        number == null ? null : number.value(),
        number == null ? null : number.type(),
        expense.date(),
        expense.time(),
        won(expense.total()),
        won(expense.vat()),
        p == null ? null : p.approvalNumber(),
        p == null ? null : p.maskedCardNumber(),
        p == null ? null : p.cardCompany(),
        expense.category() == null ? null : expense.category().name(),
        marks);
  }

  /** An amount in whole won, or {@code null} when absent, not in won or not whole. */
  static @Nullable Long won(@Nullable Money money) {
    if (money == null || !money.currency().equals(Money.KRW)) {
      return null;
    }
    try {
      return money.amount().stripTrailingZeros().scale() > 0 ? null : money.amount().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** The approval number as a key: its digits without leading zeros (a spreadsheet drops them), or {@code null}. */
  public @Nullable String approvalKey() {
    return CardTransaction.approvalKeyOf(approvalNumber);
  }

  /** Business number, date, time and total, when all four are known: the same receipt has the same key. */
  public @Nullable String receiptKey() {
    if (businessNumber == null || date == null || time == null || total == null) {
      return null;
    }
    return businessNumber + '|' + date + '|' + time.withNano(0) + '|' + total;
  }

  /** The merchant (business number, else its name's {@linkplain MerchantNames#key key}), or {@code null}. */
  public @Nullable String merchantKey() {
    return businessNumber != null ? businessNumber : MerchantNames.key(merchant);
  }

  /** Merchant, date and total: two receipts with the same visit key were paid at one place, one day, one amount. */
  public @Nullable String visitKey() {
    String m = merchantKey();
    if (m == null || date == null || total == null) {
      return null;
    }
    return m + '|' + date + '|' + total;
  }

  /** The ISO week of the date ({@code 2024-W23}), or {@code null}: for rules about a week. */
  public @Nullable String week() {
    if (date == null) {
      return null;
    }
    return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  // The keys again as bean getters, so that DRL can name them as properties (approvalKey == $k): Drools
  // indexes a join on a property, and would evaluate a method call (approvalKey() == $k) for every pair.

  /** {@link #approvalKey()}, as the property {@code approvalKey} rules join on. */
  public @Nullable String getApprovalKey() {
    return approvalKey();
  }

  /** {@link #receiptKey()}, as the property {@code receiptKey} rules join on. */
  public @Nullable String getReceiptKey() {
    return receiptKey();
  }

  /** {@link #visitKey()}, as the property {@code visitKey} rules join on. */
  public @Nullable String getVisitKey() {
    return visitKey();
  }

  /** {@link #merchantKey()}, as the property {@code merchantKey} rules join on. */
  public @Nullable String getMerchantKey() {
    return merchantKey();
  }

  /** {@link #week()}, as the property {@code week} rules join on. */
  public @Nullable String getWeek() {
    return week();
  }

  /** Whether the total is greater than {@code won}; {@code false} without a total. For rules. */
  public boolean totalAbove(long won) {
    return total != null && total > won;
  }

  /** Whether VAT above zero is printed. For rules. */
  public boolean vatShown() {
    return vat != null && vat > 0;
  }

  /** Whether the category has this name; {@code false} when uncategorised. For rules. */
  public boolean categoryIs(String name) {
    return name.equals(category);
  }

  /**
   * Whether the receipt shows any of the {@code |}-separated marks, by label or name ({@code "세금계산서|계산서"});
   * {@code "*"} is true for every receipt. For rules and decision tables.
   *
   * @throws IllegalArgumentException for a name that is no mark (a typo in a table fails loudly)
   */
  public boolean hasMark(String names) {
    for (String name : names.split("\\|")) {
      if (name.strip().equals("*")) {
        return true;
      }
      EvidenceMark mark = EvidenceMark.named(name);
      if (mark == null) {
        throw new IllegalArgumentException("no evidence mark is called '" + name.strip() + "'");
      }
      if (marks.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the business number's type code says 면세 (90–99). For rules. */
  public boolean taxExemptBusiness() {
    return businessType != null && businessType.taxExempt();
  }

  /** Whether the date is Monday to Friday; {@code false} without a date. For rules. */
  public boolean onWeekday() {
    return date != null && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** Whether the time is at or after {@code HH:mm}; {@code false} without a time. For rules. */
  public boolean timeAfter(String hhmm) {
    return time != null && !time.isBefore(LocalTime.parse(hhmm));
  }

  /** Days between the receipt's date and {@code other} (absolute), or {@link Integer#MAX_VALUE} without dates. */
  public int daysFrom(@Nullable LocalDate other) {
    if (date == null || other == null) {
      return Integer.MAX_VALUE;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.abs(ChronoUnit.DAYS.between(date, other)));
  }

  /** The total as money, for messages. */
  public String totalText() {
    return total == null ? "no total" : String.format("₩%,d", total);
  }

  /** {@code r1.json p1} (1-based page): how findings name the document. */
  public String where() {
    return document + " p" + (page + 1);
  }
}
