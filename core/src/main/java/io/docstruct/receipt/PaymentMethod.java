package io.docstruct.receipt;

/**
 * How a receipt was paid, as its printed labels tell.
 *
 * <pre>{@code
 * if (reading.paymentMethod() != null && reading.paymentMethod().value() == PaymentMethod.CARD) { … }
 * }</pre>
 */
public enum PaymentMethod {
  /** A credit, check or prepaid card (카드 매출전표, 신용승인, VISA …). */
  CARD,
  /** Cash, including a cash receipt (현금영수증). */
  CASH
}
