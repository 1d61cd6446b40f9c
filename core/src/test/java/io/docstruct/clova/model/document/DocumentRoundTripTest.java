package io.docstruct.clova.model.document;

import io.docstruct.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentRoundTripTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "receipt.json",
        "credit-card.json",
        "name-card.json",
        "biz-license.json",
        "id-card.json",
        "medical-receipt.json",
        "passport.json",
        "receipt-items-only.json",
        "receipt-subtotal.json",
        "id-card-IDType.json"
      })
  void readWriteReadGivesEqualRecords(String fixture) throws Exception {
    ClovaResponse first = Fixtures.clova("document/" + fixture);
    byte[] written = WireJson.mapper().writeValueAsBytes(first);
    ClovaResponse second = WireJson.mapper().readValue(written, ClovaResponse.class);

    assertThat(second).isEqualTo(first);
  }
}
