package io.docstruct.verify.number;

import io.docstruct.privacy.Masking;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.verify.Status;
import io.docstruct.verify.Vectors;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The vectors of {@code kr_business_registration.json}, {@code kr_resident_registration.json} and {@code payment_card.json}. */
class NumberVectorsTest {
  private static final Map<String, CardBrand> BRANDS = Map.of(
      "Visa", CardBrand.VISA,
      "Mastercard", CardBrand.MASTERCARD,
      "American Express", CardBrand.AMERICAN_EXPRESS,
      "Discover (incl. BC Global 65xx)", CardBrand.DISCOVER,
      "JCB", CardBrand.JCB,
      "UnionPay", CardBrand.UNIONPAY,
      "Diners Club", CardBrand.DINERS_CLUB,
      "Korean domestic-only (국내전용)", CardBrand.KOREAN_DOMESTIC);

  static Stream<Arguments> business() {
    return Vectors.named("kr_business_registration.json", "vectors", "input").stream();
  }

  static Stream<Arguments> resident() {
    return Vectors.named("kr_resident_registration.json", "vectors", "input").stream();
  }

  static Stream<Arguments> cards() {
    return Vectors.named("payment_card.json", "vectors", "input").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("business")
  void businessNumber(String label, JsonNode v) {
    BusinessNumber n = BusinessNumber.check(v.get("input").asText());
    assertThat(n.formatOk()).isEqualTo(v.get("format_ok").asBoolean());
    assertThat(n.status() == Status.PASS).isEqualTo(v.get("valid").asBoolean());
    if (n.formatOk()) {
      assertThat(n.expectedCheckDigit()).isEqualTo(v.get("expected_check_digit").asInt());
      assertThat(n.typeCode()).isEqualTo(v.get("type_code").asText());
      assertThat(v.get("type").asText()).startsWith(n.type().label().substring(0, 2));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resident")
  void residentNumber(String label, JsonNode v) {
    LocalDate today = LocalDate.parse(Vectors.file("kr_resident_registration.json").get("reference_date").asText());
    LocalDate issue = v.hasNonNull("document_issue_date") ? LocalDate.parse(v.get("document_issue_date").asText()) : null;
    ResidentNumber n = ResidentNumber.check(v.get("input").asText(), issue, today);
    assertThat(n.verdict().name()).isEqualTo(v.get("verdict").asText());
    assertThat(n.formatOk()).isEqualTo(v.get("format_ok").asBoolean());
    if (v.has("expected_check_digit")) {
      assertThat(n.expectedCheckDigit()).isEqualTo(v.get("expected_check_digit").asInt());
      assertThat(n.birthDate()).isEqualTo(LocalDate.parse(v.get("birth_date").asText()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cards")
  void cardNumber(String label, JsonNode v) {
    CardNumber c = CardNumber.check(v.get("input").asText());
    assertThat(c.verdict().name()).isEqualTo(v.get("expected").asText());
    String brand = v.has("brand") ? v.get("brand").asText() : v.get("brand_from_prefix").asText();
    if (brand.startsWith("Discover")) {
      // "Discover (incl. BC Global 65xx)": the network; BC Global's own IINs (6541, 6556) are BC_GLOBAL.
      assertThat(c.brand().network()).isEqualTo(CardBrand.DISCOVER);
    } else {
      assertThat(c.brand()).isEqualTo(BRANDS.get(brand));
    }
    if (v.has("luhn_sum")) {
      assertThat(c.luhnSum()).isEqualTo(v.get("luhn_sum").asInt());
    }
    if (v.has("luhn_valid_variant")) {
      assertThat(c.luhnValidVariant()).isEqualTo(v.get("luhn_valid_variant").asText());
    }
  }

  @Test
  void masksResidentNumbersAfterTheGenderDigit() {
    assertThat(Masking.resident("910623-1062372")).isEqualTo("910623-1******");
    assertThat(Masking.card("5307123456749012")).isEqualTo("5307********9012");
    assertThat(Masking.card("4221**8666")).isEqualTo("4221**8666");
  }
}
