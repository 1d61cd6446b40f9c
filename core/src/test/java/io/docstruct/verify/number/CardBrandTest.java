package io.docstruct.verify.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Brands by IIN (domain.md §4.2) of numbers as printed: separators skipped, masked digits end the prefix.
 * The rules' entities and the workbook use this classification, so these cases hold for them too.
 */
class CardBrandTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "4221**8666, VISA",
    "5307123456749012, MASTERCARD",
    "2221000000000009, MASTERCARD",
    "378282246310005, AMERICAN_EXPRESS",
    "3566002020360505, JCB",
    "36227206271667, DINERS_CLUB",
    "6011111111111117, DISCOVER",
    "6555900000604105, DISCOVER",
    "6541000000000000, BC_GLOBAL",
    "6556-12**-****-8666, BC_GLOBAL",
    "6200000000000005, UNIONPAY",
    "9430-12**-****-5521, KOREAN_DOMESTIC",
    "****-1234, UNKNOWN",
    "'', UNKNOWN"
  })
  void brandOfAPrintedNumber(String printed, CardBrand brand) {
    assertThat(CardNumber.check(printed).brand()).isEqualTo(brand);
  }

  @Test
  void bcGlobalIsBcCardsBrandOnTheDiscoverNetwork() {
    assertThat(CardBrand.BC_GLOBAL.label()).isEqualTo("BC Global");
    assertThat(CardBrand.BC_GLOBAL.network()).isEqualTo(CardBrand.DISCOVER);
    assertThat(CardBrand.of("6556").network()).isEqualTo(CardBrand.DISCOVER);
    assertThat(CardBrand.VISA.network()).isEqualTo(CardBrand.VISA);
  }
}
