package io.docstruct.verify;

import io.docstruct.document.Field;
import io.docstruct.verify.mrz.MrzDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * What a passport answer computed at its own time ({@code age}, {@code isExpired}) against the MRZ dates. The
 * response's timestamp is an instant, and the provider's calendar day is not known: on the days around it
 * (UTC−12 to UTC+14 lie within one day of UTC) either answer may be right. Whether a passport is expired on
 * its expiry day itself is not agreed either. A value is a mismatch only when no such reading gives it.
 */
final class ProviderDates {
  private ProviderDates() {}

  static void age(FindingList out, String path, @Nullable Field age, MrzDate birth, Instant responseTime) {
    if (age == null || age.normalized() == null || birth.state() != MrzDate.State.VALID || birth.date() == null) {
      return;
    }
    LocalDate utc = LocalDate.ofInstant(responseTime, ZoneOffset.UTC);
    // The age only changes on a birthday, so the day before and the day after give at most two values.
    int earliest = Period.between(birth.date(), utc.minusDays(1)).getYears();
    int latest = Period.between(birth.date(), utc.plusDays(1)).getYears();
    String possible = earliest == latest ? String.valueOf(earliest) : earliest + " or " + latest;
    String given = age.normalized().strip();
    boolean ok = given.equals(String.valueOf(earliest)) || given.equals(String.valueOf(latest));
    String expected = possible;
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        expected, given, "age on " + utc + " (the response's timestamp, ± 1 day for the provider's time zone)"
            + " from the MRZ birth date " + birth.date(), age.polygons());
  }

  static void expired(FindingList out, String path, @Nullable Field expired, MrzDate expiry, Instant responseTime) {
    if (expired == null || expired.normalized() == null || expiry.state() != MrzDate.State.VALID
        || expiry.date() == null) {
      return;
    }
    LocalDate utc = LocalDate.ofInstant(responseTime, ZoneOffset.UTC);
    // Least expired: strictly before the day before; most expired: on or before the day after.
    boolean least = expiry.date().isBefore(utc.minusDays(1));
    boolean most = !expiry.date().isAfter(utc.plusDays(1));
    String given = expired.normalized().strip();
    boolean ok = given.equals(String.valueOf(least)) || given.equals(String.valueOf(most));
    String possible = least == most ? String.valueOf(least) : "false or true";
    out.add(Check.MRZ_CROSS_CHECK, path, ok ? Status.PASS : Status.FAIL, ok ? Severity.INFO : Severity.WARNING,
        possible, given,
        "expired or not on " + utc + " (the response's timestamp, ± 1 day, the expiry day itself either way) by the"
            + " MRZ expiry " + expiry.date(),
        expired.polygons());
  }
}
