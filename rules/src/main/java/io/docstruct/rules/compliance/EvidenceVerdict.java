package io.docstruct.rules.compliance;

import io.docstruct.verify.Severity;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One expense's evidence, as the Evidence sheet shows it: its type, the row that decided it, and every
 * verdict on it.
 *
 * <pre>{@code
 * for (EvidenceVerdict e : report.evidence()) {
 *   System.out.println(e.claim().where() + " " + e.type().label() + " " + e.summary() + " 가산세 " + e.penalty());
 * }
 * }</pre>
 *
 * @param claim the expense
 * @param type its evidence type
 * @param classifiedBy the decision-table row that chose the type
 * @param verdicts the verdicts, in the order they were made
 */
public record EvidenceVerdict(ClaimedExpense claim, EvidenceType type, String classifiedBy, List<Verdict> verdicts) {
  public EvidenceVerdict {
    Objects.requireNonNull(claim, "claim == null");
    Objects.requireNonNull(type, "type == null");
    verdicts = List.copyOf(verdicts);
  }

  /** The 가산세 of every verdict together, in won. */
  public long penalty() {
    return verdicts.stream().mapToLong(Verdict::penalty).sum();
  }

  /** {@code false} when a verdict denies the input-VAT deduction, {@code true} when one allows it, else {@code null}. */
  public @Nullable Boolean inputVatDeductible() {
    Boolean result = null;
    for (Verdict v : verdicts) {
      if (Boolean.FALSE.equals(v.inputVatDeductible())) {
        return false;
      }
      if (Boolean.TRUE.equals(v.inputVatDeductible())) {
        result = true;
      }
    }
    return result;
  }

  /** The most serious verdict's severity, {@link Severity#INFO} when there is none. */
  public Severity severity() {
    Severity worst = Severity.INFO;
    for (Verdict v : verdicts) {
      if (v.severity().compareTo(worst) < 0) {   // ERROR is the first constant
        worst = v.severity();
      }
    }
    return worst;
  }

  /** The verdicts' texts joined with {@code "; "}, or {@code "no verdict"}. */
  public String summary() {
    if (verdicts.isEmpty()) {
      return "no verdict";
    }
    return String.join("; ", verdicts.stream().map(Verdict::text).toList());
  }

  /** The legal bases of the verdicts, joined with {@code "; "}, without repeats. */
  public String basis() {
    return String.join("; ", verdicts.stream().map(Verdict::basis).filter(b -> !b.isBlank()).distinct().toList());
  }
}
