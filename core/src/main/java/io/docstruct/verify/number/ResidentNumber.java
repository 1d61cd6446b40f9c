package io.docstruct.verify.number;

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
 * }</pre>
 *
 * @param input the text as given (personal data: mask before showing, see {@link Masking#resident})
 * @param formatOk whether it is 13 digits, optionally with one {@code -} after the sixth
 * @param genderDigit the seventh digit, or -1 when the format is wrong
 * @param foreigner whether the gender digit is 5–8 (외국인등록번호)
 * @param birthDate the birth date, or {@code null} when the format or date is wrong
 * @param expectedCheckDigit the legacy check digit, or -1 when not computed
 * @param foundCheckDigit the last digit, or -1 when the format is wrong
 * @param verdict the conclusion
 */
public record ResidentNumber(
    String input,
    boolean formatOk,
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
    INVALID_CHECKSUM_LEGACY_REQUIRED
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
    String digits = s.length() == 14 && s.charAt(6) == '-' ? s.substring(0, 6) + s.substring(7) : s;
    if (digits.length() != 13 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new ResidentNumber(text, false, -1, false, null, -1, -1, Verdict.INVALID_FORMAT);
    }
    int g = digits.charAt(6) - '0';
    int found = digits.charAt(12) - '0';
    boolean foreigner = g >= 5 && g <= 8;
    int century = switch (g) {
      case 9, 0 -> 1800;
      case 1, 2, 5, 6 -> 1900;
      default -> 2000;
    };
    LocalDate birth;
    try {
      birth = LocalDate.of(
          century + Integer.parseInt(digits.substring(0, 2)),
          Integer.parseInt(digits.substring(2, 4)),
          Integer.parseInt(digits.substring(4, 6)));
    } catch (DateTimeException e) {
      return new ResidentNumber(text, true, g, foreigner, null, -1, found, Verdict.INVALID_DATE);
    }
    if (birth.isAfter(today)) {
      return new ResidentNumber(text, true, g, foreigner, birth, -1, found, Verdict.INVALID_DATE_FUTURE);
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
    return new ResidentNumber(text, true, g, foreigner, birth, expected, found, verdict);
  }
}
