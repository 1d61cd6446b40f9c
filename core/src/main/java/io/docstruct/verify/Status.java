package io.docstruct.verify;

/**
 * The outcome of one check.
 *
 * <pre>{@code
 * if (finding.status() == Status.FAIL) System.err.println(finding.message());
 * }</pre>
 */
public enum Status {
  /** The check was computed and holds. */
  PASS,
  /** The check was computed and does not hold. */
  FAIL,
  /** The check could not be computed: a value is missing, masked, or the scheme does not apply. */
  UNVERIFIABLE
}
