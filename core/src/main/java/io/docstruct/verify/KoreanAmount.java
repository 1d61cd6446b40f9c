package io.docstruct.verify;

import org.jspecify.annotations.Nullable;

/**
 * A won amount as printed on Korean receipts: {@code 1,600}, {@code 16.960} (dot thousands), {@code 3,984원},
 * {@code +2,000}, {@code -3,00}, {@code (1,000)} (negative), {@code ₩800}. Separators are dropped; a group after
 * a separator that does not have exactly three digits ({@code -3,00}) still reads as the digits in order
 * (-300, as the provider normalises it) but is flagged {@link #irregular()} so the report can say so. Won has
 * no minor unit, so a separator is never a decimal point.
 *
 * <p>Package-private on purpose: {@code io.docstruct.table} is getting a general {@code KoreanNumber} parser;
 * this one should be folded into it once both exist.
 *
 * <pre>{@code
 * KoreanAmount a = KoreanAmount.parse("3,984원"); // won 3984, regular
 * }</pre>
 *
 * @param won the amount in won
 * @param irregular whether a separator group had other than three digits
 */
record KoreanAmount(long won, boolean irregular) {

  /** The amount, or {@code null} when the text holds no digits or anything but a number. */
  static @Nullable KoreanAmount parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().replace(" ", "");
    boolean negative = false;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1);
    }
    if (s.endsWith("원")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("₩") || s.startsWith("\\")) {
      s = s.substring(1);
    }
    if (s.startsWith("-") || s.startsWith("−")) {
      negative = !negative;
      s = s.substring(1);
    } else if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.isEmpty() || s.length() > 18) {
      return null;
    }
    long value = 0;
    boolean irregular = false;
    int groupLength = -1; // digits since the last separator; -1 before the first separator
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        if (groupLength >= 0) {
          groupLength++;
        }
      } else if (c == ',' || c == '.') {
        if (digits == 0 || i == s.length() - 1) {
          return null;
        }
        if (groupLength >= 0 && groupLength != 3) {
          irregular = true;
        }
        groupLength = 0;
      } else {
        return null;
      }
    }
    if (groupLength >= 0 && groupLength != 3) {
      irregular = true;
    }
    return new KoreanAmount(negative ? -value : value, irregular);
  }
}
