package io.docstruct.verify.mrz;

import io.docstruct.verify.Status;

/**
 * One check digit of an MRZ, recomputed from the printed characters.
 *
 * <pre>{@code
 * for (MrzCheckDigit cd : mrz.checkDigits()) {
 *   System.out.println(cd.kind() + " at " + cd.position() + ": found " + cd.found() + ", computed " + cd.computed());
 * }
 * }</pre>
 *
 * @param kind which data element it protects
 * @param data the characters it covers, as printed (the composite's concatenation)
 * @param found the check-digit character as printed; empty when the line is too short to hold it
 * @param computed the digit the 7-3-1 rule gives for {@code data}, or -1 when it cannot be computed (a
 *     character outside the MRZ set, or the line too short)
 * @param status {@link Status#PASS} when {@code found} is {@code computed} (or the filler ICAO allows),
 *     {@link Status#FAIL} when not, {@link Status#UNVERIFIABLE} when it cannot be computed
 * @param position where the check digit sits, 1-based as in Doc 9303 ({@code "line 2, pos 10"})
 */
public record MrzCheckDigit(Kind kind, String data, String found, int computed, Status status, String position) {

  /** The data elements protected by a check digit. */
  public enum Kind {
    DOCUMENT_NUMBER,
    DATE_OF_BIRTH,
    DATE_OF_EXPIRY,
    PERSONAL_NUMBER,
    COMPOSITE
  }

  static MrzCheckDigit of(Kind kind, String data, boolean complete, String found, String position, boolean fillerAllowed) {
    if (!complete || found.isEmpty()) {
      return new MrzCheckDigit(kind, data, found, -1, Status.UNVERIFIABLE, position);
    }
    int computed = CheckDigits.compute(data);
    if (computed < 0) {
      return new MrzCheckDigit(kind, data, found, -1, Status.UNVERIFIABLE, position);
    }
    char c = found.charAt(0);
    boolean ok = (c == '<' && fillerAllowed) || c == (char) ('0' + computed);
    return new MrzCheckDigit(kind, data, found, computed, ok ? Status.PASS : Status.FAIL, position);
  }
}
