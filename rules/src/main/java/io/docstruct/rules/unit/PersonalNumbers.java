package io.docstruct.rules.unit;

import io.docstruct.privacy.MaskCharacters;
import io.docstruct.rules.entity.Sex;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks personal numbers for entities, and reads what a resident number says openly (birth date, sex).
 * Resident-style numbers keep the birth date and the sex/century digit ({@code 910623-1******}); card numbers
 * keep their first and last four digits.
 */
final class PersonalNumbers {
  /** Birth date, gender digit and six more digits; those six may be printed masked ({@code 900101-1******}). */
  private static final Pattern RESIDENT = Pattern.compile("(\\d{6})\\s*-?\\s*(\\d)([\\d" + maskClass() + "]{6})");

  private PersonalNumbers() {}

  /** The mask characters for a regex character class, each as {@code \x{…}}. */
  private static String maskClass() {
    StringBuilder out = new StringBuilder();
    MaskCharacters.ALL.codePoints().forEach(c -> out.append("\\x{").append(Integer.toHexString(c)).append('}'));
    return out.toString();
  }

  /** A resident or alien registration number's parts, or {@code null} when the text has none. */
  static @Nullable Matcher resident(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = RESIDENT.matcher(text);
    return m.find() ? m : null;
  }

  /** {@code 910623-1******}; other text fully masked but its first letter. */
  static @Nullable String maskResident(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = resident(text);
    if (m != null) {
      return m.group(1) + "-" + m.group(2) + "******";
    }
    return maskAllButFirst(text);
  }

  /** {@code 910623-1062372} in canonical form, or the text stripped. */
  static @Nullable String canonicalResident(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = resident(text);
    return m != null ? m.group(1) + "-" + m.group(2) + m.group(3) : text.strip();
  }

  /** The birth date a resident number encodes (century from the 7th digit), or {@code null}. */
  static @Nullable LocalDate residentBirthDate(@Nullable String text) {
    Matcher m = resident(text);
    if (m == null) {
      return null;
    }
    int century = switch (m.group(2).charAt(0)) {
      case '1', '2', '5', '6' -> 1900;
      case '3', '4', '7', '8' -> 2000;
      default -> 1800;
    };
    return FieldValues.yymmdd(m.group(1), century);
  }

  /** The sex a resident number encodes (odd 7th digit: male), or {@code null}. */
  static @Nullable Sex residentSex(@Nullable String text) {
    Matcher m = resident(text);
    if (m == null) {
      return null;
    }
    return (m.group(2).charAt(0) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** Everything but the first letter or digit replaced by {@code *}; separators kept. */
  static String maskAllButFirst(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean first = true;
    for (char c : text.strip().toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(first ? c : '*');
        first = false;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the printed number is already masked ({@code 4221**8666}). */
  static boolean alreadyMasked(String text) {
    return MaskCharacters.anyIn(text);
  }

  /** The digits of a card number, or {@code null} when it is masked or not 12–19 digits. */
  static @Nullable String cardDigits(@Nullable String text) {
    if (text == null || alreadyMasked(text)) {
      return null;
    }
    String digits = text.replaceAll("[\\s-]", "");
    return digits.matches("\\d{12,19}") ? digits : null;
  }

  /**
   * A card number masked to its first and last four digits, grouped by four ({@code 5307-****-****-9012});
   * a printed number that is already masked is kept as printed.
   */
  static @Nullable String maskCard(@Nullable String text) {
    if (text == null) {
      return null;
    }
    if (alreadyMasked(text)) {
      return text.strip();
    }
    String digits = cardDigits(text);
    if (digits == null) {
      return maskAllButFirst(text);
    }
    StringBuilder masked = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        masked.append('-');
      }
      masked.append(i < 4 || i >= digits.length() - 4 ? digits.charAt(i) : '*');
    }
    return masked.toString();
  }
}
