package io.docstruct.rules.compliance;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A card approval and the statement row that cancelled it (취소), as a fact in {@code /cancellations}.
 *
 * @param original the approval
 * @param cancellation the row that cancelled it
 */
public record CancelledApproval(CardTransaction original, CardTransaction cancellation) {
  public CancelledApproval {
    Objects.requireNonNull(original, "original == null");
    Objects.requireNonNull(cancellation, "cancellation == null");
  }

  /** The approval's key, as the property {@code approvalKey} rules join on. */
  public @Nullable String getApprovalKey() {
    return original.approvalKey();
  }
}
