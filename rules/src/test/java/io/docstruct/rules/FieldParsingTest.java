package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.rules.entity.BusinessNumber;
import io.docstruct.verify.number.BusinessType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business number shapes (the amount parser is covered through the receipt fixtures; card brands are core's
 * {@code CardBrand}, tested there).
 */
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
}
