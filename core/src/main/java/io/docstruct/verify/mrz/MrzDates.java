package io.docstruct.verify.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Century inference for MRZ dates. ICAO defines none; the rules follow romanmazeev/MRZParser, refined to
 * compare full dates:
 *
 * <ul>
 *   <li>birth: {@code 20YY}, unless that date is after {@code today}, then {@code 19YY};
 *   <li>expiry: {@code 20YY}, unless that year is {@code today.year + 50} or later, then {@code 19YY}.
 * </ul>
 *
 * <pre>{@code
 * LocalDate today = LocalDate.of(2025, 6, 1);
 * MrzDates.birth("870201", today).date();   // 1987-02-01
 * MrzDates.expiry("300815", today).date();  // 2030-08-15
 * MrzDates.birth("88<<<<", today).state();  // UNKNOWN
 * }</pre>
 */
public final class MrzDates {
  private MrzDates() {}

  /** A date of birth: never after {@code today}. */
  public static MrzDate birth(String yymmdd, LocalDate today) {
    return resolve(yymmdd, today, true);
  }

  /** A date of expiry: less than 50 years after {@code today}'s year. */
  public static MrzDate expiry(String yymmdd, LocalDate today) {
    return resolve(yymmdd, today, false);
  }

  private static MrzDate resolve(String raw, LocalDate today, boolean birth) {
    if (raw.length() != 6) {
      return new MrzDate(raw, MrzDate.State.INVALID, null);
    }
    if (raw.indexOf('<') >= 0) {
      for (int i = 0; i < 6; i++) {
        char c = raw.charAt(i);
        if (c != '<' && (c < '0' || c > '9')) {
          return new MrzDate(raw, MrzDate.State.INVALID, null);
        }
      }
      return new MrzDate(raw, MrzDate.State.UNKNOWN, null);
    }
    for (int i = 0; i < 6; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return new MrzDate(raw, MrzDate.State.INVALID, null);
      }
    }
    int yy = Integer.parseInt(raw.substring(0, 2));
    int mm = Integer.parseInt(raw.substring(2, 4));
    int dd = Integer.parseInt(raw.substring(4, 6));
    int year = 2000 + yy;
    if (birth) {
      LocalDate candidate = date(year, mm, dd);
      if (candidate == null || candidate.isAfter(today)) {
        year -= 100;
      }
    } else if (year >= today.getYear() + 50) {
      year -= 100;
    }
    LocalDate date = date(year, mm, dd);
    return date == null
        ? new MrzDate(raw, MrzDate.State.INVALID, null)
        : new MrzDate(raw, MrzDate.State.VALID, date);
  }

  private static @Nullable LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
