package io.docstruct.rules.compliance;

import java.util.Objects;

/**
 * The evidence type the decision table gave a claim, as a fact in {@code /evidence} for the verdict rules.
 *
 * @param claim the expense
 * @param type its evidence type
 * @param rule the rule (table row) that decided it
 */
public record EvidenceDecision(ClaimedExpense claim, EvidenceType type, String rule) {
  public EvidenceDecision {
    Objects.requireNonNull(claim, "claim == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(rule, "rule == null");
  }

  /** Whether the type is one of the {@code |}-separated names or labels; {@code "*"} matches all. For tables. */
  public boolean typeIn(String names) {
    return names.strip().equals("*") || type.in(names);
  }

  /** Whether the type is 적격증빙. */
  public boolean qualified() {
    return type.qualified();
  }
}
