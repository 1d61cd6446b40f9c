package io.docstruct.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The masking rules every output shares (verification, entities, the workbook): what is kept, and that a
 * hidden position always shows as {@code *}, whatever mask character the document printed.
 */
class MaskingTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "910623-1062372, 910623-1******",
    "910623-1●●●●●●, 910623-1******",
    "900101-1XXXXXX, 900101-1******",
    "900101-1******, 900101-1******",
    "'900101 - 1#####•', '900101 - 1******'"
  })
  void residentNumbersKeepTheBirthDateAndTheGenderDigit(String printed, String masked) {
    assertThat(Masking.resident(printed)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "5307123456749012, 5307********9012",
    "5307-1234-5674-9012, 5307-****-****-9012",
    "4221**8666, 4221**8666",
    "5365-10XX-XXXX-2241, 5365-****-****-2241",
    "1234-56**-****-7890, 1234-****-****-7890",
    "4221●●8666, 4221**8666"
  })
  void cardNumbersKeepTheFirstAndLastFourDigits(String printed, String masked) {
    assertThat(Masking.card(printed)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"M12345678, M********", "' V1234-567 ', V****-***", "M, M", "'', ''"})
  void aNumberOfNoKnownShapeKeepsOnlyItsFirstCharacter(String printed, String masked) {
    assertThat(Masking.allButFirst(printed)).isEqualTo(masked);
  }
}
