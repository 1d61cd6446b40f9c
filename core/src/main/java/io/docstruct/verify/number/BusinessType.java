package io.docstruct.verify.number;

/**
 * What digits 4–5 of a Korean business registration number (사업자등록번호) say about its holder (국세청
 * 부여기준, domain reference §2.2): the one reading that verification ({@link BusinessNumber#type()}), the
 * rules' {@code Vendor} and {@code Merchant} and the workbook use.
 *
 * <pre>{@code
 * BusinessType t = BusinessType.ofCode(81);   // FOR_PROFIT_HEAD_OFFICE
 * t.label();                                   // "영리법인 본점"
 * t.corporate();                               // true
 * BusinessNumber.check("104-82-13138").type(); // NON_PROFIT
 * }</pre>
 */
public enum BusinessType {
  /** 01–79: 개인 과세사업자. */
  INDIVIDUAL_TAXABLE("개인 과세사업자", false),
  /** 80: 아파트관리사무소 등, 다단계판매원. */
  INDIVIDUAL_SPECIAL("아파트관리사무소·다단계판매원", false),
  /** 89: 법인 아닌 종교단체. */
  RELIGIOUS_ORGANIZATION("법인 아닌 종교단체", false),
  /** 90–99: 개인 면세사업자 (should print no VAT). */
  INDIVIDUAL_TAX_EXEMPT("개인 면세사업자", false),
  /** 81, 86, 87, 88: 영리법인 본점. */
  FOR_PROFIT_HEAD_OFFICE("영리법인 본점", true),
  /** 85: 영리법인 지점. */
  FOR_PROFIT_BRANCH("영리법인 지점", true),
  /** 82: 비영리법인 본·지점. */
  NON_PROFIT("비영리법인 본·지점", true),
  /** 83: 국가·지자체·지자체조합. */
  GOVERNMENT("국가·지자체·지자체조합", true),
  /** 84: 외국법인 본·지점·연락사무소. */
  FOREIGN_CORPORATION("외국법인 본·지점·연락사무소", true),
  /** 00, or a code no one is assigned. */
  UNKNOWN("정의되지 않은 유형", false);

  private final String label;
  private final boolean corporate;

  BusinessType(String label, boolean corporate) {
    this.label = label;
    this.corporate = corporate;
  }

  /** The meaning of a two-digit type code (digits 4–5), {@link #UNKNOWN} for 00 or out of range. */
  public static BusinessType ofCode(int code) {
    if (code >= 1 && code <= 79) {
      return INDIVIDUAL_TAXABLE;
    }
    return switch (code) {
      case 80 -> INDIVIDUAL_SPECIAL;
      case 81, 86, 87, 88 -> FOR_PROFIT_HEAD_OFFICE;
      case 82 -> NON_PROFIT;
      case 83 -> GOVERNMENT;
      case 84 -> FOREIGN_CORPORATION;
      case 85 -> FOR_PROFIT_BRANCH;
      case 89 -> RELIGIOUS_ORGANIZATION;
      default -> code >= 90 && code <= 99 ? INDIVIDUAL_TAX_EXEMPT : UNKNOWN;
    };
  }

  /** The Korean meaning ({@code 영리법인 본점}). */
  public String label() {
    return label;
  }

  /** {@code true} for 법인 (codes 81–88), {@code false} for 개인, 종교단체 and unknown codes. */
  public boolean corporate() {
    return corporate;
  }

  /** {@code true} for 면세 (90–99): such a holder should not charge VAT. */
  public boolean taxExempt() {
    return this == INDIVIDUAL_TAX_EXEMPT;
  }
}
