package io.docstruct.verify.mrz;

import io.docstruct.verify.Status;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decoded machine-readable zone with every check digit recomputed. Values are as printed, with trailing
 * filler removed; nothing is repaired (see {@link MrzRepair} for the opt-in repair).
 *
 * <pre>{@code
 * Mrz mrz = MrzParser.create(Clock.systemUTC()).parse(List.of(line1, line2));
 * mrz.format();               // TD3
 * mrz.primaryIdentifier();    // "ERIKSSON"
 * mrz.secondaryIdentifier();  // "ANNA MARIA"
 * boolean ok = mrz.valid();
 * }</pre>
 *
 * @param format the layout the lines were read as (a best guess when {@link #lengthOk()} is false)
 * @param lines the lines as given
 * @param lengthOk whether the line count and every line length fit {@code format}
 * @param documentCode document code, 2 characters ({@code P<}, {@code PM}, {@code I<})
 * @param issuingState issuing state or organisation, 3 characters as printed ({@code D<<}, {@code UTO})
 * @param primaryIdentifier the primary identifier (surname), fillers as spaces
 * @param secondaryIdentifier the secondary identifier (given names), fillers as spaces; empty when none
 * @param nameTruncated whether the name field's last position holds a letter, so the name may have been
 *     truncated (Part 4 §4.2.3)
 * @param documentNumber document number, including a long number's overflow (TD1/TD2, Part 5 note j)
 * @param nationality nationality, 3 characters as printed
 * @param dateOfBirth date of birth, century resolved
 * @param sex {@code M}, {@code F}, {@code <} or whatever was printed there
 * @param dateOfExpiry date of expiry (valid-until for visas), century resolved
 * @param optionalData the personal number (TD3) or optional data (TD1 line 1, TD2, visas), trailing filler
 *     removed; for a long document number the part after its check digit
 * @param optionalData2 TD1 line 2 optional data, trailing filler removed; empty for other layouts
 * @param checkDigits every check digit the layout has, in line order
 * @param invalidCharacters where characters outside {@code A–Z 0–9 <} occur ({@code "line 2, pos 5"})
 */
public record Mrz(
    MrzFormat format,
    List<String> lines,
    boolean lengthOk,
    String documentCode,
    String issuingState,
    String primaryIdentifier,
    String secondaryIdentifier,
    boolean nameTruncated,
    String documentNumber,
    String nationality,
    MrzDate dateOfBirth,
    String sex,
    MrzDate dateOfExpiry,
    String optionalData,
    String optionalData2,
    List<MrzCheckDigit> checkDigits,
    List<String> invalidCharacters) {

  public Mrz {
    lines = List.copyOf(lines);
    checkDigits = List.copyOf(checkDigits);
    invalidCharacters = List.copyOf(invalidCharacters);
  }

  /**
   * {@code true} when the lengths fit, every character is an MRZ character, every check digit passes and
   * neither date is impossible.
   */
  public boolean valid() {
    return lengthOk
        && invalidCharacters.isEmpty()
        && checkDigits.stream().allMatch(c -> c.status() == Status.PASS)
        && dateOfBirth.state() != MrzDate.State.INVALID
        && dateOfExpiry.state() != MrzDate.State.INVALID;
  }

  /** The check digit of {@code kind}, or {@code null} when the layout has none. */
  public @Nullable MrzCheckDigit checkDigit(MrzCheckDigit.Kind kind) {
    for (MrzCheckDigit cd : checkDigits) {
      if (cd.kind() == kind) {
        return cd;
      }
    }
    return null;
  }
}
