package io.docstruct.clova.model.document.passport;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code passport.passportResult}: values decoded from the MRZ, as the service reports them. Nothing is checked or recomputed here: the example's check digits are all {@code 0} and its lines are 46 characters long.
 *
 * <pre>{@code
 * String lines = result.mrzLines().rawText(); // "PMKORHONG<<GILSOON<<<…\nM123A45670KOR…"
 * }</pre>
 *
 * @param documentClassCode document code (refined {@code "Passport"})
 * @param issuingStateCode issuing state
 * @param firstName first name field as the service labels it (the MRZ primary identifier)
 * @param lastName1 last name 1 as the service labels it
 * @param lastName2 last name 2
 * @param documentNumber passport number
 * @param checkDigitForDocumentNumber check digit of the number
 * @param nationality nationality
 * @param dateOfBirth date of birth (raw YYMMDD)
 * @param age age; refinedText is an integer
 * @param checkDigitForDateOfBirth check digit of the birth date
 * @param gender sex
 * @param dateOfExpiry date of expiry (raw YYMMDD)
 * @param checkDigitForDateOfExpiry check digit of the expiry date
 * @param personalNumber personal number (personal data)
 * @param checkDigitForPersonalNumber check digit of the personal number
 * @param finalCheckDigit composite check digit
 * @param mrzType MRZ format (refined {@code "ID-3"} = TD3)
 * @param mrzLines the MRZ lines joined by a newline (personal data)
 * @param isExpired whether the passport has expired; refinedText is a boolean
 */
public record PassportResult(
    @Nullable MrzValue documentClassCode,
    @Nullable MrzValue issuingStateCode,
    @Nullable MrzValue firstName,
    @Nullable MrzValue lastName1,
    @Nullable MrzValue lastName2,
    @Nullable MrzValue documentNumber,
    @Nullable MrzValue checkDigitForDocumentNumber,
    @Nullable MrzValue nationality,
    @Nullable MrzValue dateOfBirth,
    @Nullable MrzValue age,
    @Nullable MrzValue checkDigitForDateOfBirth,
    @Nullable MrzValue gender,
    @Nullable MrzValue dateOfExpiry,
    @Nullable MrzValue checkDigitForDateOfExpiry,
    @Nullable MrzValue personalNumber,
    @Nullable MrzValue checkDigitForPersonalNumber,
    @Nullable MrzValue finalCheckDigit,
    @Nullable MrzValue mrzType,
    @Nullable MrzValue mrzLines,
    @JsonProperty("isExpired") @Nullable MrzValue isExpired) {
}
