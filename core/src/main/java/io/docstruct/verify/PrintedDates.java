package io.docstruct.verify;

import io.docstruct.document.Field;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Dates and times as printed ({@code 2011.3. 6.}, {@code 2017 년 06 월 29일}, {@code 20: 11}), checked for existence. */
final class PrintedDates {
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private PrintedDates() {}

  /** The three numbers of a printed date (year first), or {@code null} when it does not hold three. */
  static int @Nullable [] parts(Field field) {
    String normalized = field.normalized();
    String source = normalized != null && normalized.matches("\\d{4}-\\d{2}-\\d{2}") ? normalized : field.text();
    List<Integer> n = new ArrayList<>();
    Matcher m = NUMBER.matcher(source);
    while (m.find() && n.size() < 4) {
      if (m.group().length() > 4) {
        return null;
      }
      n.add(Integer.parseInt(m.group()));
    }
    if (n.size() != 3) {
      return null;
    }
    int year = n.get(0) < 100 ? 2000 + n.get(0) : n.get(0);
    return new int[] {year, n.get(1), n.get(2)};
  }

  /** Adds a {@link Check#DATE} finding for a printed date and returns it when it exists. */
  static @Nullable LocalDate check(FindingList out, String path, @Nullable Field field, LocalDate today) {
    if (field == null) {
      return null;
    }
    int[] p = parts(field);
    if (p == null) {
      out.add(Check.DATE, path, Status.UNVERIFIABLE, Severity.INFO, "year, month and day", field.text(),
          "the date does not show a year, month and day", field.polygons());
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(p[0], p[1], p[2]);
    } catch (DateTimeException e) {
      out.add(Check.DATE, path, Status.FAIL, Severity.ERROR, "a calendar date", field.text(),
          "no such day: " + p[0] + "-" + p[1] + "-" + p[2], field.polygons());
      return null;
    }
    if (date.isAfter(today)) {
      out.add(Check.DATE, path, Status.FAIL, Severity.WARNING, "on or before " + today, date.toString(),
          "the date " + date + " is in the future", field.polygons());
      return date;
    }
    out.add(Check.DATE, path, Status.PASS, Severity.INFO, null, date.toString(), "the date " + date + " exists",
        field.polygons());
    return date;
  }

  /** Adds a {@link Check#DATE} finding for a printed time ({@code 20: 11}, {@code 09:05:30}). */
  static void checkTime(FindingList out, String path, @Nullable Field field) {
    if (field == null) {
      return;
    }
    List<Integer> n = new ArrayList<>();
    Matcher m = NUMBER.matcher(field.text());
    while (m.find()) {
      n.add(m.group().length() > 2 ? -1 : Integer.parseInt(m.group()));
    }
    if (n.size() < 2 || n.size() > 3 || n.contains(-1)) {
      out.add(Check.DATE, path, Status.UNVERIFIABLE, Severity.INFO, "HH:mm[:ss]", field.text(),
          "the time does not show hours and minutes", field.polygons());
      return;
    }
    try {
      LocalTime t = LocalTime.of(n.get(0), n.get(1), n.size() == 3 ? n.get(2) : 0);
      out.add(Check.DATE, path, Status.PASS, Severity.INFO, null, t.toString(), "the time " + t + " exists",
          field.polygons());
    } catch (DateTimeException e) {
      out.add(Check.DATE, path, Status.FAIL, Severity.ERROR, "a time of day", field.text(),
          "no such time of day", field.polygons());
    }
  }
}
