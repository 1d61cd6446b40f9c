package io.docstruct.number;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>The first date in the text is read, in one of these shapes; {@link #read(String)} reads Korean order
 * ({@link DateStyle#KOREAN}), {@link #read(String, DateStyle)} the orders and month names of a {@link
 * DateStyle}, which is data: a country's dates are a new style, not a new parser.
 *
 * <ul>
 *   <li>a four-digit year, month and day separated by {@code -}, {@code .}, {@code /}, {@code 년}/{@code 월} or
 *       spaces, the day optionally followed by {@code 일} ({@code 2020-04-16}, {@code 2011.3. 6.}, {@code 2017 년
 *       06 월 29일}, {@code 2024/01/09(화) 12:30}), in every style;
 *   <li>eight or fourteen digits standing alone, {@code yyyyMMdd[HHmmss]}, with a year from 1900 to 2099
 *       ({@code 20241017105656}); in a style with a day- or month-first order also {@code ddMMyyyy} or {@code
 *       MMddyyyy} ({@code 25032018}) when the year-first reading is no day;
 *   <li>three short groups with the same separator twice, read in the style's orders: {@code 20-09-26}, {@code
 *       24/05/18}, {@code 85.03.12} year first (a two-digit year: the POSIX {@code %y} rule, 69–99 are 19xx,
 *       00–68 are 20xx); {@code 25/12/2018}, {@code 23/12/17} day first; {@code 12/25/2018} month first. The
 *       first order that gives a day that exists wins;
 *   <li>a two-digit year, month and day with {@code 년 월 일}, in every style;
 *   <li>a day, an optional Korean month ({@code 8월/}) and a month name, and a four-digit year, as passports print
 *       them ({@code 15 AUG 2030}, {@code 15 8월/AUG 2030}); in a day- or month-first style also with a two-digit
 *       year or other separators ({@code 30 DEC 17}, {@code 30-Dec-2017}) and month first ({@code DEC 30, 2017}).
 * </ul>
 *
 * <p>In Korean order, month-first or day-first numeric dates ({@code 05/18/2024}, {@code 18.05.2024}) are not
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
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{8})(\\d{6})?(?!\\d)");
  /** Three short groups with one separator: {@code 20-09-26} (year first), {@code 25/12/2018}, {@code 23/12/17}. */
  private static final Pattern SHORT = Pattern.compile(
      "(?<![\\d.,])(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4}|\\d{1,2})(?![\\d,]|\\.\\d)");
  private static final Pattern SHORT_YEAR_KOREAN = Pattern.compile(
      "(?<!\\d)(\\d{2})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
  /** Compiled month-name patterns per list of month names: [day first, month first]. */
  private static final Map<List<String>, Pattern[]> MONTH_PATTERNS = new ConcurrentHashMap<>();

  /**
   * A date found in a text, and where: {@code text.substring(start, end)} is what was read.
   *
   * @param date the date as printed
   * @param start the index of its first character
   * @param end the index just after its last character
   */
  public record Found(PrintedDate date, int start, int end) {}

  /** The first date {@code text} shows in Korean order ({@link DateStyle#KOREAN}), or {@code null}. */
  public static @Nullable PrintedDate read(@Nullable String text) {
    return read(text, DateStyle.KOREAN);
  }

  /** The first date {@code text} shows in {@code style}, or {@code null} when it shows no year, month and day. */
  public static @Nullable PrintedDate read(@Nullable String text, DateStyle style) {
    Found found = find(text, style);
    return found == null ? null : found.date();
  }

  /**
   * The first date {@code text} shows in {@code style}, with where it stands, or {@code null}. Of dates that
   * start at the same place, the shapes are tried in the order the class documentation lists them.
   */
  public static @Nullable Found find(@Nullable CharSequence text, DateStyle style) {
    if (text == null || text.length() < 6) {
      return null;
    }
    Found best = null;
    Matcher m = FULL_YEAR.matcher(text);
    if (m.find()) {
      best = new Found(of(m.group(1), m.group(2), m.group(3)), m.start(), m.end());
    }
    m = COMPACT.matcher(text);
    while (m.find() && (best == null || m.start() < best.start())) {
      PrintedDate d = compact(m.group(1), m.group(2) != null, style);
      if (d != null) {
        best = new Found(d, m.start(), m.end());
        break;
      }
    }
    m = SHORT.matcher(text);
    while (m.find() && (best == null || m.start() < best.start())) {
      PrintedDate d = shortDate(m.group(1), m.group(3), m.group(4), style);
      if (d != null) {
        best = new Found(d, m.start(), m.end());
        break;
      }
    }
    m = indexOf(text, '년') < 0 ? null : SHORT_YEAR_KOREAN.matcher(text);
    if (m != null && m.find() && (best == null || m.start() < best.start())) {
      best = new Found(
          new PrintedDate(century(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
          m.start(), m.end());
    }
    if (!hasLetters(text, 3)) {
      return best; // a month name needs letters
    }
    Pattern[] named = MONTH_PATTERNS.computeIfAbsent(style.monthNames(), names -> monthPatterns(style));
    m = named[style.yearLast() ? 1 : 0].matcher(text);
    if (m.find() && (best == null || m.start() < best.start())) {
      int month = style.month(m.group(2));
      best = new Found(new PrintedDate(year(m.group(3)), month, Integer.parseInt(m.group(1))), m.start(), m.end());
    }
    if (style.yearLast()) {
      m = named[2].matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        int month = style.month(m.group(1));
        best = new Found(new PrintedDate(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))),
            m.start(), m.end());
      }
    }
    return best;
  }

  /**
   * Day-first month-name dates in a year-first style ({@code 15 AUG 2030}, a four-digit year), the same in a
   * year-last style ({@code 30 DEC 17}, {@code 30-Dec-2017}, a two- or four-digit year), and month-first ones
   * ({@code DEC 30, 2017}).
   */
  private static Pattern[] monthPatterns(DateStyle style) {
    String months = "(" + style.monthAlternation() + ")[A-Z]*\\.?";
    return new Pattern[] {
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(?:\\d{1,2}\\s*월\\s*/\\s*)?" + months + "\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("(?<!\\d)(\\d{1,2})[\\s\\-./]*(?:\\d{1,2}\\s*월\\s*/\\s*)?" + months
          + "[\\s\\-./,]*(\\d{4}|\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE),
      Pattern.compile("(?<![A-Z])" + months + "\\s*(\\d{1,2})(?:ST|ND|RD|TH)?,?\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE)
    };
  }

  /**
   * Eight digits ({@code yyyyMMdd}, or in a year-last style {@code ddMMyyyy}/{@code MMddyyyy} when the year-first
   * reading is no day), or fourteen ({@code yyyyMMddHHmmss}); {@code null} when no reading has a year from 1900
   * to 2099.
   */
  private static @Nullable PrintedDate compact(String eight, boolean withTime, DateStyle style) {
    PrintedDate yearFirst = null;
    if (eight.startsWith("19") || eight.startsWith("20")) {
      yearFirst = of(eight.substring(0, 4), eight.substring(4, 6), eight.substring(6, 8));
      if (yearFirst.exists() || withTime || !style.yearLast()) {
        return yearFirst;
      }
    }
    if (withTime || !style.yearLast()) {
      return null;
    }
    String year = eight.substring(4, 8);
    if (!year.startsWith("19") && !year.startsWith("20")) {
      return yearFirst;
    }
    for (DateOrder order : style.orders()) {
      PrintedDate d = switch (order) {
        case DAY_MONTH_YEAR -> of(year, eight.substring(2, 4), eight.substring(0, 2));
        case MONTH_DAY_YEAR -> of(year, eight.substring(0, 2), eight.substring(2, 4));
        case YEAR_MONTH_DAY -> null;
      };
      if (d != null && d.exists()) {
        return d;
      }
    }
    return yearFirst;
  }

  /**
   * Three short groups read in the style's orders: the first order that gives a day that exists, else the first
   * that applies, as printed; {@code null} when none applies (a four-digit last group in a year-first style, a
   * one-digit first group read year first).
   */
  private static @Nullable PrintedDate shortDate(String a, String b, String c, DateStyle style) {
    PrintedDate fallback = null;
    for (DateOrder order : style.orders()) {
      PrintedDate d = switch (order) {
        case YEAR_MONTH_DAY -> a.length() == 2 && c.length() <= 2
            ? new PrintedDate(century(a), Integer.parseInt(b), Integer.parseInt(c)) : null;
        case DAY_MONTH_YEAR -> c.length() == 4 || c.length() == 2
            ? new PrintedDate(year(c), Integer.parseInt(b), Integer.parseInt(a)) : null;
        case MONTH_DAY_YEAR -> c.length() == 4 || c.length() == 2
            ? new PrintedDate(year(c), Integer.parseInt(a), Integer.parseInt(b)) : null;
      };
      if (d == null) {
        continue;
      }
      if (d.exists()) {
        return d;
      }
      if (fallback == null) {
        fallback = d;
      }
    }
    return fallback;
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

  private static int indexOf(CharSequence text, char c) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasLetters(CharSequence text, int atLeast) {
    int n = 0;
    for (int i = 0; i < text.length() && n < atLeast; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n >= atLeast;
  }

  private static int year(String digits) {
    return digits.length() == 4 ? Integer.parseInt(digits) : century(digits);
  }

  private static int century(String twoDigits) {
    int yy = Integer.parseInt(twoDigits);
    return yy >= 69 ? 1900 + yy : 2000 + yy;
  }
}
