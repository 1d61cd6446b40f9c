package io.docstruct.layout;

/** Levenshtein distance on UTF-16 units, for accuracy reports. */
final class EditDistance {
  private EditDistance() {}

  /** Distance divided by the longer length: 0 for equal texts, 1 for nothing in common. */
  static double normalised(String a, String b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 0 : (double) distance(a, b) / max;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
