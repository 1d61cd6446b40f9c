package io.docstruct.document;

/**
 * What a recognised word is. Mirrors CLOVA's field {@code type}; other providers give {@link #TEXT}.
 */
public enum WordKind {
  /** Ordinary recognised text (CLOVA {@code NORMAL}). */
  TEXT,
  /** Text recognised in a multi-box region such as a digit-per-box form (CLOVA {@code MULTI_BOX}). */
  MULTI_BOX,
  /** A check box; see {@link Word#checked()} (CLOVA {@code CHECKBOX}). */
  CHECKBOX,
  /** The provider sent a type this version does not know. */
  UNKNOWN
}
