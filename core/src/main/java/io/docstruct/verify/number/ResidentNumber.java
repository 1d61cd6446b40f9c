package io.docstruct.verify.number;

import io.docstruct.privacy.MaskCharacters;
import io.docstruct.privacy.Masking;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A Korean resident registration number (주민등록번호) or foreigner registration number (외국인등록번호),
 * {@code YYMMDD-GNNNNNC}, checked (domain reference §3): format, birth date with the century the gender digit
 * implies, and the legacy checksum with the post-2020-10-05 rule. Numbers assigned from 2020-10-05 have random
 * back digits, so a checksum mismatch is only a warning unless the document was issued before that day.
 *
 * <pre>{@code
 * ResidentNumber n = ResidentNumber.check("910623-1062372", LocalDate.of(2011, 3, 6), LocalDate.now());
 * n.verdict();              // INVALID_CHECKSUM_LEGACY_REQUIRED
 * n.expectedCheckDigit();   // 8
 * ResidentNumber.check("900101-1******", null, LocalDate.now()).verdict();   // MASKED_NOT_CHECKABLE
 * }</pre>
 *
 * <p>CLOVA and printed documents often hide the back digits with {@link MaskCharacters mask characters}: such a
 * number is {@link #masked()}, its checksum cannot be computed, and only what is visible is checked (the birth
 * date, with its century when the gender digit shows).
 *
 * @param input the text as given (personal data: mask before showing, see {@link Masking#resident})
 * @param formatOk whether it is 13 digits, optionally with one {@code -} after the sixth (for a masked number:
 *     13 digits and mask characters)
 * @param masked whether mask characters stand for some digits
 * @param genderDigit the seventh digit, or -1 when the format is wrong or it is masked
 * @param foreigner whether the gender digit is 5–8 (외국인등록번호)
 * @param birthDate the birth date, or {@code null} when the format or date is wrong or it is masked
 * @param expectedCheckDigit the legacy check digit, or -1 when not computed
 * @param foundCheckDigit the last digit, or -1 when the format is wrong
 * @param verdict the conclusion
 */
public record ResidentNumber(
    String input,
    boolean formatOk,
    boolean masked,
    int genderDigit,
    boolean foreigner,
    @Nullable LocalDate birthDate,
    int expectedCheckDigit,
    int foundCheckDigit,
    Verdict verdict) {

  /** The first day of the new numbering scheme (random back digits). */
  public static final LocalDate NEW_SCHEME = LocalDate.of(2020, 10, 5);

  private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

  /** The conclusions of domain reference §3.3. */
  public enum Verdict {
    INVALID_FORMAT,
    INVALID_DATE,
    INVALID_DATE_FUTURE,
    VALID_LEGACY_CHECKSUM,
    /** Born on or after 2020-10-05: the number has no checksum. */
    ACCEPT_CHECKSUM_NOT_APPLICABLE,
    /** The checksum fails, but the number may have been assigned under the new scheme (a number change). */
    ACCEPT_WITH_WARNING_CHECKSUM_MISMATCH,
    /** The checksum fails on a document issued before 2020-10-05, which can only carry a legacy number. */
    INVALID_CHECKSUM_LEGACY_REQUIRED,
    /** Mask characters hide digits the checksum needs; what is visible holds. */
    MASKED_NOT_CHECKABLE
  }

  /**
   * Checks {@code text}.
   *
   * @param text the number as printed
   * @param issueDate the issue date of the document carrying it, if known
   * @param today the verifier's date, for birth dates in the future
   */
  public static ResidentNumber check(String text, @Nullable LocalDate issueDate, LocalDate today) {
    String s = text.strip();
    if (MaskCharacters.anyIn(s)) {
      return masked(text, s, today);
    }
    String digits = s.length() == 14 && s.charAt(6) == '-' ? s.substring(0, 6) + s.substring(7) : s;
    if (digits.length() != 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new ResidentNumber(text, false, false, -1, false, null, -1, -1, Verdict.INVALID_FORMAT);
    }
    int g = digits.charAt(6) - '0';
    int found = digits.charAt(12) - '0';
    boolean foreigner = g >= 5 && g <= 8;
    LocalDate birth = birthDate(digits.substring(0, 6), g);
    if (birth == null) {
      return new ResidentNumber(text, true, false, g, foreigner, null, -1, found, Verdict.INVALID_DATE);
    }
    if (birth.isAfter(today)) {
      return new ResidentNumber(text, true, false, g, foreigner, birth, -1, found, Verdict.INVALID_DATE_FUTURE);
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    int expected = ((foreigner ? 13 : 11) - sum % 11) % 10;
    Verdict verdict;
    if (expected == found) {
      verdict = Verdict.VALID_LEGACY_CHECKSUM;
    } else if (issueDate != null && issueDate.isBefore(NEW_SCHEME)) {
      verdict = Verdict.INVALID_CHECKSUM_LEGACY_REQUIRED;
    } else if (!birth.isBefore(NEW_SCHEME)) {
      verdict = Verdict.ACCEPT_CHECKSUM_NOT_APPLICABLE;
    } else {
      verdict = Verdict.ACCEPT_WITH_WARNING_CHECKSUM_MISMATCH;
    }
    return new ResidentNumber(text, true, false, g, foreigner, birth, expected, found, verdict);
  }

  /** How many digits are visible (13 unless the number is masked or malformed). */
  public int visibleDigits() {
    return (int) input.chars().filter(c -> c >= '0' && c <= '9').count();
  }

  /**
   * The birth date the first seven digits of a number encode: {@code YYMMDD} in the century of the gender
   * digit (9, 0: 1800s; 1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s).
   *
   * <pre>{@code
   * ResidentNumber.birthDate("910623", 1);   // 1991-06-23
   * ResidentNumber.birthDate("201015", 3);   // 2020-10-15
   * }</pre>
   *
   * @param yymmdd the first six digits
   * @param genderDigit the seventh digit, 0–9
   * @return the date, or {@code null} when the six digits are no date in that century
   */
  public static @Nullable LocalDate birthDate(String yymmdd, int genderDigit) {
    if (yymmdd.length() != 6 || !yymmdd.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    try {
      return LocalDate.of(
          century(genderDigit) + Integer.parseInt(yymmdd.substring(0, 2)),
          Integer.parseInt(yymmdd.substring(2, 4)),
          Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int century(int genderDigit) {
    return switch (genderDigit) {
      case 9, 0 -> 1800;
      case 1, 2, 5, 6 -> 1900;
      default -> 2000;
    };
  }

  /** A number with mask characters: the visible birth date (and century) is checked, the checksum is not. */
  private static ResidentNumber masked(String text, String s, LocalDate today) {
    StringBuilder positions = new StringBuilder();
    boolean clean = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        positions.append(c);
      } else if (MaskCharacters.isMask(c)) {
        positions.append('*');
      } else if (c != '-' && c != ' ') {
        clean = false;
      }
    }
    if (!clean) {
      return new ResidentNumber(text, false, true, -1, false, null, -1, -1, Verdict.INVALID_FORMAT);
    }
    boolean formatOk = positions.length() == 13;
    int visible = 0;
    while (visible < positions.length() && positions.charAt(visible) != '*') {
      visible++;
    }
    int g = visible >= 7 ? positions.charAt(6) - '0' : -1;
    boolean foreigner = g >= 5 && g <= 8;
    LocalDate birth = null;
    if (visible >= 6) {
      int yy = Integer.parseInt(positions.substring(0, 2));
      int mm = Integer.parseInt(positions.substring(2, 4));
      int dd = Integer.parseInt(positions.substring(4, 6));
      try {
        // Without the gender digit the century is unknown: the month and day must exist in some year (2000 is leap).
        LocalDate date = g >= 0 ? LocalDate.of(century(g) + yy, mm, dd) : LocalDate.of(2000, mm, dd);
        birth = g >= 0 ? date : null;
      } catch (DateTimeException e) {
        return new ResidentNumber(text, formatOk, true, g, foreigner, null, -1, -1, Verdict.INVALID_DATE);
      }
      if (birth != null && birth.isAfter(today)) {
        return new ResidentNumber(text, formatOk, true, g, foreigner, birth, -1, -1, Verdict.INVALID_DATE_FUTURE);
      }
    }
    return new ResidentNumber(text, formatOk, true, g, foreigner, birth, -1, -1, Verdict.MASKED_NOT_CHECKABLE);
  }
}
