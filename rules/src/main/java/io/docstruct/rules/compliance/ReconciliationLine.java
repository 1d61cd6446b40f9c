package io.docstruct.rules.compliance;

import io.docstruct.verify.Severity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the reconciliation: a matched pair, a transaction without a receipt, a receipt without a
 * transaction, or a cancelled approval; always with the reason.
 *
 * @param status what the line is
 * @param severity how much it matters ({@link Severity#INFO} for a clean match)
 * @param transaction the statement row, or {@code null} for a receipt without a transaction
 * @param claim the receipt, or {@code null} for a transaction without a receipt
 * @param basis what a match was made on, or {@code null} when not matched
 * @param reason why, in words
 */
public record ReconciliationLine(
    Status status,
    Severity severity,
    @Nullable CardTransaction transaction,
    @Nullable ClaimedExpense claim,
    @Nullable MatchBasis basis,
    String reason) {

  /** What a reconciliation line is. */
  public enum Status {
    /** The transaction and the receipt belong together. */
    MATCHED,
    /** A card transaction on the statement with no receipt in the batch. */
    NO_RECEIPT,
    /** A card receipt in the batch with no transaction on the statements. */
    NO_TRANSACTION,
    /** An approval cancelled on the statement (the approval or its 취소 row): needs no receipt. */
    CANCELLED
  }

  public ReconciliationLine {
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(reason, "reason == null");
  }
}
