package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.number.PrintedDate;
import io.docstruct.number.PrintedTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates and times as printed ({@code 2011.3. 6.}, {@code 2017 년 06 월 29일}, {@code 20-09-26}, {@code 20: 11}),
 * checked for existence. The value is the field's normalized date when it has one (the reader fills it from
 * the text when the provider's parts were incomplete), else what {@link PrintedDate} reads from the text.
 */
final class PrintedDates {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private PrintedDates() {}

  /** The date a field holds as year, month and day (not necessarily an existing day), or {@code null}. */
  static @Nullable PrintedDate parts(Field field) {
    String normalized = field.normalized();
    if (normalized != null && ISO_DATE.matcher(normalized).matches()) {
      String[] p = normalized.split("-");
      return new PrintedDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
    return PrintedDate.read(field.text());
  }

  /** Adds a {@link Check#DATE} finding for a printed date and returns it when it exists. */
  static @Nullable LocalDate check(FindingList out, String path, @Nullable Field field, LocalDate today) {
    if (field == null) {
      return null;
    }
    PrintedDate p = parts(field);
    if (p == null) {
      out.add(Check.DATE, path, Status.UNVERIFIABLE, Severity.INFO, "year, month and day", field.text(),
          "the date does not show a year, month and day", field.polygons());
      return null;
    }
    LocalDate date = p.toLocalDate();
    if (date == null) {
      out.add(Check.DATE, path, Status.FAIL, Severity.ERROR, "a calendar date", field.text(),
          "no such day: " + p.year() + "-" + p.month() + "-" + p.day(), field.polygons());
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
    String normalized = field.normalized();
    PrintedTime p = PrintedTime.read(normalized != null ? normalized : field.text());
    if (p == null && normalized != null) {
      p = PrintedTime.read(field.text());
    }
    if (p == null) {
      out.add(Check.DATE, path, Status.UNVERIFIABLE, Severity.INFO, "HH:mm[:ss]", field.text(),
          "the time does not show hours and minutes", field.polygons());
      return;
    }
    LocalTime t = p.toLocalTime();
    if (t == null) {
      out.add(Check.DATE, path, Status.FAIL, Severity.ERROR, "a time of day", field.text(),
          "no such time of day", field.polygons());
      return;
    }
    out.add(Check.DATE, path, Status.PASS, Severity.INFO, null, t.toString(), "the time " + t + " exists",
        field.polygons());
  }
}
