package io.docstruct.receipt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.docstruct.document.OcrDocument;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.SroieReceipts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receipt reader on its own, with label tables made in the test (the built-in table is a rule file). */
class ReceiptReaderTest {
  private static final ReceiptLabels KOREAN = ReceiptLabels.builder()
      .format("ko", "currency", "KRW").format("ko", "currency-symbols", "원").format("ko", "decimals", "0")
      .format("ko", "script", "HANGUL")
      .add("total", "ko", "합계|결제금액").add("vat", "ko", "부가세").add("card-company", "ko", "카드사")
      .add("approval-number", "ko", "승인번호").add("card-payment", "ko", "카드승인|신용카드")
      .add("date", "ko", "판매일")
      .build();

  private static ReceiptReading read(ReceiptLabels labels, String... lines) {
    OcrDocument doc = ResponseReader.create()
        .read(SroieReceipts.Receipt.ofLines("t", lines).clovaV2().getBytes(UTF_8), "t");
    return ReceiptReader.of(labels).read(LayoutEngine.create().structure(doc.pages().get(0)));
  }

  @Test
  void aLabelRunningIntoTheNextWordMustStartAWord() {
    // Hangul words join without their space for labels (합 계 is 합계), so 국민카드 승인번호 reads as
    // 국민카드승인번호, in which 카드승인 (a card payment) used to hide 승인번호.
    ReceiptReading r = read(KOREAN, "한빛마트", "판매일: 24-03-15", "합계 11,440", "카드사: 국민카드 승인번호: 30012345");

    assertThat(r.cardCompany().value()).isEqualTo("국민카드");
    assertThat(r.approvalNumber().value()).isEqualTo("30012345");
    assertThat(r.approvalNumber().evidence().label()).isEqualTo("승인번호");
  }

  @Test
  void aLanguageIsRowsOfTheTableAndItsCurrencyAndDatesComeWithIt() {
    ReceiptLabels withJapanese = KOREAN.toBuilder()
        .format("ja", "currency", "JPY").format("ja", "currency-symbols", "¥|円").format("ja", "decimals", "0")
        .format("ja", "script", "HAN|HIRAGANA|KATAKANA").add("total", "ja", "合計").build();

    ReceiptReading r = read(withJapanese, "ローソン 新宿店", "2024/10/11 21:07", "おにぎり ¥150", "合計 ¥150");

    assertThat(r.language()).isEqualTo("ja");
    assertThat(r.currency()).isEqualTo(Currency.getInstance("JPY"));
    assertThat(r.total().value()).isEqualByComparingTo(BigDecimal.valueOf(150));
    assertThat(r.date().value()).isEqualTo(LocalDate.of(2024, 10, 11));
  }

  @Test
  void aPageWithoutAmountsOrDatesIsNoReceiptAndSaysWhy() {
    ReceiptReading r = read(KOREAN, "회의록", "참석자 김민수");

    assertThat(r.receipt()).isFalse();
    assertThat(r.notAReceipt()).isEqualTo("no amounts or dates found");
  }

  @Test
  void aTableRejectsWhatItDoesNotKnowNamingIt() {
    assertThatIllegalArgumentException().isThrownBy(() -> ReceiptLabels.builder().add("totl", "ko", "합계"))
        .withMessageContaining("'totl' is no receipt label kind");
    assertThatIllegalArgumentException().isThrownBy(() -> ReceiptLabels.builder().format("ko", "currency", "WON"))
        .withMessageContaining("'WON' is no ISO 4217 currency code");
    assertThatIllegalArgumentException().isThrownBy(() -> ReceiptLabels.builder().format("ko", "dates", "DYM"))
        .withMessageContaining("DYM");
    assertThatIllegalArgumentException().isThrownBy(() -> ReceiptLabels.builder().add("total", "ko", " | "))
        .withMessageContaining("no label given");
  }

  private static final ReceiptLabels ENGLISH = ReceiptLabels.builder()
      .format("en", "currency-symbols", "RM=MYR").format("en", "decimals", "2").format("en", "dates", "DMY|YMD")
      .format("en", "script", "LATIN")
      .add("total", "en", "TOTAL").add("other", "en", "CASHIER|EXPIRY")
      .build();

  @Test
  void theSaleDateWinsOverAnExpiryDateAndAYearOneDoesNotHideTheDateAfterIt() {
    // SROIE 180 and 164 (tuning set): a points expiry date under the total, and a slip number 0001 before
    // the date, which read as the year 1 and ended the search for dates on that line.
    ReceiptReading expiry = read(ENGLISH, "BHPETROL SUBANG AIRPORT", "18-01-2018 15:44:46 CASHIER: 888",
        "TOTAL RM 41.95", "EPOINTS EXPIRY 24 31/10/2020");
    ReceiptReading slip = read(ENGLISH, "SUNFISH", "TOTAL 28.70", "#001-001-0934-0001 05/01/2018 13:30-R");

    assertThat(expiry.date().value()).isEqualTo(LocalDate.of(2018, 1, 18));
    assertThat(slip.date().value()).isEqualTo(LocalDate.of(2018, 1, 5));
    assertThat(slip.time().value()).isEqualTo(java.time.LocalTime.of(13, 30));
  }
}
