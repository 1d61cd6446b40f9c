package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.verify.mrz.Mrz;
import org.jspecify.annotations.Nullable;

/**
 * A name as the visual zone or the provider writes it against the MRZ's primary or secondary identifier, like
 * with like. In the MRZ every space, hyphen and other punctuation between name components is a filler
 * ({@code GIL<DONG} for {@code GIL-DONG} or {@code GIL DONG}) and apostrophes are left out (ICAO Doc 9303 Part 3
 * §4.6); the provider may join components with a space, a hyphen, a filler or nothing. So names agree when
 * their letters agree in order, whatever separates them; a name the MRZ truncated (Part 4 §4.2.3) agrees
 * with a visual name that starts with it. Anything else is a real difference.
 */
final class MrzNames {
  /** Which identifier a visual name stands for. */
  enum Role {
    SURNAME("surname", "primary identifier", "agrees"),
    GIVEN_NAMES("given names", "secondary identifier", "agree");

    private final String name;
    private final String described;
    private final String agrees;
    private final String agreesApartFromSeparators;
    private final String agreesTruncated;
    private final String differs;

    Role(String name, String identifier, String agree) {
      this.name = name;
      this.described = name + " (MRZ " + identifier + ")";
      this.agrees = described + " " + agree + " with the MRZ";
      this.agreesApartFromSeparators = agrees + "; only the separators between components differ";
      this.agreesTruncated = agrees + ", which truncated the name (ICAO 9303 Part 4 §4.2.3)";
      this.differs = described + " differs from the MRZ";
    }

    String of(Mrz mrz) {
      return this == SURNAME ? mrz.primaryIdentifier() : mrz.secondaryIdentifier();
    }

    Role other() {
      return this == SURNAME ? GIVEN_NAMES : SURNAME;
    }
  }

  private MrzNames() {}

  /** Adds a {@link Check#MRZ_CROSS_CHECK} finding for {@code field} read as the {@code role} of {@code mrz}. */
  static void check(FindingList out, String path, @Nullable Field field, Mrz mrz, Role role) {
    if (field == null) {
      return;
    }
    String visual = field.text().strip();
    String expected = role.of(mrz);
    if (IdentityChecks.unread(out, path, field, expected, role.name)) {
      return;
    }
    String seen = letters(visual);
    String wanted = letters(expected);
    Status status;
    String message;
    if (seen.equals(wanted)) {
      status = Status.PASS;
      message = components(visual).equals(components(expected)) ? role.agrees : role.agreesApartFromSeparators;
    } else if (mrz.nameTruncated() && !wanted.isEmpty() && seen.startsWith(wanted)) {
      status = Status.PASS;
      message = role.agreesTruncated;
    } else if (!seen.isEmpty() && seen.equals(letters(role.other().of(mrz)))) {
      status = Status.FAIL;
      message = "this field should hold the " + role.described + " but holds the " + role.other().described;
    } else {
      status = Status.FAIL;
      message = role.differs;
    }
    out.add(Check.MRZ_CROSS_CHECK, path, status, status == Status.PASS ? Severity.INFO : Severity.WARNING, expected,
        visual, message, field.polygons());
  }

  /** {@code text} without trailing fillers ({@code D<<} → {@code D}, {@code <<<} → empty), stripped first. */
  static String withoutFillers(String text) {
    String t = text.strip();
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '<') {
      end--;
    }
    return t.substring(0, end);
  }

  /**
   * Upper-case components separated by single spaces: fillers, white space, hyphens, commas and dots separate;
   * apostrophes are dropped.
   */
  private static String components(String name) {
    return read(name, true);
  }

  /** {@link #components} without the spaces. */
  private static String letters(String name) {
    return read(name, false);
  }

  private static String read(String name, boolean spaces) {
    StringBuilder out = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '’') {
        continue;
      }
      if (c == '<' || c == '-' || c == '‐' || c == ',' || c == '.' || Character.isWhitespace(c)) {
        gap = spaces && out.length() > 0;
        continue;
      }
      if (gap) {
        out.append(' ');
        gap = false;
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
