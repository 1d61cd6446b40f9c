package io.docstruct.rules.compliance;

import io.docstruct.verify.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Something a batch rule objects to, naming every document it is about: evidence verdicts of WARNING or
 * worse, duplicates, reconciliation problems and whatever user rules raise with {@code results.violation}.
 *
 * @param rule the rule's name
 * @param severity how serious, after any override
 * @param documents the documents it is about ({@code r1.json p1}), possibly empty
 * @param message what is wrong
 * @param basis the legal basis or policy, empty when none
 */
public record ComplianceFinding(String rule, Severity severity, List<String> documents, String message, String basis) {
  public ComplianceFinding {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(basis, "basis == null");
    documents = List.copyOf(documents);
  }

  /** The same finding with another severity. */
  public ComplianceFinding withSeverity(Severity newSeverity) {
    return new ComplianceFinding(rule, newSeverity, documents, message, basis);
  }
}
