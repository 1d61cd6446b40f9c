package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code receipt_vat.json} and the Korean amount formats of real receipts. */
class ReceiptArithmeticTest {

  static Stream<Arguments> triples() {
    return Vectors.named("receipt_vat.json", "triples", "expected").stream();
  }

  static Stream<Arguments> splits() {
    return Vectors.named("receipt_vat.json", "vat_split_vectors", "taxable_total_incl_vat").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triples")
  void vatTriple(String label, JsonNode v) {
    long supply = v.has("공급가액") ? v.get("공급가액").asLong() : v.get("과세물품가액").asLong();
    long taxFree = v.path("면세물품가액").asLong(0);
    long tolerance = Vectors.file("receipt_vat.json").get("tolerance_won").asLong();
    assertThat(Vat.check(supply, v.get("부가세").asLong(), taxFree, v.get("합계").asLong(), tolerance).name())
        .isEqualTo(v.get("expected").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("splits")
  void everyRoundingConventionIsWithinOneWon(String label, JsonNode v) {
    long total = v.get("taxable_total_incl_vat").asLong();
    assertThat(Vat.vatOf(total)).isEqualTo(v.get("vat_round_half_up").asLong());
    for (String k : new String[] {"vat_round_half_up", "vat_floor", "vat_ceil", "vat_if_supply_floor"}) {
      assertThat(Vat.plausible(total, v.get(k).asLong(), 1)).as(k).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1,600;1600;false", "16.960;16960;false", "3,984원;3984;false", "-3,00;-300;true", "+2,000;2000;false",
      "(1,000);-1000;false", "800;800;false", "₩ 12,345,678;12345678;false", "9.500;9500;false"})
  void koreanAmounts(String text, long won, boolean irregular) {
    assertThat(KoreanAmount.parse(text)).isEqualTo(new KoreanAmount(won, irregular));
  }

  /** A POS that rounds VAT line by line: the mart receipt of the corpus prints 2,311 for round(25,380 / 11) = 2,307. */
  @Test
  void vatRoundedItemByItemIsWithinOneWonPerItem() {
    Finding vat = verifyMart("2,311", "2311").findings(Check.RECEIPT_VAT).get(0);
    assertThat(vat.status()).isEqualTo(Status.PASS);
    assertThat(vat.expected()).isEqualTo("2307 ± 6");
    assertThat(vat.message()).contains("1 won per priced item (6 items)");
  }

  @Test
  void vatBeyondOneWonPerItemStillFails() {
    Finding vat = verifyMart("2,330", "2330").findings(Check.RECEIPT_VAT).get(0);
    assertThat(vat.status()).isEqualTo(Status.FAIL);
    assertThat(vat.expected()).isEqualTo("2307 ± 6");
  }

  @Test
  void theToleranceIsOneWonPerTaxableItemAndAtLeastOne() {
    assertThat(Vat.tolerance(0)).isEqualTo(1);
    assertThat(Vat.tolerance(1)).isEqualTo(1);
    assertThat(Vat.tolerance(6)).isEqualTo(6);
  }

  private static VerificationReport verifyMart(String vatText, String vatValue) {
    String json = Fixtures.text("fixtures/corpus/valid/receipt-mart-per-item-vat.json")
        .replace("\"text\": \"2,311\"", "\"text\": \"" + vatText + "\"")
        .replace("\"value\": \"2311\"", "\"value\": \"" + vatValue + "\"");
    OcrDocument doc = ResponseReader.create().read(json.getBytes(StandardCharsets.UTF_8), "mart.json");
    return Verifier.create(PassportCrossCheckTest.CLOCK).verify(doc);
  }

  @Test
  void unreadableAmountsAreNull() {
    assertThat(KoreanAmount.parse(",")).isNull();
    assertThat(KoreanAmount.parse("·")).isNull();
    assertThat(KoreanAmount.parse("12a")).isNull();
    assertThat(KoreanAmount.parse("")).isNull();
  }
}
