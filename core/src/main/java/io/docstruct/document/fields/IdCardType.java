package io.docstruct.document.fields;

/**
 * The kind of identity document an {@link IdCardFields} holds; {@link #UNKNOWN} when the provider could not
 * tell or named a kind DocStruct does not know.
 *
 * <pre>{@code
 * if (fields.type() == IdCardType.DRIVERS_LICENSE) { ... }
 * }</pre>
 */
public enum IdCardType {
  ID_CARD,
  DRIVERS_LICENSE,
  PASSPORT,
  ALIEN_CARD,
  UNKNOWN
}
