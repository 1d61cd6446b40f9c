package io.docstruct.receipt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.SroieReceipts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels written {@code =LABEL} match whole words only, in any script: how an OCR engine's misreading of a
 * label ({@code 합겨} for {@code 합계}, as Tesseract reads it) is added without matching inside other words.
 */
class WholeWordLabelTest {
  private static final ReceiptLabels KOREAN = ReceiptLabels.builder()
      .format("ko", "currency", "KRW").format("ko", "currency-symbols", "원").format("ko", "decimals", "0")
      .format("ko", "script", "HANGUL")
      .add("total", "ko", "합계|결제금액").add("vat", "ko", "부가세").add("date", "ko", "판매일")
      .add("item-header", "ko", "상품명|수량|금액")
      .add("total", "ko", "=합겨")
      .build();

  private static ReceiptReading read(String... lines) {
    OcrDocument doc = ResponseReader.create()
        .read(SroieReceipts.Receipt.ofLines("t", lines).clovaV2().getBytes(UTF_8), "t");
    return ReceiptReader.of(KOREAN).read(LayoutEngine.create().structure(doc.pages().get(0)));
  }

  @Test
  void aWholeWordLabelMatchesTheWordAloneOrSpacedOrBeforePunctuation() {
    for (String totalLine : List.of("합겨 11,440", "합 겨 11,440", "합겨: 11,440")) {
      ReceiptReading r = read("한빛마트", "판매일: 24-03-15", "상품명 수량 금액", "김밥 2 11,440", totalLine);

      assertThat(r.total()).as(totalLine).isNotNull();
      assertThat(r.total().value()).as(totalLine).isEqualByComparingTo(new BigDecimal("11440"));
      assertThat(r.total().evidence().rule()).as(totalLine).isEqualTo(Evidence.LABEL);
      assertThat(r.total().evidence().label()).as(totalLine).isEqualTo("=합겨");
    }
  }

  @Test
  void aWholeWordLabelNeverMatchesInsideAnotherWord() {
    // 종합겨울세트 holds 합겨, and so does 종합 겨울세트 once the space between Hangul is dropped for matching:
    // neither is a total label, so the receipt's total is its printed 합계, not the gift set's price.
    ReceiptReading r = read("한빛마트", "판매일: 24-03-15", "상품명 수량 금액", "종합겨울세트 1 25,000",
        "종합 겨울세트 1 25,000", "합계 50,000");

    assertThat(r.total().value()).isEqualByComparingTo(new BigDecimal("50000"));
    assertThat(r.total().evidence().label()).isEqualTo("합계");
    assertThat(r.items()).hasSize(2);
  }
}
