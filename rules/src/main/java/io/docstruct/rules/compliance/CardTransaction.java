package io.docstruct.rules.compliance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a card company's approval export (승인내역), as {@link CardStatementReader} reads it. A
 * cancellation (취소) is a row of its own: {@link #cancelled()}, usually with the original's approval number
 * and a negative amount.
 *
 * <pre>{@code
 * List<CardTransaction> rows = CardStatementReader.create().read(Path.of("corporate-card-2024-06.csv"));
 * rows.get(0).amount();   // 33000 (won, exact)
 * }</pre>
 *
 * @param statement the statement file's name
 * @param row the 1-based row in the file (the header is row 1 when it is the first line)
 * @param date 승인일자
 * @param time 승인시각, when the export has it
 * @param approvalNumber 승인번호 as exported
 * @param merchant 가맹점명
 * @param businessNumber 가맹점 사업자번호 {@code NNN-NN-NNNNN}, when the export has it
 * @param amount 이용금액 in won; negative for a cancellation that the export writes as a negative amount
 * @param cardNumber the card number, masked
 * @param cancelled whether the row is a cancellation (취소)
 */
public record CardTransaction(
    String statement,
    int row,
    LocalDate date,
    @Nullable LocalTime time,
    @Nullable String approvalNumber,
    @Nullable String merchant,
    @Nullable String businessNumber,
    long amount,
    @Nullable String cardNumber,
    boolean cancelled) {

  public CardTransaction {
    Objects.requireNonNull(statement, "statement == null");
    Objects.requireNonNull(date, "date == null");
  }

  /** The approval number as a key: digits without leading zeros, or {@code null}. */
  public @Nullable String approvalKey() {
    return approvalKeyOf(approvalNumber);
  }

  /** {@link #approvalKey()}, as the property {@code approvalKey} rules join on (Drools indexes properties). */
  public @Nullable String getApprovalKey() {
    return approvalKey();
  }

  /** {@link #absoluteAmount()}, as the property {@code absoluteAmount}. */
  public long getAbsoluteAmount() {
    return absoluteAmount();
  }

  /** The amount without its sign: what a receipt of this approval shows. */
  public long absoluteAmount() {
    return Math.abs(amount);
  }

  /** Whether the date is within {@code days} of the receipt's (either way). For rules. */
  public boolean withinDays(ClaimedExpense claim, int days) {
    return claim.daysFrom(date) <= days;
  }

  /** {@code card.csv row 7}: how findings name the row. */
  public String where() {
    return statement + " row " + row;
  }

  /** The amount for messages ({@code ₩33,000}). */
  public String amountText() {
    return String.format("₩%,d", amount);
  }

  static @Nullable String approvalKeyOf(@Nullable String approvalNumber) {
    if (approvalNumber == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(approvalNumber.length());
    for (int i = 0; i < approvalNumber.length(); i++) {
      char c = approvalNumber.charAt(i);
      if (c >= '0' && c <= '9' && (c != '0' || !digits.isEmpty())) {
        digits.append(c);
      }
    }
    return digits.isEmpty() ? null : digits.toString();
  }
}
