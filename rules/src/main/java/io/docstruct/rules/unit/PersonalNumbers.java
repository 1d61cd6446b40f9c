package io.docstruct.rules.unit;

import io.docstruct.privacy.MaskCharacters;
import io.docstruct.privacy.Masking;
import io.docstruct.rules.entity.Sex;
import io.docstruct.verify.number.CardNumber;
import io.docstruct.verify.number.ResidentNumber;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the personal numbers in the fields entities are built from; masking them is core's {@link Masking}
 * and what they encode is core's {@link ResidentNumber} and {@link CardNumber}, as for verification and the
 * workbook. Resident-style numbers keep the birth date and the sex/century digit ({@code 910623-1******});
 * card numbers keep their first and last four digits ({@code 5307-****-****-9012}).
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
  private static @Nullable Matcher resident(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = RESIDENT.matcher(text);
    return m.find() ? m : null;
  }

  /** {@code 910623-1******}; other text masked but its first letter ({@link Masking#allButFirst}). */
  static @Nullable String maskResident(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = resident(text);
    return m != null ? Masking.resident(canonical(m)) : Masking.allButFirst(text);
  }

  /** {@code 910623-1062372} in canonical form, or the text stripped. */
  static @Nullable String canonicalResident(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = resident(text);
    return m != null ? canonical(m) : text.strip();
  }

  private static String canonical(Matcher resident) {
    return resident.group(1) + "-" + resident.group(2) + resident.group(3);
  }

  /** The birth date a resident number encodes ({@link ResidentNumber#birthDate}), or {@code null}. */
  static @Nullable LocalDate residentBirthDate(@Nullable String text) {
    Matcher m = resident(text);
    return m == null ? null : ResidentNumber.birthDate(m.group(1), m.group(2).charAt(0) - '0');
  }

  /** The sex a resident number encodes (odd 7th digit: male), or {@code null}. */
  static @Nullable Sex residentSex(@Nullable String text) {
    Matcher m = resident(text);
    if (m == null) {
      return null;
    }
    return (m.group(2).charAt(0) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The digits of a card number, or {@code null} when it is masked or not 12–19 digits. */
  static @Nullable String cardDigits(@Nullable String text) {
    if (text == null) {
      return null;
    }
    CardNumber card = CardNumber.check(text);
    return card.masked() || card.verdict() == CardNumber.Verdict.INVALID_FORMAT ? null : card.digits();
  }

  /**
   * A card number masked by {@link Masking#card}: a full number grouped by four first ({@code
   * 5307-****-****-9012}), a number printed masked as printed ({@code 4221**8666}); text that is no card
   * number masked but its first letter.
   */
  static @Nullable String maskCard(@Nullable String text) {
    if (text == null) {
      return null;
    }
    if (MaskCharacters.anyIn(text)) {
      return Masking.card(text.strip());
    }
    String digits = cardDigits(text);
    if (digits == null) {
      return Masking.allButFirst(text);
    }
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        grouped.append('-');
      }
      grouped.append(digits.charAt(i));
    }
    return Masking.card(grouped.toString());
  }
}
