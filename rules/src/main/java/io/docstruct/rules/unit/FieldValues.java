package io.docstruct.rules.unit;

import io.docstruct.document.Field;
import io.docstruct.number.KoreanNumber;
import io.docstruct.number.PrintedDate;
import io.docstruct.number.PrintedMonth;
import io.docstruct.number.PrintedTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Korean numbers, dates and times out of OCR fields: the provider's normalized value first, the printed
 * text when there is none or it does not parse. Amounts, dates, times and card expiries are read by the core
 * readers verification uses ({@link KoreanNumber}, {@link PrintedDate}, {@link PrintedTime}, {@link
 * PrintedMonth}), so an entity holds what the report checked; quantities, which may have a decimal comma
 * ({@code 1,5}), by their own rule. Amounts are won: {@code 1,600}, {@code 16.960} (a dot as thousands
 * separator), {@code 3,984원}, {@code (1,000)}, {@code -3,00} (a lost digit: read as −300), {@code +2,000}.
 */
final class FieldValues {
  /** A sign, then digits with any of {@code , . space} between them. */
  private static final Pattern AMOUNT = Pattern.compile("([+\\-−])?\\s*(\\d[\\d,.\\s]*)");
  private static final Pattern QUANTITY = Pattern.compile("([+-])?\\s*(\\d+(?:[.,]\\d+)*)");

  private FieldValues() {}

  /** A won amount from a field, or {@code null} when neither value holds a number. */
  static @Nullable BigDecimal amount(@Nullable Field field) {
    if (field == null) {
      return null;
    }
    BigDecimal normalized = amount(field.normalized());
    return normalized != null ? normalized : amount(field.text());
  }

  /**
   * A won amount from text, read as verification reads it ({@link KoreanNumber#readLenient}: {@code 16.960} is
   * 16960, {@code (1,000)} is −1000, {@code -3,00} is −300); in a longer text ({@code 12,000원 (부가세 포함)}),
   * its first number.
   */
  static @Nullable BigDecimal amount(@Nullable String text) {
    if (text == null) {
      return null;
    }
    BigDecimal whole = KoreanNumber.readLenient(text).value();
    if (whole != null) {
      return whole;
    }
    Matcher m = AMOUNT.matcher(text);
    if (!m.find()) {
      return null;
    }
    String number = (m.group(1) == null ? "" : m.group(1)) + m.group(2).replaceAll("[,.\\s]+$", "");
    return KoreanNumber.readLenient(number).value();
  }

  /** A quantity ({@code 2}, {@code 1.5}, {@code +2,000} → 2000), or {@code null}. */
  static @Nullable BigDecimal quantity(@Nullable Field field) {
    if (field == null) {
      return null;
    }
    BigDecimal normalized = quantity(field.normalized());
    return normalized != null ? normalized : quantity(field.text());
  }

  private static @Nullable BigDecimal quantity(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = QUANTITY.matcher(text.strip());
    if (!m.find()) {
      return null;
    }
    String number = m.group(2);
    // "2,000" and "1.500" are thousands; "1.5" is a fraction.
    if (number.matches("\\d{1,3}([.,]\\d{3})+")) {
      number = number.replaceAll("[.,]", "");
    } else {
      number = number.replace(',', '.');
      if (number.chars().filter(c -> c == '.').count() > 1) {
        return null;
      }
    }
    BigDecimal value = new BigDecimal(number);
    return "-".equals(m.group(1)) ? value.negate() : value;
  }

  /**
   * A full date ({@code 2020-04-16}, {@code 2011.3. 6.}, {@code 2017 년 06 월 29일}, {@code 1987/02/01},
   * {@code 20-09-26}): the normalized value first, then the text, as {@link PrintedDate} reads them; {@code
   * null} when neither shows a day that exists.
   */
  static @Nullable LocalDate date(@Nullable Field field) {
    if (field == null) {
      return null;
    }
    LocalDate normalized = date(field.normalized());
    return normalized != null ? normalized : date(field.text());
  }

  static @Nullable LocalDate date(@Nullable String text) {
    PrintedDate d = PrintedDate.read(text);
    return d == null ? null : d.toLocalDate();
  }

  /** A time ({@code 20:11:00}, {@code 20: 11}, {@code 21시 17분}) as {@link PrintedTime} reads it, or {@code null}. */
  static @Nullable LocalTime time(@Nullable Field field) {
    if (field == null) {
      return null;
    }
    LocalTime normalized = time(field.normalized());
    return normalized != null ? normalized : time(field.text());
  }

  static @Nullable LocalTime time(@Nullable String text) {
    PrintedTime t = PrintedTime.read(text);
    return t == null ? null : t.toLocalTime();
  }

  /** A card's valid-thru month ({@code 12/27}, {@code 12/2027}) as {@link PrintedMonth} reads it, or {@code null}. */
  static @Nullable YearMonth monthYear(@Nullable Field field) {
    PrintedMonth printed = field == null ? null : PrintedMonth.read(field.value());
    return printed == null ? null : printed.toYearMonth();
  }

  /** The field's value stripped, or {@code null} when absent or blank. */
  static @Nullable String text(@Nullable Field field) {
    if (field == null) {
      return null;
    }
    String value = field.value().strip();
    return value.isEmpty() ? null : value;
  }

  /** The field's printed text stripped (never the normalized value), or {@code null}. */
  static @Nullable String printed(@Nullable Field field) {
    if (field == null) {
      return null;
    }
    String value = field.text().strip();
    return value.isEmpty() ? null : value;
  }
}
