package io.docstruct.rules.compliance;

/** Why two expenses look like one receipt claimed twice. */
public enum DuplicateKind {
  /** Same business number, date, time and total: the same receipt (a re-photographed one, too). */
  SAME_RECEIPT,
  /** The same card approval number. */
  SAME_APPROVAL,
  /** Same merchant and total on the same day at a different time: maybe a second purchase. */
  SAME_DAY_AND_TOTAL
}
