package io.docstruct.verify.mrz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the repair decided for one data element.
 *
 * <pre>{@code
 * FieldRepair r = MrzRepair.alphanumeric("L8989O2C3", '6');
 * r.outcome();  // REPAIRED
 * r.value();    // "L898902C3"
 * }</pre>
 *
 * @param raw the characters as read
 * @param outcome what was decided
 * @param value the value to use: the repaired one when {@link Outcome#REPAIRED}, else {@code raw}
 * @param candidates every candidate whose check digit holds, fewest substitutions first (alphanumeric and
 *     numeric fields), empty otherwise
 * @param candidatesTested how many candidates were tried
 * @param note why, for people; {@code null} when nothing needed saying
 */
public record FieldRepair(
    String raw,
    Outcome outcome,
    String value,
    List<Candidate> candidates,
    int candidatesTested,
    @Nullable String note) {

  public FieldRepair {
    candidates = List.copyOf(candidates);
  }

  /** The decision for one field. */
  public enum Outcome {
    /** Already consistent, or nothing to repair. */
    UNCHANGED,
    /** One repair is justified and was made. */
    REPAIRED,
    /** Several repairs tie: none was made. */
    AMBIGUOUS,
    /** No repair within the allowed substitutions makes the check digit hold: none was made. */
    NO_MATCH
  }

  /**
   * A candidate value whose check digit holds.
   *
   * @param value the candidate
   * @param edits how many characters differ from what was read
   */
  public record Candidate(String value, int edits) {}
}
