package io.docstruct.number;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date as a Korean receipt, ID card or business licence prints it, read into its year, month and
 * day as printed: whether that day exists is a separate question ({@link #exists()}), so that a verifier can
 * report {@code 2024.02.30} instead of losing it.
 *
 * <pre>{@code
 * PrintedDate.read("20-09-26").iso();            // "2020-09-26"
 * PrintedDate.read("20241017105656").iso();      // "2024-10-17"
 * PrintedDate.read("2017 년 06 월 29일").iso();  // "2017-06-29"
 * PrintedDate.read("2024.02.30").exists();       // false
 * PrintedDate.read("2024.1.");                   // null: no day
 * }</pre>
 *
 * <p>The first date in the text is read, in one of these shapes (Korean order, year first):
 *
 * <ul>
 *   <li>a four-digit year, month and day separated by {@code -}, {@code .}, {@code /}, {@code 년}/{@code 월} or
 *       spaces, the day optionally followed by {@code 일} ({@code 2020-04-16}, {@code 2011.3. 6.}, {@code 2017 년
 *       06 월 29일}, {@code 2024/01/09(화) 12:30});
 *   <li>eight or fourteen digits standing alone, {@code yyyyMMdd[HHmmss]}, with a year from 1900 to 2099
 *       ({@code 20241017105656});
 *   <li>a two-digit year, month and day with the same separator twice ({@code 20-09-26}, {@code 24/05/18},
 *       {@code 85.03.12}) or with {@code 년 월 일}; the century is the POSIX {@code %y} rule: 69–99 are 19xx,
 *       00–68 are 20xx;
 *   <li>a day, an optional Korean month ({@code 8월/}) and an English month abbreviation, and a four-digit year,
 *       as passports print them ({@code 15 AUG 2030}, {@code 15 8월/AUG 2030}).
 * </ul>
 *
 * <p>Month-first or day-first numeric dates ({@code 05/18/2024}, {@code 18.05.2024}) are not Korean and are not
 * read.
 *
 * @param year the year, four digits
 * @param month the month as printed (1–12 when the date exists)
 * @param day the day as printed
 */
public record PrintedDate(int year, int month, int day) {
  private static final String SEPARATOR = "(?:\\s*[-./년월]\\s*|\\s+)";
  private static final Pattern FULL_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{4})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{6})?(?!\\d)");
  private static final Pattern SHORT_YEAR = Pattern.compile(
      "(?<![\\d.,])(\\d{2})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d,]|\\.\\d)");
  private static final Pattern SHORT_YEAR_KOREAN = Pattern.compile(
      "(?<!\\d)(\\d{2})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s+(?:\\d{1,2}\\s*월\\s*/\\s*)?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.?\\s+(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  /** The first date {@code text} shows, or {@code null} when it shows no year, month and day. */
  public static @Nullable PrintedDate read(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    PrintedDate best = null;
    int at = Integer.MAX_VALUE;
    Matcher m = FULL_YEAR.matcher(text);
    if (m.find() && m.start() < at) {
      at = m.start();
      best = of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(text);
    if (m.find() && m.start() < at) {
      at = m.start();
      best = of(m.group(1), m.group(2), m.group(3));
    }
    m = SHORT_YEAR.matcher(text);
    if (m.find() && m.start() < at) {
      at = m.start();
      best = new PrintedDate(century(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
    m = SHORT_YEAR_KOREAN.matcher(text);
    if (m.find() && m.start() < at) {
      at = m.start();
      best = new PrintedDate(century(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = MONTH_NAME.matcher(text);
    if (m.find() && m.start() < at) {
      int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) / 3 + 1;
      best = new PrintedDate(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    }
    return best;
  }

  /** Whether the day exists in the calendar. */
  public boolean exists() {
    return toLocalDate() != null;
  }

  /** The date, or {@code null} when no such day exists. */
  public @Nullable LocalDate toLocalDate() {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code yyyy-MM-dd} of the parts as printed, whether or not the day exists ({@code 2024-02-30}). */
  public String iso() {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }

  private static PrintedDate of(String year, String month, String day) {
    return new PrintedDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  private static int century(String twoDigits) {
    int yy = Integer.parseInt(twoDigits);
    return yy >= 69 ? 1900 + yy : 2000 + yy;
  }
}
