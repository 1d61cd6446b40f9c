package io.docstruct.verify.mrz;

import java.util.List;

/**
 * The outcome of {@link MrzRepair#repair(List)}: the lines after the changes, every change made, and every
 * repair declined (ambiguous or with no consistent candidate).
 *
 * <pre>{@code
 * MrzRepairResult r = MrzRepair.repair(lines);
 * r.changes().forEach(System.out::println);
 * Mrz repaired = parser.parse(r.repaired());
 * }</pre>
 *
 * @param original the lines as read
 * @param repaired the lines with {@link #changes()} applied (equal to {@code original} when none)
 * @param changes every character changed, in line order
 * @param declined one sentence per field the repair left alone although it looked wrong
 */
public record MrzRepairResult(
    List<String> original, List<String> repaired, List<MrzChange> changes, List<String> declined) {

  public MrzRepairResult {
    original = List.copyOf(original);
    repaired = List.copyOf(repaired);
    changes = List.copyOf(changes);
    declined = List.copyOf(declined);
  }
}
