package io.docstruct.verify.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads TD1, TD2, TD3, MRV-A and MRV-B machine-readable zones (ICAO Doc 9303 Parts 4–7) from lines or any
 * text, recomputing every check digit. Never throws on bad evidence: wrong line lengths give a best-effort
 * parse with {@link Mrz#lengthOk()} false, missing positions make their checks unverifiable, and characters
 * outside the MRZ set are listed.
 *
 * <pre>{@code
 * MrzParser parser = MrzParser.create(Clock.systemUTC());
 * Mrz mrz = parser.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
 * mrz.checkDigit(MrzCheckDigit.Kind.COMPOSITE).status(); // PASS
 * }</pre>
 *
 * <p>Format detection (Part 3 and the Innovatrics ordering): three lines are TD1; two lines nearest 36
 * characters are MRV-B when line 1 starts with {@code V}, else TD2; two lines nearest 44 are MRV-A when line
 * 1 starts with {@code V}, else TD3. The clock resolves the century of the dates ({@link MrzDates}).
 */
public final class MrzParser {
  private final Clock clock;

  private MrzParser(Clock clock) {
    this.clock = clock;
  }

  /** A parser whose "today" for century inference comes from {@code clock}. */
  public static MrzParser create(Clock clock) {
    return new MrzParser(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Parses MRZ text: lines separated by line breaks (blank lines and surrounding spaces dropped), or a single
   * run of 72, 88 or 90 characters that is cut into its lines.
   */
  public Mrz parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    if (lines.size() == 1) {
      String only = lines.get(0);
      int n = only.length();
      if (n == 90) {
        return parse(List.of(only.substring(0, 30), only.substring(30, 60), only.substring(60)));
      }
      if (n == 72 || n == 88) {
        return parse(List.of(only.substring(0, n / 2), only.substring(n / 2)));
      }
    }
    return parse(lines);
  }

  /** Parses the lines of one MRZ, top to bottom, as given (no trimming, no case change). */
  public Mrz parse(List<String> lines) {
    List<String> given = List.copyOf(lines);
    MrzFormat format = detect(given);
    LocalDate today = LocalDate.now(clock);
    boolean lengthOk = given.size() == format.lineCount();
    for (String line : given) {
      lengthOk &= line.length() == format.lineLength();
    }
    List<String> invalid = new ArrayList<>();
    for (int l = 0; l < given.size(); l++) {
      String line = given.get(l);
      for (int i = 0; i < line.length(); i++) {
        if (!CheckDigits.isMrzChar(line.charAt(i))) {
          invalid.add("line " + (l + 1) + ", pos " + (i + 1));
        }
      }
    }
    String l1 = given.isEmpty() ? "" : given.get(0);
    String l2 = given.size() > 1 ? given.get(1) : "";
    String l3 = given.size() > 2 ? given.get(2) : "";
    return format == MrzFormat.TD1
        ? parseTd1(given, lengthOk, l1, l2, l3, today, invalid)
        : parseTwoLine(format, given, lengthOk, l1, l2, today, invalid);
  }

  static MrzFormat detect(List<String> lines) {
    if (lines.size() >= 3) {
      return MrzFormat.TD1;
    }
    String first = lines.isEmpty() ? "" : lines.get(0);
    int length = 0;
    for (String line : lines) {
      length = Math.max(length, line.length());
    }
    boolean visa = first.startsWith("V");
    if (length <= 33) {
      return MrzFormat.TD1;
    }
    if (length <= 40) {
      return visa ? MrzFormat.MRV_B : MrzFormat.TD2;
    }
    return visa ? MrzFormat.MRV_A : MrzFormat.TD3;
  }

  private Mrz parseTwoLine(
      MrzFormat format, List<String> given, boolean lengthOk, String l1, String l2, LocalDate today, List<String> invalid) {
    int width = format.lineLength();
    // Line 1 (Part 4 §4.2.2.1, Part 6, Part 7): pos 1–2 document code, 3–5 issuing state, 6–end name.
    String code = sub(l1, 0, 2);
    String state = sub(l1, 2, 5);
    String nameField = sub(l1, 5, width);
    // Line 2, pos 1–9 document number, pos 10 its check digit.
    String docField = sub(l2, 0, 9);
    String docCd = sub(l2, 9, 10);
    // Line 2, pos 11–13 nationality; 14–19 date of birth, 20 check digit; 21 sex; 22–27 expiry, 28 check digit.
    String nationality = sub(l2, 10, 13);
    String dob = sub(l2, 13, 19);
    String dobCd = sub(l2, 19, 20);
    String sex = sub(l2, 20, 21);
    String exp = sub(l2, 21, 27);
    String expCd = sub(l2, 27, 28);
    List<MrzCheckDigit> checks = new ArrayList<>();
    String documentNumber;
    String optional;
    String docData = docField;
    String docFound = docCd;
    String docPosition = "line 2, pos 10";
    if (format == MrzFormat.TD3) {
      // Line 2, pos 29–42 personal number, pos 43 its check digit, pos 44 composite (Part 4 §4.2.2.2).
      String personal = sub(l2, 28, 42);
      documentNumber = trimFiller(docField);
      optional = trimFiller(personal);
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DOCUMENT_NUMBER, docData, l2.length() >= 10, docFound, docPosition, false));
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DATE_OF_BIRTH, dob, l2.length() >= 20, dobCd, "line 2, pos 20", false));
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DATE_OF_EXPIRY, exp, l2.length() >= 28, expCd, "line 2, pos 28", false));
      boolean allFiller = personal.length() == 14 && personal.chars().allMatch(c -> c == '<');
      checks.add(MrzCheckDigit.of(
          MrzCheckDigit.Kind.PERSONAL_NUMBER, personal, l2.length() >= 43, sub(l2, 42, 43), "line 2, pos 43", allFiller));
      // Composite over line 2, pos 1–10, 14–20 and 22–43.
      String composite = sub(l2, 0, 10) + sub(l2, 13, 20) + sub(l2, 21, 43);
      checks.add(MrzCheckDigit.of(
          MrzCheckDigit.Kind.COMPOSITE, composite, l2.length() >= 44, sub(l2, 43, 44), "line 2, pos 44", false));
    } else {
      // TD2 (Part 6): pos 29–35 optional data, pos 36 composite. Visas (Part 7): optional data to the end.
      int optEnd = format == MrzFormat.TD2 ? 35 : width;
      String opt = sub(l2, 28, optEnd);
      LongNumber longNumber = LongNumber.of(docField, docCd, opt, 29, 2);
      if (longNumber != null && format == MrzFormat.TD2) {
        documentNumber = longNumber.number();
        docData = longNumber.number();
        docFound = longNumber.checkDigit();
        docPosition = longNumber.position();
        optional = trimFiller(longNumber.rest());
      } else {
        documentNumber = trimFiller(docField);
        optional = trimFiller(opt);
      }
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DOCUMENT_NUMBER, docData, l2.length() >= 10, docFound, docPosition, false));
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DATE_OF_BIRTH, dob, l2.length() >= 20, dobCd, "line 2, pos 20", false));
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DATE_OF_EXPIRY, exp, l2.length() >= 28, expCd, "line 2, pos 28", false));
      if (format == MrzFormat.TD2) {
        // Composite over line 2, pos 1–10, 14–20 and 22–35 (Part 6 §4.2.2.2).
        String composite = sub(l2, 0, 10) + sub(l2, 13, 20) + sub(l2, 21, 35);
        checks.add(MrzCheckDigit.of(
            MrzCheckDigit.Kind.COMPOSITE, composite, l2.length() >= 36, sub(l2, 35, 36), "line 2, pos 36", false));
      }
    }
    Name name = Name.of(nameField);
    return new Mrz(format, given, lengthOk, code, state, name.primary(), name.secondary(),
        nameField.length() == width - 5 && isLetter(nameField.charAt(nameField.length() - 1)),
        documentNumber, nationality, MrzDates.birth(dob, today), sex, MrzDates.expiry(exp, today), optional, "",
        checks, invalid);
  }

  private Mrz parseTd1(
      List<String> given, boolean lengthOk, String l1, String l2, String l3, LocalDate today, List<String> invalid) {
    // Line 1 (Part 5 §4.2.2): pos 1–2 document code, 3–5 issuing state, 6–14 document number, 15 its check
    // digit, 16–30 optional data.
    String code = sub(l1, 0, 2);
    String state = sub(l1, 2, 5);
    String docField = sub(l1, 5, 14);
    String docCd = sub(l1, 14, 15);
    String opt1 = sub(l1, 15, 30);
    // Line 2: pos 1–6 birth, 7 check digit, 8 sex, 9–14 expiry, 15 check digit, 16–18 nationality, 19–29
    // optional data, 30 composite.
    String dob = sub(l2, 0, 6);
    String dobCd = sub(l2, 6, 7);
    String sex = sub(l2, 7, 8);
    String exp = sub(l2, 8, 14);
    String expCd = sub(l2, 14, 15);
    String nationality = sub(l2, 15, 18);
    String opt2 = sub(l2, 18, 29);
    String nameField = sub(l3, 0, 30);
    List<MrzCheckDigit> checks = new ArrayList<>();
    LongNumber longNumber = LongNumber.of(docField, docCd, opt1, 16, 1);
    if (longNumber != null) {
      // Part 5 note j: the number continues in the optional data, followed by its check digit.
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DOCUMENT_NUMBER, longNumber.number(), true,
          longNumber.checkDigit(), longNumber.position(), false));
    } else {
      checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DOCUMENT_NUMBER, docField, l1.length() >= 15, docCd, "line 1, pos 15", false));
    }
    checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DATE_OF_BIRTH, dob, l2.length() >= 7, dobCd, "line 2, pos 7", false));
    checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.DATE_OF_EXPIRY, exp, l2.length() >= 15, expCd, "line 2, pos 15", false));
    // Composite over line 1, pos 6–30; line 2, pos 1–7, 9–15 and 19–29 (Part 5 §4.2.2.2).
    String composite = sub(l1, 5, 30) + sub(l2, 0, 7) + sub(l2, 8, 15) + sub(l2, 18, 29);
    checks.add(MrzCheckDigit.of(MrzCheckDigit.Kind.COMPOSITE, composite,
        l1.length() >= 30 && l2.length() >= 30, sub(l2, 29, 30), "line 2, pos 30", false));
    Name name = Name.of(nameField);
    return new Mrz(MrzFormat.TD1, given, lengthOk, code, state, name.primary(), name.secondary(),
        nameField.length() == 30 && isLetter(nameField.charAt(29)),
        longNumber != null ? longNumber.number() : trimFiller(docField),
        nationality, MrzDates.birth(dob, today), sex, MrzDates.expiry(exp, today),
        trimFiller(longNumber != null ? longNumber.rest() : opt1), trimFiller(opt2), checks, invalid);
  }

  /** The characters {@code [begin, end)} of {@code line}, cut short where the line is. */
  static String sub(String line, int begin, int end) {
    int b = Math.min(begin, line.length());
    int e = Math.min(end, line.length());
    return line.substring(b, e);
  }

  static String trimFiller(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '<') {
      end--;
    }
    return s.substring(0, end);
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A name field split into primary and secondary identifiers (Part 4 §4.2.3 / Part 3 §4.6). */
  record Name(String primary, String secondary) {
    static Name of(String field) {
      String trimmed = trimFiller(field);
      int split = trimmed.indexOf("<<");
      String primary = split < 0 ? trimmed : trimmed.substring(0, split);
      String secondary = split < 0 ? "" : trimmed.substring(split + 2);
      return new Name(spaces(primary), spaces(secondary));
    }

    private static String spaces(String s) {
      return s.replace('<', ' ').strip();
    }
  }

  /**
   * A document number longer than 9 characters (Part 5 note j): the check-digit position holds {@code <}, and
   * the optional data starts with the rest of the number followed by the check digit.
   */
  record LongNumber(String number, String checkDigit, String position, String rest) {
    static @org.jspecify.annotations.Nullable LongNumber of(
        String field, String cd, String opt, int optStartPos, int line) {
      if (!cd.equals("<") || field.length() != 9 || field.indexOf('<') >= 0 || opt.isEmpty()) {
        return null;
      }
      int k = opt.indexOf('<');
      if (k == 0) {
        return null;
      }
      if (k < 0) {
        k = opt.length();
      }
      String overflow = opt.substring(0, k - 1);
      return new LongNumber(field + overflow, opt.substring(k - 1, k),
          "line " + line + ", pos " + (optStartPos + k - 1), opt.substring(k));
    }
  }
}
