package io.docstruct.verify;

import io.docstruct.number.KoreanNumber;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A won amount as the receipt and medical-receipt checks need it: {@link KoreanNumber#readLenient(String)}
 * as a whole number of won, with {@link #irregular()} set when the reading was a best effort ({@code -3,00},
 * a fraction of a won), so the report can say so instead of failing the arithmetic outright.
 *
 * <pre>{@code
 * KoreanAmount a = KoreanAmount.parse("3,984원"); // won 3984, regular
 * }</pre>
 *
 * @param won the amount in won
 * @param irregular whether the text was not cleanly a whole amount
 */
record KoreanAmount(long won, boolean irregular) {

  /** The amount, or {@code null} when the text is not a number (too long for a {@code long} included). */
  static @Nullable KoreanAmount parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    KoreanNumber.Reading reading = KoreanNumber.readLenient(text);
    BigDecimal value = reading.value();
    if (value == null) {
      return null;
    }
    boolean fraction = value.stripTrailingZeros().scale() > 0;
    try {
      return new KoreanAmount(
          value.setScale(0, java.math.RoundingMode.DOWN).longValueExact(),
          reading.problem() != null || fraction);
    } catch (ArithmeticException tooLarge) {
      return null;
    }
  }
}
