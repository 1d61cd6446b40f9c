package io.docstruct.rules;

import io.docstruct.verify.Severity;
import java.util.List;

/**
 * Every violation the rules found in one document, in the order they were raised.
 *
 * <pre>{@code
 * ValidationReport report = result.report();
 * if (report.hasErrors()) reject(report.violations());
 * }</pre>
 *
 * @param violations in the order the rules raised them
 */
public record ValidationReport(List<Violation> violations) {
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /** Whether any violation is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /** The violations of one severity. */
  public List<Violation> withSeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }
}
