package io.docstruct.verify.number;

import io.docstruct.privacy.MaskCharacters;
import io.docstruct.privacy.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A payment card number checked (domain reference §4): Luhn (ISO/IEC 7812) on fully visible 12–19 digit
 * numbers, brand by IIN prefix, and masked numbers recognised as not checkable. Spaces and {@code -} are
 * ignored; the {@link MaskCharacters} stand for hidden digits.
 *
 * <pre>{@code
 * CardNumber c = CardNumber.check("5307123456749012");
 * c.verdict();  // INVALID_LUHN
 * c.brand();    // MASTERCARD
 * CardNumber.check("4221**8666").verdict(); // MASKED_NOT_CHECKABLE (brand VISA from the prefix)
 * }</pre>
 *
 * @param input the text as given (personal data: mask before showing, see {@link Masking#card})
 * @param digits the visible digits, in order
 * @param masked whether mask characters occur
 * @param luhnSum the Luhn sum, or -1 when not computed
 * @param brand the brand the visible prefix implies
 * @param verdict the conclusion
 */
public record CardNumber(String input, String digits, boolean masked, int luhnSum, CardBrand brand, Verdict verdict) {

  /** The conclusions. */
  public enum Verdict {
    VALID,
    INVALID_LUHN,
    MASKED_NOT_CHECKABLE,
    /** Not 12–19 digits, or characters other than digits, separators and mask characters. */
    INVALID_FORMAT
  }

  /** Checks {@code text}; never throws. */
  public static CardNumber check(String text) {
    StringBuilder d = new StringBuilder();
    boolean masked = false;
    boolean clean = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      } else if (MaskCharacters.isMask(c)) {
        masked = true;
      } else if (c != ' ' && c != '-') {
        clean = false;
      }
    }
    String digits = d.toString();
    String prefix = masked ? visiblePrefix(text) : digits;
    CardBrand brand = CardBrand.of(prefix);
    if (!clean) {
      return new CardNumber(text, digits, masked, -1, brand, Verdict.INVALID_FORMAT);
    }
    if (masked) {
      return new CardNumber(text, digits, true, -1, brand, Verdict.MASKED_NOT_CHECKABLE);
    }
    if (digits.length() < 12 || digits.length() > 19) {
      return new CardNumber(text, digits, false, -1, brand, Verdict.INVALID_FORMAT);
    }
    int sum = luhnSum(digits);
    return new CardNumber(text, digits, false, sum, brand, sum % 10 == 0 ? Verdict.VALID : Verdict.INVALID_LUHN);
  }

  /** The Luhn sum of a digit string: every second digit from the right doubled, 9 subtracted above 9. */
  public static int luhnSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int v = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
    }
    return sum;
  }

  /** The digit that makes {@code payload} + digit pass Luhn. */
  public static int luhnCheckDigit(String payload) {
    int sum = luhnSum(payload + "0");
    return (10 - sum % 10) % 10;
  }

  /** The Luhn-valid number that differs only in its last digit, or {@code null} when not computed. */
  public @Nullable String luhnValidVariant() {
    if (verdict != Verdict.INVALID_LUHN) {
      return null;
    }
    String payload = digits.substring(0, digits.length() - 1);
    return payload + luhnCheckDigit(payload);
  }

  private static String visiblePrefix(String text) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        p.append(c);
      } else if (MaskCharacters.isMask(c)) {
        break;
      }
    }
    return p.toString();
  }
}
