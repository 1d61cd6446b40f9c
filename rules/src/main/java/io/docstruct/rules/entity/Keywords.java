package io.docstruct.rules.entity;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Keyword matching for the entities' rule helpers: {@code keywords} is one string of alternatives separated by
 * {@code |} ({@code "맥주|소주|와인"}), so that DRL and decision-table cells can pass it as one literal. Case and
 * spaces are ignored.
 */
final class Keywords {
  private Keywords() {}

  static boolean containsAny(@Nullable String text, String keywords) {
    if (text == null) {
      return false;
    }
    String haystack = squash(text);
    for (String keyword : keywords.split("\\|")) {
      String needle = squash(keyword);
      if (!needle.isEmpty() && haystack.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
