package io.docstruct.rules.compliance;

import java.util.Objects;

/**
 * A card transaction and the receipt for it, as a fact in {@code /matches}: each transaction and each
 * receipt is in at most one match.
 *
 * @param transaction the statement row
 * @param claim the receipt
 * @param basis what they were matched on
 * @param reason the match in words ({@code approval number 30012345, ₩33,000})
 */
public record TransactionMatch(CardTransaction transaction, ClaimedExpense claim, MatchBasis basis, String reason) {
  public TransactionMatch {
    Objects.requireNonNull(transaction, "transaction == null");
    Objects.requireNonNull(claim, "claim == null");
    Objects.requireNonNull(basis, "basis == null");
    Objects.requireNonNull(reason, "reason == null");
  }
}
