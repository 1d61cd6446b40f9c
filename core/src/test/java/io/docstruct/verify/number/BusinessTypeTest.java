package io.docstruct.verify.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type codes (digits 4–5) as 국세청 assigns them (domain.md §2.2); the rules' entities use the same reading. */
class BusinessTypeTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1, INDIVIDUAL_TAXABLE, 개인 과세사업자, false",
    "79, INDIVIDUAL_TAXABLE, 개인 과세사업자, false",
    "80, INDIVIDUAL_SPECIAL, 아파트관리사무소·다단계판매원, false",
    "81, FOR_PROFIT_HEAD_OFFICE, 영리법인 본점, true",
    "82, NON_PROFIT, 비영리법인 본·지점, true",
    "83, GOVERNMENT, 국가·지자체·지자체조합, true",
    "84, FOREIGN_CORPORATION, 외국법인 본·지점·연락사무소, true",
    "85, FOR_PROFIT_BRANCH, 영리법인 지점, true",
    "86, FOR_PROFIT_HEAD_OFFICE, 영리법인 본점, true",
    "88, FOR_PROFIT_HEAD_OFFICE, 영리법인 본점, true",
    "89, RELIGIOUS_ORGANIZATION, 법인 아닌 종교단체, false",
    "90, INDIVIDUAL_TAX_EXEMPT, 개인 면세사업자, false",
    "99, INDIVIDUAL_TAX_EXEMPT, 개인 면세사업자, false",
    "0, UNKNOWN, 정의되지 않은 유형, false",
    "100, UNKNOWN, 정의되지 않은 유형, false"
  })
  void typeCode(int code, BusinessType type, String label, boolean corporate) {
    assertThat(BusinessType.ofCode(code)).isEqualTo(type);
    assertThat(type.label()).isEqualTo(label);
    assertThat(type.corporate()).isEqualTo(corporate);
    assertThat(type.taxExempt()).isEqualTo(code >= 90 && code <= 99);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"212-81-25544, FOR_PROFIT_HEAD_OFFICE", "104-82-13138, NON_PROFIT", "120-81-*****, FOR_PROFIT_HEAD_OFFICE",
      "***-**-12345, UNKNOWN"})
  void aCheckedNumberCarriesItsType(String printed, BusinessType type) {
    assertThat(BusinessNumber.check(printed).type()).isEqualTo(type);
  }
}
