package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values a passport's MRZ was decoded into, as the provider reports them: {@link Field#text()} is the
 * provider's {@code rawText} and {@link Field#normalized()} its {@code refinedText} as a string ({@code "36"} for
 * {@code age}, {@code "false"} for {@code isExpired}). Nothing is checked here: the provider's check digits and
 * name split can be wrong, so verification recomputes from {@link #mrzLineTexts()}. {@code toString()} masks the
 * personal number and the MRZ.
 *
 * <pre>{@code
 * PassportFields p = (PassportFields) page.fields();
 * List<String> lines = p.mrzLineTexts(); // two lines of the data page
 * String age = p.age().normalized();    // "36"
 * }</pre>
 *
 * @param documentClassCode document code
 * @param issuingStateCode issuing state
 * @param firstName the value the provider labels first name (the MRZ primary identifier, i.e. the surname, on the example)
 * @param lastName1 the value the provider labels last name 1 (the secondary identifier on the example)
 * @param lastName2 last name 2
 * @param documentNumber passport number
 * @param checkDigitForDocumentNumber check digit of the number, as read
 * @param nationality nationality
 * @param dateOfBirth date of birth (text YYMMDD, normalized as the provider refined it)
 * @param age age (normalized from an integer)
 * @param checkDigitForDateOfBirth check digit of the birth date, as read
 * @param gender sex
 * @param dateOfExpiry date of expiry
 * @param checkDigitForDateOfExpiry check digit of the expiry date, as read
 * @param personalNumber personal number (personal data)
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
