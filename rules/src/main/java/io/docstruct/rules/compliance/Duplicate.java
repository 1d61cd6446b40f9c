package io.docstruct.rules.compliance;

import io.docstruct.verify.Severity;
import java.util.Objects;

/**
 * Two expenses that look like one receipt claimed twice. Both stay in the batch: this is a report, for a
 * person to decide (or a rule to {@linkplain io.docstruct.rules.RuleEngine.Builder#severity re-grade}).
 *
 * @param kind why they look the same
 * @param severity how serious
 * @param rule the rule that found it
 * @param first the earlier expense in the batch
 * @param second the later one
 * @param reason what they share, for people
 */
public record Duplicate(
    DuplicateKind kind, Severity severity, String rule, ClaimedExpense first, ClaimedExpense second, String reason) {
  public Duplicate {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(second, "second == null");
    Objects.requireNonNull(reason, "reason == null");
  }
}
