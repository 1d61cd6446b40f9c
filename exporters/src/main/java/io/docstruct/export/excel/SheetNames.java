package io.docstruct.export.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, unique within one workbook: at most 31 characters, none of {@code : \ / ? * [
 * ]}, no apostrophe at either end, not blank, not {@code History}, and unique ignoring case (as Excel
 * compares them). A clash gets {@code " (2)"}, {@code " (3)"}… with the base shortened to fit.
 *
 * <pre>{@code
 * SheetNames names = new SheetNames();
 * names.unique("p1 t1");   // "p1 t1"
 * names.unique("P1 T1");   // "P1 T1 (2)"
 * names.unique("a/b");     // "a_b"
 * }</pre>
 */
final class SheetNames {
  static final int MAX_LENGTH = 31;

  private final Set<String> used = new HashSet<>();

  /** The name of a table sheet: {@code p1 t1} for page 0, table 0. */
  static String table(int page, int index) {
    return "p" + (page + 1) + " t" + (index + 1);
  }

  /** Marks {@code name} as taken (a fixed sheet such as {@code Expenses}). */
  void reserve(String name) {
    used.add(name.toLowerCase(Locale.ROOT));
  }

  /** {@code wanted} made valid and unique, and now taken. */
  String unique(String wanted) {
    String base = valid(wanted);
    String name = base;
    for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  static String valid(String wanted) {
    StringBuilder b = new StringBuilder(wanted.length());
    for (int i = 0; i < wanted.length(); i++) {
      char c = wanted.charAt(i);
      b.append(switch (c) {
        case ':', '\\', '/', '?', '*', '[', ']' -> '_';
        default -> Character.isISOControl(c) ? ' ' : c;
      });
    }
    String name = b.toString().strip();
    while (name.startsWith("'")) {
      name = name.substring(1);
    }
    while (name.endsWith("'")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.length() > MAX_LENGTH) {
      name = name.substring(0, MAX_LENGTH).strip();
    }
    if (name.isBlank() || name.equalsIgnoreCase("History")) {
      name = "Sheet " + name.strip();
    }
    return name.strip();
  }
}
