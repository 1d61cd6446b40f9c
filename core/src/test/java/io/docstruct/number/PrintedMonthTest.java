package io.docstruct.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Card expiries as printed (valid thru), the one reader verification and the rules' CardInfo share. */
class PrintedMonthTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "12/27, 2027-12",
    "08/31, 2031-08",
    "8/31, 2031-08",
    "08 / 2031, 2031-08",
    "12/2027, 2027-12",
    "VALID THRU 03/29, 2029-03"
  })
  void readsMonthAndYear(String printed, String month) {
    assertThat(PrintedMonth.read(printed).toYearMonth()).isEqualTo(YearMonth.parse(month));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"13/27", "00/27"})
  void aMonthThatDoesNotExistIsReadButDoesNotExist(String printed) {
    PrintedMonth m = PrintedMonth.read(printed);
    assertThat(m.exists()).isFalse();
    assertThat(m.toYearMonth()).isNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"1227", "'12/2'", "''", "123/27"})
  void noMonthAndYear(String printed) {
    assertThat(PrintedMonth.read(printed)).isNull();
  }
}
