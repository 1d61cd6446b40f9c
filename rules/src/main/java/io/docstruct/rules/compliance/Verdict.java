package io.docstruct.rules.compliance;

import io.docstruct.verify.Severity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One verdict of the evidence table on one expense: what it means, how serious, what it costs.
 *
 * @param rule the table row ({@code 적격증빙 없는 3만원 초과 지출})
 * @param text the verdict ({@code 증빙불비: 가산세 2%, 매입세액 불공제})
 * @param severity how serious
 * @param penaltyPercent the 가산세 rate in percent of the total, 0 when none
 * @param penalty the 가산세 in won (total × rate, rounded down to the won)
 * @param inputVatDeductible whether the input VAT may be deducted, {@code null} when the row does not say
 * @param basis the legal basis ({@code 법인세법 §75의5 ①})
 */
public record Verdict(
    String rule,
    String text,
    Severity severity,
    int penaltyPercent,
    long penalty,
    @Nullable Boolean inputVatDeductible,
    String basis) {
  public Verdict {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(basis, "basis == null");
  }
}
