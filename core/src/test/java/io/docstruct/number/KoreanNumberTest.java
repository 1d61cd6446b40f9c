package io.docstruct.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Korean amounts as printed on receipts, and texts that must not read as numbers. */
class KoreanNumberTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1,600; 1600",
        "16.960; 16960",
        "1.234.567; 1234567",
        "3,984원; 3984",
        "+2,000; 2000",
        "(1,000); -1000",
        "-1,000; -1000",
        "−500; -500",
        "₩ 12,000; 12000",
        "￦12,000; 12000",
        "1 600 원; 1600",
        "53435; 53435",
        "0; 0",
        "12.5; 12.5",
        "0.125; 0.125",
        "1,234.50; 1234.50",
      })
  void readsKoreanAmounts(String text, String expected) {
    assertThat(KoreanNumber.parse(text)).contains(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "원", "-", "B. 일품", "메뉴", "10%", "1,2,3", "1.234,56", "+(1,000)", "2024-01-05", "O0"})
  void textThatIsNotANumberIsEmptyNeverZero(String text) {
    assertThat(KoreanNumber.parse(text)).isEmpty();
    assertThat(KoreanNumber.read(text).problem()).isNotBlank();
  }

  @Test
  void twoDigitCommaGroupIsRefusedWithAReason() {
    KoreanNumber.Reading r = KoreanNumber.read("-3,00");

    assertThat(r.value()).isNull();
    assertThat(r.problem()).isEqualTo("comma group \"00\" has 2 digits, not 3 (a digit lost in OCR?)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "'-3,00', -300, true",
    "'1,6000', 16000, true",
    "'1,600', 1600, false",
    "'16.960', 16960, false",
    "'3,984원', 3984, false"
  })
  void lenientReadingGivesABestEffortValueAndKeepsTheProblem(String text, long value, boolean problem) {
    KoreanNumber.Reading r = KoreanNumber.readLenient(text);

    org.assertj.core.api.Assertions.assertThat(r.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(value));
    org.assertj.core.api.Assertions.assertThat(r.problem() != null).isEqualTo(problem);
  }

  @org.junit.jupiter.api.Test
  void lenientReadingStillRefusesText() {
    org.assertj.core.api.Assertions.assertThat(KoreanNumber.readLenient("B. 일품").value()).isNull();
    org.assertj.core.api.Assertions.assertThat(KoreanNumber.readLenient("1,2a").value()).isNull();
  }
}
