package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.rules.entity.BusinessType;
import io.docstruct.rules.entity.CardBrand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business number shapes and card brands (the amount parser is covered through the receipt fixtures). */
class FieldParsingTest {
  @ParameterizedTest
  @CsvSource({
    "212-81-25544, 212-81-25544, FOR_PROFIT_HEAD_OFFICE",
    "611 01 99810, 611-01-99810, INDIVIDUAL_TAXABLE",
    "사업자 104-82-13138, 104-82-13138, NON_PROFIT",
    "123-00-67890, 123-00-67890, UNKNOWN",
    "123-95-67890, 123-95-67890, INDIVIDUAL_TAX_EXEMPT"
  })
  void businessNumbers(String text, String value, BusinessType type) {
    BusinessNumber n = BusinessNumber.parse(text);
    assertThat(n.value()).isEqualTo(value);
    assertThat(n.type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource({"4221**8666, VISA", "5307123456749012, MASTERCARD", "2221000000000009, MASTERCARD",
      "378282246310005, AMERICAN_EXPRESS", "3566002020360505, JCB", "6555900000604105, DISCOVER",
      "6541000000000000, BC_GLOBAL", "6200000000000005, UNIONPAY", "9430-12**-****-5521, KOREAN_DOMESTIC",
      "****-1234, UNKNOWN"})
  void cardBrands(String number, CardBrand brand) {
    assertThat(CardBrand.fromNumber(number)).isEqualTo(brand);
  }
}
