package io.docstruct.rules.compliance;

/** What a card transaction and a receipt were matched on, strongest first. */
public enum MatchBasis {
  /** The same approval number (and amount). */
  APPROVAL_NUMBER,
  /** Amount, date within the settlement lag, and business number. */
  AMOUNT_DATE_BUSINESS_NUMBER,
  /** Amount, date within the settlement lag, and a similar merchant name. */
  AMOUNT_DATE_MERCHANT,
  /** Amount and date within the settlement lag only: check it. */
  AMOUNT_DATE
}
