package io.docstruct.rules.entity;

/**
 * The kind of an {@link IdentityDocument}.
 *
 * <pre>{@code
 * if (id.kind() == IdentityKind.DRIVERS_LICENSE) { ... }
 * }</pre>
 */
public enum IdentityKind {
  /** 주민등록증. */
  RESIDENT_REGISTRATION_CARD,
  /** 운전면허증. */
  DRIVERS_LICENSE,
  /** 여권 (Passport OCR, or the passport page of ID Card OCR). */
  PASSPORT,
  /** 외국인등록증. */
  ALIEN_REGISTRATION_CARD,
  UNKNOWN
}
