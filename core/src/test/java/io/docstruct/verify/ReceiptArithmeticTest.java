package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

  @Test
  void unreadableAmountsAreNull() {
    assertThat(KoreanAmount.parse(",")).isNull();
    assertThat(KoreanAmount.parse("·")).isNull();
    assertThat(KoreanAmount.parse("12a")).isNull();
    assertThat(KoreanAmount.parse("")).isNull();
  }
}
