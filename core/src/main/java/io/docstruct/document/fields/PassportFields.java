package io.docstruct.document.fields;

import io.docstruct.document.Field;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values a passport's MRZ was decoded into, as the provider reports them: {@link Field#text()} is the
 * provider's {@code rawText} and {@link Field#normalized()} its {@code refinedText} as a string ({@code "36"} for
 * {@code age}, {@code "false"} for {@code isExpired}). Nothing is checked here: the provider's check digits can
 * be wrong, so verification recomputes from {@link #mrzLineTexts()}. {@code toString()} masks the personal
 * number and the MRZ.
 *
 * <p><b>CLOVA's name fields.</b> CLOVA labels the MRZ's primary identifier (the surname, {@code HONG} of
 * {@code HONG<<GILSOON}) {@code firstName} and the secondary identifier (the given names) {@code lastName1},
 * with {@code lastName2} {@code "-"} when there is nothing more; real Korean passports come back that way.
 * Read names through {@link #surname()} and {@link #givenNames()}, which give them their MRZ meaning (ICAO
 * Doc 9303 Part 4 §4.2.2), rather than by the provider's labels. The personal number is returned with the
 * MRZ's fillers as text ({@code <<<<<<<<<<<<<<} when the passport has none); {@link #personalNumberValue()}
 * reads the fillers as absence.
 *
 * <pre>{@code
 * PassportFields p = (PassportFields) page.fields();
 * List<String> lines = p.mrzLineTexts();  // two lines of the data page
 * String surname = p.surname().text();    // "HONG" (CLOVA's firstName)
 * String given = p.givenNames().text();   // "GILSOON" (CLOVA's lastName1, and lastName2 when it holds more)
 * String age = p.age().normalized();     // "36"
 * }</pre>
 *
 * @param documentClassCode document code
 * @param issuingStateCode issuing state
 * @param firstName what CLOVA labels first name: the MRZ primary identifier, i.e. the surname (see {@link
 *     #surname()})
 * @param lastName1 what CLOVA labels last name 1: the MRZ secondary identifier, i.e. the given names (see {@link
 *     #givenNames()})
 * @param lastName2 what CLOVA labels last name 2: more of the given names, {@code "-"} when none
 * @param documentNumber passport number
 * @param checkDigitForDocumentNumber check digit of the number, as read
 * @param nationality nationality
 * @param dateOfBirth date of birth (text YYMMDD, normalized as the provider refined it)
 * @param age age (normalized from an integer)
 * @param checkDigitForDateOfBirth check digit of the birth date, as read
 * @param gender sex
 * @param dateOfExpiry date of expiry
 * @param checkDigitForDateOfExpiry check digit of the expiry date, as read
 * @param personalNumber personal number (personal data), the MRZ's fillers included
 * @param checkDigitForPersonalNumber check digit of the personal number, as read
 * @param finalCheckDigit composite check digit, as read
 * @param mrzType MRZ format ({@code ID-3} = TD3)
 * @param mrzLines the MRZ lines joined by a newline (personal data)
 * @param isExpired whether the passport has expired (normalized {@code true}/{@code false})
 */
public record PassportFields(
    @Nullable Field documentClassCode,
    @Nullable Field issuingStateCode,
    @Nullable Field firstName,
    @Nullable Field lastName1,
    @Nullable Field lastName2,
    @Nullable Field documentNumber,
    @Nullable Field checkDigitForDocumentNumber,
    @Nullable Field nationality,
    @Nullable Field dateOfBirth,
    @Nullable Field age,
    @Nullable Field checkDigitForDateOfBirth,
    @Nullable Field gender,
    @Nullable Field dateOfExpiry,
    @Nullable Field checkDigitForDateOfExpiry,
    @Nullable Field personalNumber,
    @Nullable Field checkDigitForPersonalNumber,
    @Nullable Field finalCheckDigit,
    @Nullable Field mrzType,
    @Nullable Field mrzLines,
    @Nullable Field isExpired)
    implements DocumentFields {

  @Override
  public List<NamedField> namedFields() {
    return new NamedFieldList()
        .add("passportResult.documentClassCode", documentClassCode)
        .add("passportResult.issuingStateCode", issuingStateCode)
        .add("passportResult.firstName", firstName)
        .add("passportResult.lastName1", lastName1)
        .add("passportResult.lastName2", lastName2)
        .add("passportResult.documentNumber", documentNumber)
        .add("passportResult.checkDigitForDocumentNumber", checkDigitForDocumentNumber)
        .add("passportResult.nationality", nationality)
        .add("passportResult.dateOfBirth", dateOfBirth)
        .add("passportResult.age", age)
        .add("passportResult.checkDigitForDateOfBirth", checkDigitForDateOfBirth)
        .add("passportResult.gender", gender)
        .add("passportResult.dateOfExpiry", dateOfExpiry)
        .add("passportResult.checkDigitForDateOfExpiry", checkDigitForDateOfExpiry)
        .add("passportResult.personalNumber", personalNumber)
        .add("passportResult.checkDigitForPersonalNumber", checkDigitForPersonalNumber)
        .add("passportResult.finalCheckDigit", finalCheckDigit)
        .add("passportResult.mrzType", mrzType)
        .add("passportResult.mrzLines", mrzLines)
        .add("passportResult.isExpired", isExpired)
        .toList();
  }

  /** The MRZ primary identifier (surname): CLOVA's {@code firstName}; {@code null} when absent. */
  public @Nullable Field surname() {
    return firstName;
  }

  /**
   * The MRZ secondary identifier (given names): CLOVA's {@code lastName1}, followed by its {@code lastName2}
   * when that holds more than the {@code "-"} or fillers CLOVA writes for nothing; {@code null} when neither is
   * there. Components are joined by one space, as in the visual zone ({@code GIL<DONG} in the MRZ).
   */
  public @Nullable Field givenNames() {
    if (lastName2 == null || isEmptyName(lastName2.text())) {
      return lastName1 != null ? lastName1 : lastName2;
    }
    if (lastName1 == null || isEmptyName(lastName1.text())) {
      return lastName2;
    }
    String normalized = lastName1.normalized() == null || lastName2.normalized() == null
        ? null
        : lastName1.normalized().strip() + " " + lastName2.normalized().strip();
    List<Quad> polygons = new ArrayList<>(lastName1.polygons());
    polygons.addAll(lastName2.polygons());
    return new Field(lastName1.text().strip() + " " + lastName2.text().strip(), normalized, null, polygons, null,
        List.of());
  }

  /**
   * The personal number as printed, with the MRZ's fillers ({@code <}) read as absence: {@code ""} when the
   * field holds only fillers (the passport has no personal number), {@code null} when the provider gave no
   * such field. Personal data.
   */
  public @Nullable String personalNumberValue() {
    if (personalNumber == null) {
      return null;
    }
    String text = personalNumber.text().strip();
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '<') {
      end--;
    }
    return text.substring(0, end);
  }

  private static boolean isEmptyName(String text) {
    String t = text.strip();
    return t.isEmpty() || t.equals("-") || t.chars().allMatch(c -> c == '<');
  }

  /**
   * The MRZ lines: {@code mrzLines}' refined text, or its raw text when there is none, split at line breaks,
   * blank lines dropped; empty when the value is absent. Lengths are left as read (the example's are 46).
   */
  public List<String> mrzLineTexts() {
    if (mrzLines == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String line : mrzLines.value().split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return List.copyOf(lines);
  }

  /** Masks the personal number (first 6 / last 1 kept) and the MRZ (fully). */
  @Override
  public String toString() {
    return PersonalNumbers.describe(
        "PassportFields",
        "",
        namedFields(),
        n -> switch (n) {
          case "passportResult.personalNumber" -> PersonalNumbers.Mask.RESIDENT;
          case "passportResult.mrzLines" -> PersonalNumbers.Mask.FULL;
          default -> PersonalNumbers.Mask.NONE;
        });
  }
}
