package io.docstruct.rules.unit;

import io.docstruct.verify.Severity;
import java.util.Objects;

/**
 * A changed severity for every violation a rule raises (or a verification check, by its id).
 *
 * <pre>{@code
 * // in Java:
 * RuleEngine.builder().severity("VAT out of tolerance", Severity.INFO);
 * // in DRL:
 * results.overrideSeverity("VAT out of tolerance", Severity.INFO);
 * }</pre>
 *
 * @param rule the rule name (or check id) whose violations change
 * @param severity the new severity
 */
public record SeverityOverride(String rule, Severity severity) {
  public SeverityOverride {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(severity, "severity == null");
  }
}
