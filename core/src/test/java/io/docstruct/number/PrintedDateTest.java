package io.docstruct.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and times in the shapes Korean receipts, IDs and business licences print them. */
class PrintedDateTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "2020-04-16; 2020-04-16",
      "20-09-26; 2020-09-26",
      "20241017105656; 2024-10-17",
      "20241017; 2024-10-17",
      "2024.05.18 21:17; 2024-05-18",
      "2011.3. 6.; 2011-03-06",
      "2017 년 06 월 29일; 2017-06-29",
      "2017년6월29일; 2017-06-29",
      "1951 년 12 03 일; 1951-12-03",
      "2024/01/09(화) 12:30; 2024-01-09",
      "거래일시: 24/05/18 21:17; 2024-05-18",
      "85.03.12; 1985-03-12",
      "15 AUG 2030; 2030-08-15",
      "15 8월/AUG 2030; 2030-08-15"})
  void readsTheDateAPrintedTextShows(String text, LocalDate expected) {
    PrintedDate d = PrintedDate.read(text);
    assertThat(d).isNotNull();
    assertThat(d.toLocalDate()).isEqualTo(expected);
    assertThat(d.iso()).isEqualTo(expected.toString());
  }

  @Test
  void aDateThatDoesNotExistIsReadAsPrintedAndSaidNotToExist() {
    PrintedDate d = PrintedDate.read("2024.02.30");
    assertThat(d).isEqualTo(new PrintedDate(2024, 2, 30));
    assertThat(d.exists()).isFalse();
    assertThat(d.toLocalDate()).isNull();
    assertThat(d.iso()).isEqualTo("2024-02-30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024.1.", "1,600", "20: 11", "02-555-0187", "010-1234-5678", "8801043034722", "", "사업자"})
  void textsThatShowNoFullDateGiveNone(String text) {
    assertThat(PrintedDate.read(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "20: 11; 20:11", "09:05:30; 09:05:30", "18: 14; 18:14", "2024.05.18 21:17; 21:17",
      "20241017105656; 10:56:56", "21시 17분; 21:17", "오후 3:20; 15:20", "PM 12:05; 12:05", "오전 12:40; 00:40"})
  void readsTheTimeAPrintedTextShows(String text, LocalTime expected) {
    PrintedTime t = PrintedTime.read(text);
    assertThat(t).isNotNull();
    assertThat(t.toLocalTime()).isEqualTo(expected);
  }

  @Test
  void aTimeThatDoesNotExistIsReadAsPrinted() {
    PrintedTime t = PrintedTime.read("25:70");
    assertThat(t).isEqualTo(new PrintedTime(25, 70, 0));
    assertThat(t.toLocalTime()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-18", "1,600", "", "20241017"})
  void textsThatShowNoTimeGiveNone(String text) {
    assertThat(PrintedTime.read(text)).isNull();
  }

  // ---- date styles: a country's dates are data (issue #19, SROIE receipts print day first)

  private static final DateStyle MALAYSIA = DateStyle.of(
      java.util.List.of(DateOrder.DAY_MONTH_YEAR, DateOrder.YEAR_MONTH_DAY, DateOrder.MONTH_DAY_YEAR),
      DateStyle.ENGLISH_MONTHS);

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "DATE: 25/12/2018 10:00; 2018-12-25", "23/12/17; 2017-12-23", "30 DEC 17; 2017-12-30",
      "30-Dec-2017 14:05; 2017-12-30", "DEC 30, 2017; 2017-12-30", "25032018; 2018-03-25",
      "2018-03-25; 2018-03-25", "12/25/2018; 2018-12-25", "20180325; 2018-03-25"})
  void aDayFirstStyleReadsDayFirstAndFallsBackToOrdersThatGiveARealDay(String text, LocalDate expected) {
    assertThat(PrintedDate.read(text, MALAYSIA).toLocalDate()).isEqualTo(expected);
  }

  @Test
  void koreanOrderStillReadsNoDayFirstDateAndFindSaysWhereTheDateStands() {
    assertThat(PrintedDate.read("25/12/2018")).isNull();
    assertThat(PrintedDate.read("18.05.2024")).isNull();
    PrintedDate.Found f = PrintedDate.find("판매일: 20-09-26 18:14", DateStyle.KOREAN);
    assertThat(f.date()).isEqualTo(new PrintedDate(2020, 9, 26));
    assertThat("판매일: 20-09-26 18:14".substring(f.start(), f.end())).isEqualTo("20-09-26");
  }

  @Test
  void aStyleRejectsWhatIsNoOrderAndMonthsNotInTwelves() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DateOrder.ofLetters("DYM")).withMessageContaining("DYM");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DateStyle.of(java.util.List.of(DateOrder.YEAR_MONTH_DAY), java.util.List.of("JAN")))
        .withMessageContaining("twelve");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"02:56PM; 14:56", "10:05 AM; 10:05", "12:30 A.M.; 00:30"})
  void aTimeWithItsHalfOfTheDayAfterIt(String text, LocalTime expected) {
    assertThat(PrintedTime.read(text).toLocalTime()).isEqualTo(expected);
  }
}
