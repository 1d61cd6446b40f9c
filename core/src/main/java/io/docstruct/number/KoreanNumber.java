package io.docstruct.number;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the numbers printed in Korean receipts and tables: {@code 1,600}, {@code 16.960}, {@code 3,984원},
 * {@code ₩ 12,000}, {@code +2,000}, {@code (1,000)}. A text that is not cleanly a number reads as empty,
 * never as 0, and {@link #read(String)} says why.
 *
 * <pre>{@code
 * KoreanNumber.parse("3,984원");   // Optional[3984]
 * KoreanNumber.parse("16.960");    // Optional[16960]  (a dot used as thousands separator)
 * KoreanNumber.parse("-3,00");     // Optional.empty   (a comma group of two digits)
 * KoreanNumber.read("-3,00").problem(); // "comma group \"00\" has 2 digits, not 3 (a digit lost in OCR?)"
 * }</pre>
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>All whitespace is removed ({@code "1 600"} is 1600). A leading currency sign ({@code ₩}, {@code ￦},
 *       or {@code \}, which is how ₩ shows in Korean code pages) and a trailing {@code 원} are removed.
 *   <li>One leading sign is read: {@code +}, {@code -} or {@code −} (U+2212). A number wrapped in
 *       parentheses, {@code (1,000)}, is negative (accounting style). Signs and parentheses together are
 *       refused.
 *   <li>Commas are thousands separators: the first group has 1–3 digits and every later group exactly 3. A
 *       decimal part may follow the last group ({@code 1,234.5}).
 *   <li>A dot is a thousands separator when every dot is followed by exactly three digits, the first group
 *       has 1–3 digits not starting with {@code 0}, and there is no comma: {@code 16.960} is 16960 and
 *       {@code 1.234.567} is 1234567. Won amounts have no fractions, and CLOVA itself formats {@code 16.960}
 *       as {@code 16960}. Any other single dot is a decimal point ({@code 0.5}, {@code 12.50}, {@code
 *       0.125}).
 *   <li>Anything else is not a number. In particular a comma group of other than three digits
 *       ({@code -3,00}, seen in real receipts, where CLOVA's own {@code formatted} says −300 although the
 *       printed amount was probably −3,000) is refused rather than guessed: a wrong amount is worse than a
 *       missing one, and the text stays available.
 * </ol>
 *
 * <p>OCR look-alikes ({@code O} for {@code 0}, {@code l} for {@code 1}) are not mapped: a table cell such as
 * {@code B. 일품} must stay text.
 */
public final class KoreanNumber {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d+)+(\\.\\d+)?");
  private static final Pattern DOT_GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern SEPARATED_DIGITS = Pattern.compile("\\d+([.,]\\d+){1,6}");

  private KoreanNumber() {}

  /**
   * The outcome of reading a text: a value, or the reason there is none.
   *
   * <pre>{@code
   * KoreanNumber.Reading r = KoreanNumber.read(cell.text());
   * if (r.value() == null) System.err.println(r.problem());
   * }</pre>
   *
   * @param value the number, or {@code null} when the text is not cleanly a number ({@link
   *     #readLenient(String)} may give a best-effort value together with a problem)
   * @param problem why there is no clean value, or {@code null} when there is one
   */
  public record Reading(@Nullable BigDecimal value, @Nullable String problem) {

    static Reading of(BigDecimal value) {
      return new Reading(value, null);
    }

    static Reading refused(String problem) {
      return new Reading(null, problem);
    }
  }

  /**
   * The number in {@code text}, or empty when it is not cleanly a number (never 0 for non-numbers).
   *
   * @param text a cell or field text
   * @return the value, exact
   */
  public static Optional<BigDecimal> parse(String text) {
    return Optional.ofNullable(read(text).value());
  }

  private static String withoutSpaces(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean space = Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u3000';
      if (space && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!space && sb != null) {
        sb.append(ch);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Reads {@code text} and explains a refusal.
   *
   * @param text a cell or field text
   * @return the value, or the reason there is none
   */
  public static Reading read(String text) {
    Body body = body(text);
    if (body.problem() != null) {
      return Reading.refused(body.problem());
    }
    String s = body.digits();
    String plain;
    if (DIGITS.matcher(s).matches()) {
      plain = s;
    } else if (COMMA_GROUPED.matcher(s).matches()) {
      int dot = s.indexOf('.');
      String integer = dot < 0 ? s : s.substring(0, dot);
      String[] groups = integer.split(",");
      for (int i = 1; i < groups.length; i++) {
        if (groups[i].length() != 3) {
          return Reading.refused(
              "comma group \""
                  + groups[i]
                  + "\" has "
                  + groups[i].length()
                  + " digits, not 3 (a digit lost in OCR?)");
        }
      }
      plain = s.replace(",", "");
    } else if (DOT_GROUPED.matcher(s).matches()) {
      plain = s.replace(".", "");
    } else if (DECIMAL.matcher(s).matches()) {
      plain = s;
    } else {
      return Reading.refused("not a number");
    }
    BigDecimal value = new BigDecimal(plain);
    return Reading.of(body.negative() ? value.negate() : value);
  }

  /**
   * Like {@link #read(String)}, for checks that report on an amount rather than store it: a text whose only
   * fault is its separator groups ({@code -3,00}) reads as its digits in order (−300, which is also what
   * CLOVA's own {@code formatted} value says), and the fault stays in {@link Reading#problem()}. A value
   * with a problem is a best effort to be reported as such, never a clean number.
   *
   * <pre>{@code
   * KoreanNumber.Reading r = KoreanNumber.readLenient("-3,00");   // value -300, problem "comma group …"
   * }</pre>
   *
   * @param text a field text
   * @return a clean value (problem {@code null}), a best-effort value with its problem, or no value
   */
  public static Reading readLenient(String text) {
    Reading strict = read(text);
    if (strict.value() != null) {
      return strict;
    }
    Body body = body(text);
    if (body.problem() != null || !SEPARATED_DIGITS.matcher(body.digits()).matches()) {
      return strict;
    }
    BigDecimal digits = new BigDecimal(body.digits().replace(",", "").replace(".", ""));
    return new Reading(body.negative() ? digits.negate() : digits, strict.problem());
  }

  /** The text without spaces, currency and sign: the digits and separators left, and the sign read. */
  private record Body(String digits, boolean negative, @Nullable String problem) {}

  private static Body body(String text) {
    String s = withoutSpaces(text);
    if (s.isEmpty()) {
      return new Body(s, false, "empty");
    }
    if (s.startsWith("₩") || s.startsWith("￦") || s.startsWith("\\")) {
      s = s.substring(1);
    }
    if (s.endsWith("원")) {
      s = s.substring(0, s.length() - 1);
    }
    boolean negative = false;
    boolean parenthesised = s.length() > 2 && s.startsWith("(") && s.endsWith(")");
    if (parenthesised) {
      s = s.substring(1, s.length() - 1);
      negative = true;
    }
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-' || s.charAt(0) == '−')) {
      if (parenthesised) {
        return new Body(s, true, "both a sign and parentheses");
      }
      negative = s.charAt(0) != '+';
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      return new Body(s, negative, "no digits");
    }
    return new Body(s, negative, null);
  }
}
