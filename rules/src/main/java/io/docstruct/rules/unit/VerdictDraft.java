package io.docstruct.rules.unit;

import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.Verdict;
import io.docstruct.verify.Severity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verdict being made by a batch rule ({@link BatchOutput#verdict}): its parts are set one by one, one
 * decision-table column each.
 *
 * <pre>{@code
 * VerdictDraft v = results.verdict($e, "증빙불비: 가산세 2%");
 * v.severity(Severity.ERROR);
 * v.penaltyPercent(2);
 * v.inputVatDeductible(false);
 * v.basis("법인세법 §75의5 ①");
 * }</pre>
 */
public final class VerdictDraft {
  private final String rule;
  private final String text;
  private Severity severity = Severity.INFO;
  private int penaltyPercent;
  private @Nullable Boolean inputVatDeductible;
  private String basis = "";

  VerdictDraft(String rule, String text) {
    this.rule = rule;
    this.text = text;
  }

  String rule() {
    return rule;
  }

  Severity severity() {
    return severity;
  }

  /** How serious the verdict is (default {@link Severity#INFO}). */
  public void severity(Severity value) {
    severity = Objects.requireNonNull(value, "severity == null");
  }

  /** The 가산세 rate in percent of the total (2 for 증빙불비). */
  public void penaltyPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("가산세 rate out of 0..100: " + percent);
    }
    penaltyPercent = percent;
  }

  /** Whether the input VAT may be deducted. */
  public void inputVatDeductible(boolean deductible) {
    inputVatDeductible = deductible;
  }

  /** The legal basis ({@code 법인세법 §75의5 ①}). */
  public void basis(String text) {
    basis = Objects.requireNonNull(text, "basis == null").strip();
  }

  /** The verdict on {@code claim}: the 가산세 is the total times the rate, rounded down to the won. */
  Verdict build(ClaimedExpense claim, Severity finalSeverity) {
    long penalty = claim.total() == null || penaltyPercent == 0 || claim.total() <= 0
        ? 0
        : Math.floorDiv(claim.total() * penaltyPercent, 100);
    return new Verdict(rule, text, finalSeverity, penaltyPercent, penalty, inputVatDeductible, basis);
  }
}
