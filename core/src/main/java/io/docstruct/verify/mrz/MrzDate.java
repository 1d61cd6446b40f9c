package io.docstruct.verify.mrz;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A {@code YYMMDD} date of the MRZ with its century resolved (see {@link MrzDates}).
 *
 * <pre>{@code
 * MrzDate dob = mrz.dateOfBirth();
 * if (dob.state() == MrzDate.State.VALID) System.out.println(dob.date()); // 1987-02-01
 * }</pre>
 *
 * @param raw the six characters as printed (fewer on a short line)
 * @param state whether the date is real, unknown or impossible
 * @param date the full date when {@link State#VALID}, else {@code null}
 */
public record MrzDate(String raw, State state, @Nullable LocalDate date) {

  /** What a {@code YYMMDD} field holds. */
  public enum State {
    /** A real calendar date. */
    VALID,
    /** All or part is filler ({@code <}): ICAO Part 3 §4.8 allows this for an unknown date of birth. */
    UNKNOWN,
    /** Not six digits, or no such day (month 13, 30 February…). */
    INVALID
  }
}
