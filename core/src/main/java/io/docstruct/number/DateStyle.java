package io.docstruct.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one language or country prints dates, as data for {@link PrintedDate}: the orders an all-numeric date may
 * have, most likely first, and the month names a date may spell. Adding a country is a new style, never a new
 * parser.
 *
 * <pre>{@code
 * DateStyle us = DateStyle.of(List.of(DateOrder.MONTH_DAY_YEAR, DateOrder.YEAR_MONTH_DAY), DateStyle.ENGLISH_MONTHS);
 * PrintedDate.read("12/25/2018", us).iso();   // "2018-12-25"
 * PrintedDate.read("DEC 25, 2018", us).iso(); // "2018-12-25"
 * }</pre>
 *
 * <p>Whatever the orders, a date that starts with a four-digit year ({@code 2018-12-25}) and a Korean date
 * ({@code 2018년 12월 25일}) are read year first. A two-digit year takes the POSIX {@code %y} century: 69–99 are
 * 19xx, 00–68 are 20xx.
 *
 * @param orders the numeric orders, most likely first; at least one
 * @param monthNames month names in groups of twelve (January first), upper case; a name matches a printed word
 *     that starts with it ({@code AUG} matches {@code AUGUST})
 */
public record DateStyle(List<DateOrder> orders, List<String> monthNames) {
  /** {@code JAN} … {@code DEC}: English month abbreviations, which also start the full names. */
  public static final List<String> ENGLISH_MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  /**
   * Korean documents: year first only ({@code 20-09-26}, {@code 2017 년 06 월 29일}), and English month
   * abbreviations after a day with a four-digit year, as passports print them ({@code 15 AUG 2030}).
   */
  public static final DateStyle KOREAN = of(List.of(DateOrder.YEAR_MONTH_DAY), ENGLISH_MONTHS);

  public DateStyle {
    orders = List.copyOf(orders);
    if (orders.isEmpty()) {
      throw new IllegalArgumentException("a date style needs at least one order");
    }
    List<String> names = new ArrayList<>(monthNames.size());
    for (String name : monthNames) {
      String upper = Objects.requireNonNull(name, "month name == null").strip().toUpperCase(Locale.ROOT);
      if (upper.isEmpty()) {
        throw new IllegalArgumentException("a month name is blank");
      }
      names.add(upper);
    }
    if (names.size() % 12 != 0) {
      throw new IllegalArgumentException(
          "month names come in groups of twelve, January first; got " + names.size());
    }
    monthNames = List.copyOf(names);
  }

  /** A style of these orders and month names. */
  public static DateStyle of(List<DateOrder> orders, List<String> monthNames) {
    return new DateStyle(orders, monthNames);
  }

  /** Whether some order puts the day or the month first, so that a date may end in its year. */
  boolean yearLast() {
    return orders.contains(DateOrder.DAY_MONTH_YEAR) || orders.contains(DateOrder.MONTH_DAY_YEAR);
  }

  /** The month (1–12) a printed name stands for, or 0. */
  int month(String printed) {
    String upper = printed.toUpperCase(Locale.ROOT);
    for (int i = 0; i < monthNames.size(); i++) {
      if (upper.startsWith(monthNames.get(i))) {
        return i % 12 + 1;
      }
    }
    return 0;
  }

  /** An alternation of the month names for a regular expression, longest first. */
  String monthAlternation() {
    List<String> sorted = new ArrayList<>(monthNames);
    sorted.sort((a, b) -> b.length() - a.length());
    StringBuilder sb = new StringBuilder();
    for (String name : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(name));
    }
    return sb.toString();
  }
}
