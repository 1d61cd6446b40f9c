package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.verify.mrz.Mrz;
import java.util.Locale;
import java.util.regex.Pattern;
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
  /** What separates name components in print or in the MRZ. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s<\\-‐,.]+");
  /** Which identifier a visual name stands for. */
  enum Role {
    SURNAME("surname", "primary identifier", "agrees"),
    GIVEN_NAMES("given names", "secondary identifier", "agree");

    private final String name;
    private final String identifier;
    private final String agree;

    Role(String name, String identifier, String agree) {
      this.name = name;
      this.identifier = identifier;
      this.agree = agree;
    }

    String of(Mrz mrz) {
      return this == SURNAME ? mrz.primaryIdentifier() : mrz.secondaryIdentifier();
    }

    Role other() {
      return this == SURNAME ? GIVEN_NAMES : SURNAME;
    }

    String describe() {
      return name + " (MRZ " + identifier + ")";
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
      message = components(visual).equals(components(expected))
          ? role.describe() + " " + role.agree + " with the MRZ"
          : role.describe() + " " + role.agree + " with the MRZ; only the separators between components differ";
    } else if (mrz.nameTruncated() && !wanted.isEmpty() && seen.startsWith(wanted)) {
      status = Status.PASS;
      message = role.describe() + " " + role.agree + " with the MRZ, which truncated the name (ICAO 9303 Part 4 §4.2.3)";
    } else if (!seen.isEmpty() && seen.equals(letters(role.other().of(mrz)))) {
      status = Status.FAIL;
      message = "this field should hold the " + role.describe() + " but holds the " + role.other().describe();
    } else {
      status = Status.FAIL;
      message = role.describe() + " differs from the MRZ";
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

  /** Upper-case components separated by single spaces: fillers, spaces, hyphens, commas and dots separate. */
  private static String components(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replace("'", "").replace("’", "");
    return SEPARATORS.matcher(upper).replaceAll(" ").strip();
  }

  private static String letters(String name) {
    return components(name).replace(" ", "");
  }
}
