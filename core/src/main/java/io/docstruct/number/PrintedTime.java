package io.docstruct.number;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A time of day as a Korean receipt prints it, read into its hour, minute and second as printed; whether that
 * time exists is a separate question ({@link #toLocalTime()}).
 *
 * <pre>{@code
 * PrintedTime.read("20: 11").toLocalTime();          // 20:11
 * PrintedTime.read("20241017105656").toLocalTime();  // 10:56:56
 * PrintedTime.read("오후 3:20").toLocalTime();        // 15:20
 * }</pre>
 *
 * <p>Shapes: {@code H:mm[:ss]} with spaces allowed around the colons ({@code 20: 11}), {@code H시 m분[ s초]},
 * and the time part of fourteen digits standing alone ({@code yyyyMMddHHmmss}). {@code 오후} or {@code PM}
 * before an hour below 12, or {@code PM} after the time ({@code 02:56PM}), adds 12; {@code 오전} or {@code AM}
 * with 12 makes it 0. A missing second is 0.
 *
 * @param hour the hour as printed (after AM/PM)
 * @param minute the minute as printed
 * @param second the second as printed, 0 when none
 */
public record PrintedTime(int hour, int minute, int second) {
  private static final Pattern COLON = Pattern.compile(
      "(오전|오후|AM|PM)?\\s*(?<!\\d)(\\d{1,2})\\s*:\\s*(\\d{2})(?:\\s*:\\s*(\\d{2}))?(?!\\d)(?:\\s*([AP])\\.?M\\b\\.?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern KOREAN = Pattern.compile(
      "(오전|오후)?\\s*(?<!\\d)(\\d{1,2})\\s*시\\s*(\\d{1,2})\\s*분(?:\\s*(\\d{1,2})\\s*초)?");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(?:19|20)\\d{6}(\\d{2})(\\d{2})(\\d{2})(?!\\d)");

  /**
   * A time found in a text, and where: {@code text.substring(start, end)} is what was read.
   *
   * @param time the time as printed
   * @param start the index of its first character
   * @param end the index just after its last character
   */
  public record Found(PrintedTime time, int start, int end) {}

  /** The first time {@code text} shows, or {@code null} when it shows no hour and minute. */
  public static @Nullable PrintedTime read(@Nullable String text) {
    Found found = find(text);
    return found == null ? null : found.time();
  }

  /** The first time {@code text} shows, with where it stands, or {@code null}. */
  public static @Nullable Found find(@Nullable CharSequence text) {
    if (text == null || text.length() < 3) {
      return null;
    }
    Found best = null;
    int at = Integer.MAX_VALUE;
    Matcher m = COLON.matcher(text);
    if (m.find()) {
      at = m.start(2);
      String half = m.group(1) != null ? m.group(1) : m.group(5) == null ? null : m.group(5) + "M";
      best = new Found(of(half, m.group(2), m.group(3), m.group(4)), m.start(), m.end());
    }
    m = KOREAN.matcher(text);
    if (m.find() && m.start(2) < at) {
      at = m.start(2);
      best = new Found(of(m.group(1), m.group(2), m.group(3), m.group(4)), m.start(), m.end());
    }
    m = COMPACT.matcher(text);
    if (m.find() && m.start() < at) {
      best = new Found(of(null, m.group(1), m.group(2), m.group(3)), m.start(), m.end());
    }
    return best;
  }

  /** The time, or {@code null} when no such time of day exists. */
  public @Nullable LocalTime toLocalTime() {
    try {
      return LocalTime.of(hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code HH:mm:ss} of the parts as printed. */
  public String iso() {
    return String.format(Locale.ROOT, "%02d:%02d:%02d", hour, minute, second);
  }

  private static PrintedTime of(@Nullable String half, String hour, String minute, @Nullable String second) {
    int h = Integer.parseInt(hour);
    if (half != null) {
      boolean pm = half.equals("오후") || half.equalsIgnoreCase("PM");
      if (pm && h < 12) {
        h += 12;
      } else if (!pm && h == 12) {
        h = 0;
      }
    }
    return new PrintedTime(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
  }
}
