package io.docstruct.rules.entity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An identity document: resident card, driver's license, passport or alien card. The personal number is
 * masked ({@code 910623-1******}: birth date and the sex/century digit kept); the full number is present only
 * when the engine was built with {@code revealPersonalNumbers(true)}, and {@code toString()} never prints it.
 *
 * <pre>{@code
 * IdentityDocument id = result.identityDocuments().get(0);
 * id.maskedNumber();   // 910623-1******
 * id.birthDate();      // 1991-06-23 (from the number)
 * }</pre>
 *
 * @param source where it came from
 * @param kind which document
 * @param name the holder's name (passport: surname, space, given names)
 * @param maskedNumber the personal number (주민/외국인등록번호, passport personal number), masked
 * @param personalNumber the same in full, only when revealed
 * @param documentNumber the document's own number (license or passport number), not a personal number
 * @param birthDate date of birth, from the document or the resident number
 * @param sex from the document or the resident number
 * @param issueDate date of issue
 * @param expiryDate date of expiry (license: end of the renewal period)
 * @param nationality nationality as printed ({@code KOR})
 * @param mrzVerdict verification's verdict on the MRZ, {@code null} until findings are given
 */
public record IdentityDocument(
    Source source,
    IdentityKind kind,
    @Nullable String name,
    @Nullable String maskedNumber,
    @Nullable String personalNumber,
    @Nullable String documentNumber,
    @Nullable LocalDate birthDate,
    @Nullable Sex sex,
    @Nullable LocalDate issueDate,
    @Nullable LocalDate expiryDate,
    @Nullable String nationality,
    @Nullable MrzVerdict mrzVerdict) {

  /** Whether the document has an expiry date before {@code today}. For rules. */
  public boolean expiredOn(LocalDate today) {
    return expiryDate != null && expiryDate.isBefore(today);
  }

  /** The same document with a verdict on its MRZ. */
  public IdentityDocument withMrzVerdict(@Nullable MrzVerdict verdict) {
    return new IdentityDocument(
        source, kind, name, maskedNumber, personalNumber, documentNumber, birthDate, sex, issueDate,
        expiryDate, nationality, verdict);
  }

  /** Never prints the full personal number. */
  @Override
  public String toString() {
    return "IdentityDocument[kind=" + kind + ", name=" + name + ", number=" + maskedNumber
        + ", documentNumber=" + documentNumber + ", birthDate=" + birthDate + ", sex=" + sex
        + ", issueDate=" + issueDate + ", expiryDate=" + expiryDate + ", nationality=" + nationality
        + ", mrzVerdict=" + mrzVerdict + "]";
  }
}
