package io.docstruct.verify;

/**
 * How much a finding matters when it does not pass: {@link #ERROR} means the evidence is wrong, {@link
 * #WARNING} that it is suspicious or incomplete, {@link #INFO} that it is only worth knowing.
 *
 * <pre>{@code
 * boolean serious = f.status() == Status.FAIL && f.severity() == Severity.ERROR;
 * }</pre>
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
