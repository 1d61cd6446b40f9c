package io.docstruct.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.receipt.Evidence;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.FieldEvidence;
import io.docstruct.testing.SroieReceipts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in table's OCR confusions ({@code receipt-labels.drl}, last rule): labels as Tesseract misreads
 * them, on the lines Tesseract 5.3.0 read from our synthetic receipt renders and the SROIE scans, and never
 * inside other words.
 */
class OcrConfusionLabelsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T03:00:00Z"), ZoneId.of("Asia/Seoul"));
  private static final RuleEngine ENGINE = RuleEngine.builder().clock(CLOCK).build();

  /** A General V2 answer of printed lines, one line per row, as {@link SroieReceipts} lays them out. */
  private static OcrDocument page(String... lines) {
    String answer = SroieReceipts.Receipt.ofLines("page", lines).clovaV2();
    return ResponseReader.create().read(answer.getBytes(UTF_8), "page");
  }

  private static Evidence evidence(Expense e, String field) {
    return e.evidence().stream().filter(f -> f.field().equals(field)).map(FieldEvidence::evidence).findFirst()
        .orElseThrow(() -> new AssertionError("no evidence for " + field + ": " + e.evidence()));
  }

  @Test
  void aTotalLabelReadAsHapgyeoIsTheTotalsLabel() {
    // ko-receipt-07 as Tesseract read it (합계 read 합겨, 승인번호 read SOlHS); a misread amount (13,200 read
    // 18,200) keeps the items from adding up to the total, so only the label can tell which amount it is.
    Expense e = ENGINE.evaluate(page("다온식당", "사업자번호 336-54-17361", "대표자 정하늘 161 02-380-9329",
        "부산광역시 해운대구 Aa = 9", "판매일 2024-06-19 15:00", "상품명 수량 금액", "아메리카노 2 12,000",
        "사과 1봉 1 2,300", "크루아상 1 2,700", "김치찌개 1 3,600", "소금빵 3 18,200", "두통약 1 1,600",
        "과세물품가액 32,182", "부가세 3,218", "합겨 35,400", "SOlHS 90378087", "감사합니다")).expenses().get(0);

    assertThat(e.total()).isNotNull();
    assertThat(e.total().amount()).isEqualByComparingTo(new BigDecimal("35400"));
    assertThat(evidence(e, "expense.total").label()).isEqualTo("=합겨");
  }

  @Test
  void totalGstReadAsOneWordIsTheVat() {
    // SROIE 100 as Tesseract read it: TOTAL GST as TotalGST (also on 020, 115 and 120).
    Expense e = ENGINE.evaluate(page("Total Sales (Excluding GST) . 7.00", "Discount : 0.00", "TotalGST . 0.42",
        "Rounding . 0.00", "Total Sales (Inclusive of GST) : ( 7.42.)", "CASH : 7.42", "Change : 0.00"))
        .expenses().get(0);

    assertThat(e.vat()).isNotNull();
    assertThat(e.vat().amount()).isEqualByComparingTo(new BigDecimal("0.42"));
    assertThat(evidence(e, "expense.vat").label()).isEqualTo("=TOTALGST");
  }

  @Test
  void aConfusionInsideAnotherWordIsNoLabel() {
    // 종합겨울세트 holds 합겨: it is an item, not the total, and the items still add up to the printed total.
    Expense e = ENGINE.evaluate(page("한빛마트", "판매일 2024-12-01 10:00", "상품명 수량 금액", "종합겨울세트 1 25,000",
        "종합 겨울세트 1 25,000", "합계 50,000")).expenses().get(0);

    assertThat(e.items()).hasSize(2);
    assertThat(e.total().amount()).isEqualByComparingTo(new BigDecimal("50000"));
    assertThat(evidence(e, "expense.total").label()).isEqualTo("합계");
  }
}
