package io.docstruct.rules.entity;

import org.jspecify.annotations.Nullable;

/**
 * Sex as a document states it.
 *
 * <pre>{@code
 * Sex s = Sex.parse("F");   // FEMALE
 * }</pre>
 */
public enum Sex {
  MALE,
  FEMALE,
  /** Unspecified ({@code <} or {@code X} in an MRZ). */
  UNSPECIFIED;

  /** {@code M}/{@code F}/{@code 남}/{@code 여}/{@code Male}/{@code Female}; {@code null} for anything else. */
  public static @Nullable Sex parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().toUpperCase(java.util.Locale.ROOT);
    if (t.startsWith("M") || t.startsWith("남")) {
      return MALE;
    }
    if (t.startsWith("F") || t.startsWith("여")) {
      return FEMALE;
    }
    return t.equals("<") || t.equals("X") ? UNSPECIFIED : null;
  }
}
