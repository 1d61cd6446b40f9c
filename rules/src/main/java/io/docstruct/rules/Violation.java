package io.docstruct.rules;

import io.docstruct.verify.Severity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule's objection to an entity: which rule, how serious, what is wrong, and the entity field it is about.
 *
 * <pre>{@code
 * for (Violation v : result.violations()) {
 *   System.out.println(v.severity() + " " + v.rule() + " (" + v.field() + "): " + v.message());
 * }
 * }</pre>
 *
 * @param rule the name of the rule that found it (for verification findings: the check id)
 * @param severity how serious it is, after any override
 * @param message what is wrong, for people
 * @param field the entity and field it is about ({@code expense.vat}), or {@code null} for the whole document
 */
public record Violation(String rule, Severity severity, String message, @Nullable String field) {
  public Violation {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** The same violation with another severity. */
  public Violation withSeverity(Severity newSeverity) {
    return new Violation(rule, newSeverity, message, field);
  }
}
