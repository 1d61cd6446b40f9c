package io.docstruct.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.number.KoreanNumber;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Won amounts in entities are read with the grammar verification reads them with ({@link KoreanNumber}), so
 * a receipt's total or a medical bill's cell is the same number in the report and in the entity; the first
 * number of a longer text is still read.
 */
class FieldValuesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1,600; 1600",
        "16.960; 16960",
        "3,984원; 3984",
        "₩ 12,000; 12000",
        "+2,000; 2000",
        "-1,000; -1000",
        "−500; -500",
        "(1,000); -1000",
        "-3,00; -300",
        "1 600 원; 1600",
        "12,000원 (부가세 포함); 12000",
        "합계 5,050; 5050",
        "12,000.; 12000",
      })
  void amountsReadAsVerificationReadsThem(String text, String won) {
    assertThat(FieldValues.amount(text)).isEqualByComparingTo(new BigDecimal(won));
    BigDecimal verified = KoreanNumber.readLenient(text).value();
    if (verified != null) {
      assertThat(FieldValues.amount(text)).as("the entity's reading is verification's").isEqualTo(verified);
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"''", "원", "메뉴", "-"})
  void textWithoutDigitsIsNoAmount(String text) {
    assertThat(FieldValues.amount(text)).isNull();
  }
}
