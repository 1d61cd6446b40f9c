package io.docstruct.rules;

/**
 * How serious a {@link Violation} is. Users can change the severity of any rule (see {@link
 * RuleEngine.Builder#severity}).
 *
 * <pre>{@code
 * boolean blocking = violation.severity() == Severity.ERROR;
 * }</pre>
 */
public enum Severity {
  /** The document cannot be booked as read. */
  ERROR,
  /** Worth a human look. */
  WARNING,
  /** For the record. */
  INFO
}
