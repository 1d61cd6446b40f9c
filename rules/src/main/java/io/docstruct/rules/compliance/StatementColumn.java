package io.docstruct.rules.compliance;

/** A column of a card company's approval export that {@link CardStatementReader} reads. */
public enum StatementColumn {
  /** 승인일자 (or 이용일자, 거래일시 …); required. */
  DATE,
  /** 승인시각; optional (a date-and-time column gives it too). */
  TIME,
  /** 승인번호. */
  APPROVAL_NUMBER,
  /** 가맹점명. */
  MERCHANT,
  /** 가맹점 사업자번호. */
  BUSINESS_NUMBER,
  /** 이용금액; required. */
  AMOUNT,
  /** 카드번호 (masked when read). */
  CARD_NUMBER,
  /** 승인구분 / 상태 / 취소여부: a cell containing 취소 makes the row a cancellation. */
  STATUS
}
