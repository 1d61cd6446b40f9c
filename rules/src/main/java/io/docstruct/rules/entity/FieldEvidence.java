package io.docstruct.rules.entity;

import io.docstruct.receipt.Evidence;
import java.util.Objects;

/**
 * Why an entity's field holds its value, for a receipt read from words: the field, the value as shown, and the
 * {@link Evidence} (the page, the words with their polygons and confidence, the rule or printed label that
 * chose it). A reviewer sees why; an app highlights the words.
 *
 * <pre>{@code
 * for (FieldEvidence f : expense.evidence()) {
 *   System.out.println(f.field() + " = " + f.value() + " by " + f.evidence().rule() + " " + f.evidence().label());
 * }   // expense.total = 10540 by label 합계
 * }</pre>
 *
 * @param field the field as violations name it ({@code expense.total}, {@code expense.merchant.name}, {@code
 *     expense.items[0]})
 * @param value the value as the entity holds it, as text (personal numbers masked)
 * @param evidence where it came from and why it was chosen
 */
public record FieldEvidence(String field, String value, Evidence evidence) {
  public FieldEvidence {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(evidence, "evidence == null");
  }

  /** Whether a rule rather than a printed label chose the value (a reviewer should look). */
  public boolean ruleChosen() {
    return !evidence.labelled();
  }
}
