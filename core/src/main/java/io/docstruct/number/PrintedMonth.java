package io.docstruct.number;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A month and year as a payment card prints its expiry (valid thru): {@code MM/YY} or {@code MM/YYYY}, a
 * two-digit year in the 2000s. Whether the month exists is a separate question ({@link #exists()}), so that a
 * verifier can report {@code 13/27} instead of losing it. Verification and the rules' {@code CardInfo} read
 * card expiries here.
 *
 * <pre>{@code
 * PrintedMonth.read("12/27").toYearMonth();       // 2027-12
 * PrintedMonth.read("08 / 2031").toYearMonth();   // 2031-08
 * PrintedMonth.read("13/27").exists();            // false
 * PrintedMonth.read("1227");                      // null: no slash
 * }</pre>
 *
 * @param year the year, four digits
 * @param month the month as printed (1–12 when it exists)
 */
public record PrintedMonth(int year, int month) {
  /** A year of four digits before one of two, so that {@code 2031} is not read as {@code 20}. */
  private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*/\\s*(\\d{4}|\\d{2})(?!\\d)");

  /** The first {@code MM/YY} or {@code MM/YYYY} in {@code text}, or {@code null} when there is none. */
  public static @Nullable PrintedMonth read(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = MONTH_YEAR.matcher(text);
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(2));
    return new PrintedMonth(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(1)));
  }

  /** Whether the month is 1–12. */
  public boolean exists() {
    return month >= 1 && month <= 12;
  }

  /** The month, or {@code null} when it does not exist. */
  public @Nullable YearMonth toYearMonth() {
    return exists() ? YearMonth.of(year, month) : null;
  }
}
