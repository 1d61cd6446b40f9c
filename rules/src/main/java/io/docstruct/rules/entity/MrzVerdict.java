package io.docstruct.rules.entity;

/**
 * What verification concluded about a machine-readable zone. An {@link IdentityDocument} carries {@code null}
 * until verification findings are given to the engine.
 *
 * <pre>{@code
 * if (id.mrzVerdict() == MrzVerdict.INVALID) { ... }
 * }</pre>
 */
public enum MrzVerdict {
  /** Every check digit holds. */
  VALID,
  /** At least one check failed. */
  INVALID,
  /** The MRZ could not be checked (missing, wrong length). */
  UNVERIFIABLE
}
