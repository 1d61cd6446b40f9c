package io.docstruct.rules.compliance;

import java.util.Locale;

/**
 * The kind of evidence an expense has, as the tax law sorts it. The first four are 적격증빙 (qualified
 * evidence, 법인세법 §116 ②, 소득세법 §160의2 ②); everything else is {@link #SIMPLE_RECEIPT}.
 *
 * <pre>{@code
 * EvidenceType.CARD_SLIP.label();       // "신용카드 매출전표"
 * EvidenceType.SIMPLE_RECEIPT.qualified();   // false
 * }</pre>
 */
public enum EvidenceType {
  /** 세금계산서 (부가가치세법 §32). */
  TAX_INVOICE("세금계산서", true),
  /** 계산서, issued by tax-exempt businesses (법인세법 §121, 소득세법 §163). */
  INVOICE("계산서", true),
  /** 신용카드 매출전표, including 체크카드 (직불카드) and 기명식 선불카드 slips. */
  CARD_SLIP("신용카드 매출전표", true),
  /** 현금영수증 issued for 지출증빙 (to the business number). */
  CASH_RECEIPT("현금영수증(지출증빙)", true),
  /** 간이영수증 and anything else: not qualified evidence. */
  SIMPLE_RECEIPT("간이영수증·기타", false);

  private final String label;
  private final boolean qualified;

  EvidenceType(String label, boolean qualified) {
    this.label = label;
    this.qualified = qualified;
  }

  /** The Korean name ({@code 세금계산서}). */
  public String label() {
    return label;
  }

  /** Whether it is 적격증빙. */
  public boolean qualified() {
    return qualified;
  }

  /** Whether this type is one of the {@code |}-separated names or labels ({@code "SIMPLE_RECEIPT|계산서"}). */
  public boolean in(String names) {
    for (String name : names.split("\\|")) {
      String n = name.strip();
      if (n.equals(label) || n.toUpperCase(Locale.ROOT).equals(name())) {
        return true;
      }
    }
    return false;
  }
}
