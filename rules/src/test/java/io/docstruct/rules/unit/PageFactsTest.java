package io.docstruct.rules.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Word;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the mapping rules see of each page. */
class PageFactsTest {

  /**
   * A stationery shop's Document OCR receipt: it sells receipt pads (간이영수증) and card slips (승인전표), so
   * the words derived from its values mention two of the General OCR receipt key words.
   */
  private static OcrDocument stationeryReceipt() {
    String json =
        """
        {"version":"V2","requestId":"r","timestamp":1,"images":[{"inferResult":"SUCCESS",
         "receipt":{"result":{
          "storeInfo":{"name":{"text":"모닝문구","boundingPolys":[%s]}},
          "subResults":[{"items":[
           {"name":{"text":"간이영수증 50매","boundingPolys":[%s,%s]},
            "price":{"price":{"text":"1,500","formatted":{"value":"1500"},"boundingPolys":[%s]}}},
           {"name":{"text":"카드 승인전표","boundingPolys":[%s,%s]},
            "price":{"price":{"text":"2,000","formatted":{"value":"2000"},"boundingPolys":[%s]}}}]}],
          "totalPrice":{"price":{"text":"3,500","formatted":{"value":"3500"},"boundingPolys":[%s]}}}}}]}
        """
            .formatted(
                box(100, 20, 220, 50),
                box(20, 100, 130, 125), box(136, 100, 180, 125), box(300, 100, 360, 125),
                box(20, 140, 60, 165), box(66, 140, 150, 165), box(300, 140, 360, 165),
                box(300, 200, 360, 225));
    return ResponseReader.create().read(json.getBytes(StandardCharsets.UTF_8), "stationery.json");
  }

  private static String box(int left, int top, int right, int bottom) {
    return "{\"vertices\":[{\"x\":%d,\"y\":%d},{\"x\":%d,\"y\":%d},{\"x\":%d,\"y\":%d},{\"x\":%d,\"y\":%d}]}"
        .formatted(left, top, right, top, right, bottom, left, bottom);
  }

  @Test
  void aDocumentOcrPageIsMappedFromItsValuesNotFromItsDerivedWords() {
    OcrDocument doc = stationeryReceipt();
    assertThat(doc.pages().get(0).words()).extracting(Word::text).contains("간이영수증", "승인전표");

    List<PageFact> facts = PageFacts.of(doc);
    RuleResult result = RuleEngine.create().evaluate(doc);

    assertThat(facts).singleElement().satisfies(f -> {
      assertThat(f.receipt()).isNotNull();
      assertThat(f.lines()).isEmpty();
      assertThat(f.textMentionCount("합계|부가세|사업자|승인|공급가액|결제금액|총액|영수증")).isZero();
    });
    // one expense, from the receipt's values: the page is not also read as a General OCR receipt
    assertThat(result.expenses()).singleElement().satisfies(e -> {
      assertThat(e.source().kind()).isEqualTo("clova-receipt");
      assertThat(e.items()).hasSize(2);
    });
    assertThat(result.firedRules())
        .noneSatisfy(r -> assertThat(r.rule()).isEqualTo("Map a receipt-like General OCR page to an expense"));
  }
}
