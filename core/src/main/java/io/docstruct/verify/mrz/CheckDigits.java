package io.docstruct.verify.mrz;

/**
 * The ICAO 9303 7-3-1 check digit (Part 3, §4.9): {@code 0–9} count as their value, {@code A–Z} as 10–35,
 * the filler {@code <} as 0; weights 7, 3, 1 repeat from the leftmost character; the digit is the weighted
 * sum modulo 10.
 *
 * <pre>{@code
 * int cd = CheckDigits.compute("520727");      // 3
 * boolean ok = CheckDigits.isMrzChar('<');     // true
 * }</pre>
 *
 * <p>Because 7, 3 and 1 are coprime with 10, every single substitution between two digits is detected; a
 * letter and a digit whose values differ by a multiple of 10 ({@code G}/{@code 6}, {@code L}/{@code 1},
 * {@code U}/{@code 0}) are not.
 */
public final class CheckDigits {
  private static final int[] WEIGHTS = {7, 3, 1};

  private CheckDigits() {}

  /** Whether {@code c} belongs to the MRZ character set ({@code A–Z}, {@code 0–9}, {@code <}). */
  public static boolean isMrzChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<';
  }

  /**
   * The value of one MRZ character, or -1 when it is outside the MRZ set.
   *
   * @param c a character
   * @return 0–35, or -1
   */
  public static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return c == '<' ? 0 : -1;
  }

  /**
   * The check digit of {@code data}, or -1 when it holds a character outside the MRZ set.
   *
   * @param data the characters covered, in order
   * @return 0–9, or -1
   */
  public static int compute(CharSequence data) {
    int sum = 0;
    for (int i = 0; i < data.length(); i++) {
      int v = value(data.charAt(i));
      if (v < 0) {
        return -1;
      }
      sum += v * WEIGHTS[i % 3];
    }
    return sum % 10;
  }
}
