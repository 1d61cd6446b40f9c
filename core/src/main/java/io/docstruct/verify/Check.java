package io.docstruct.verify;

/**
 * Every check DocStruct runs, with the stable id reports carry ({@link #id()}). Ids are part of the {@code
 * docstruct verify} contract: new checks may be added, existing ids do not change.
 *
 * <pre>{@code
 * report.findings().stream().filter(f -> f.check() == Check.MRZ_CHECK_DIGIT_COMPOSITE).findFirst();
 * }</pre>
 */
public enum Check {
  // ICAO 9303 machine-readable zone
  /** Which layout (TD1, TD2, TD3, MRV-A, MRV-B) the lines were read as. */
  MRZ_FORMAT("mrz.format"),
  /** Each line has the length its layout requires. */
  MRZ_LINE_LENGTH("mrz.line-length"),
  /** Only {@code A–Z}, {@code 0–9} and {@code <} occur. */
  MRZ_CHARSET("mrz.charset"),
  MRZ_CHECK_DIGIT_DOCUMENT_NUMBER("mrz.check-digit.document-number"),
  MRZ_CHECK_DIGIT_DATE_OF_BIRTH("mrz.check-digit.date-of-birth"),
  MRZ_CHECK_DIGIT_DATE_OF_EXPIRY("mrz.check-digit.date-of-expiry"),
  MRZ_CHECK_DIGIT_PERSONAL_NUMBER("mrz.check-digit.personal-number"),
  MRZ_CHECK_DIGIT_COMPOSITE("mrz.check-digit.composite"),
  /** The document code fits the layout ({@code P} for TD3, {@code A}/{@code C}/{@code I} for TD1/TD2…). */
  MRZ_DOCUMENT_CODE("mrz.document-code"),
  /** Issuing state and nationality are ICAO / ISO 3166 alpha-3 codes. */
  MRZ_STATE_CODE("mrz.state-code"),
  /** A date is a real calendar date, or explicitly unknown ({@code <<}). */
  MRZ_DATE("mrz.date"),
  /** The sex is {@code M}, {@code F} or {@code <}. */
  MRZ_SEX("mrz.sex"),
  /** The name has a primary identifier and is not possibly truncated. */
  MRZ_NAME("mrz.name"),
  /** The document has not expired at the verifier's clock. */
  MRZ_EXPIRY("mrz.expiry"),
  /** One change the opt-in OCR repair made, or why it declined to make one. */
  MRZ_REPAIR("mrz.repair"),
  /** A visual-zone value (or the provider's decoding) agrees with the MRZ. */
  MRZ_CROSS_CHECK("mrz.cross-check"),

  // Korean numbers
  BUSINESS_NUMBER_CHECKSUM("kr.business-number.checksum"),
  BUSINESS_NUMBER_TYPE("kr.business-number.type"),
  RESIDENT_NUMBER_FORMAT("kr.resident-number.format"),
  RESIDENT_NUMBER_DATE("kr.resident-number.date"),
  RESIDENT_NUMBER_CHECKSUM("kr.resident-number.checksum"),

  // payment cards
  CARD_LUHN("card.luhn"),
  CARD_BRAND("card.brand"),
  CARD_VALID_THRU("card.valid-thru"),

  // receipts
  RECEIPT_AMOUNT_FORMAT("receipt.amount-format"),
  RECEIPT_ITEM_ARITHMETIC("receipt.item-arithmetic"),
  RECEIPT_ITEMS_TOTAL("receipt.items-total"),
  RECEIPT_VAT("receipt.vat"),
  RECEIPT_TAX_FREE_VAT("receipt.tax-free-vat"),
  RECEIPT_APPROVAL_NUMBER("receipt.approval-number"),

  // medical receipts (domain §5.2 C1–C6 and the provider's checksum block)
  MEDICAL_COLUMN_SUM("medical.column-sum"),
  MEDICAL_TOTAL_AMOUNT("medical.total-amount"),
  MEDICAL_PATIENT_TOTAL("medical.patient-total"),
  MEDICAL_AMOUNT_DUE("medical.amount-due"),
  MEDICAL_PAID_TOTAL("medical.paid-total"),
  MEDICAL_UNPAID("medical.unpaid"),
  MEDICAL_PROVIDER_CHECKSUM("medical.provider-checksum"),
  MEDICAL_AMOUNT_FORMAT("medical.amount-format"),

  // any document
  /** A printed date or time exists on the calendar / clock and is not in the future. */
  DATE("document.date"),
  /** The tax type printed on a business licence agrees with the number's type code. */
  TAX_TYPE("document.tax-type"),
  /** The response holds nothing this verifier checks. */
  NOTHING_TO_VERIFY("document.nothing-to-verify");

  private final String id;

  Check(String id) {
    this.id = id;
  }

  /** The stable id, e.g. {@code mrz.check-digit.composite}. */
  public String id() {
    return id;
  }
}
