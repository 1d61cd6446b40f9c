package io.docstruct.rules.compliance;

import java.util.Objects;

/**
 * A named amount the batch rules share, in {@code /thresholds}: defined once, in the evidence table's {@code
 * RuleTable Thresholds} ({@code results.threshold("접대비 적격증빙", 30000)}), and used by its verdict rows and by
 * DRL rules alike, so that changing it in the table changes every rule that uses it.
 *
 * <pre>{@code
 * $t : /thresholds[ name == "접대비 적격증빙" ]
 * $e : /evidence[ claim.categoryIs("접대비"), claim.totalAbove($t.won) ]
 * }</pre>
 *
 * @param name what the amount is, as rules name it
 * @param won the amount in won
 */
public record Threshold(String name, long won) {
  public Threshold {
    Objects.requireNonNull(name, "name == null");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("threshold name is blank");
    }
    if (won < 0) {
      throw new IllegalArgumentException("threshold '" + name + "' is negative: " + won);
    }
  }
}
