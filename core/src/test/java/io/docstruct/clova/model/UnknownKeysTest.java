package io.docstruct.clova.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.json.RawJson;
import io.docstruct.json.WireJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys the wire records do not model survive a read → write round trip where real answers carry them: at the
 * top level and in each image ({@code originalFileName}, {@code imageType}, as in real General OCR answers),
 * with any JSON value, numbers exactly as written. Deeper levels are documented as not kept.
 */
class UnknownKeysTest {
  private static final String ANSWER =
      "{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1700000000000,"
          + "\"originalFileName\":\"\\uc601\\uc218\\uc99d.jpg\","
          + "\"imageType\":\"JPG\","
          + "\"engine\":{\"build\":[1,2.50,12345678901234567890123,1e400],\"beta\":null,\"on\":true},"
          + "\"images\":[{\"uid\":\"u\",\"name\":\"receipt\",\"inferResult\":\"SUCCESS\","
          + "\"imageType\":\"JPG\",\"originalFileName\":\"receipt.jpg\",\"rotation\":-90,"
          + "\"fields\":[{\"inferText\":\"합계\",\"futureKey\":1}]}]}";

  @Test
  void unknownKeysAtTheTopAndInEachImageSurviveAReadWriteRoundTrip() throws Exception {
    ClovaResponse response = WireJson.responseMapper().readValue(ANSWER, ClovaResponse.class);

    JsonNode written = WireJson.mapper().readTree(WireJson.mapper().writeValueAsString(response));

    JsonNode original = WireJson.mapper().readTree(ANSWER);
    for (String key : List.of("originalFileName", "imageType", "engine")) {
      assertThat(written.get(key)).as(key).isEqualTo(original.get(key));
    }
    JsonNode image = written.get("images").get(0);
    for (String key : List.of("imageType", "originalFileName", "rotation")) {
      assertThat(image.get(key)).as(key).isEqualTo(original.get("images").get(0).get(key));
    }
    assertThat(response.unknown().get("engine").json())
        // numbers keep their value and precision (2.50 stays 2.50), not always their spelling
        .isEqualTo("{\"build\":[1,2.50,12345678901234567890123,1E+400],\"beta\":null,\"on\":true}");
    assertThat(response.unknown().get("originalFileName").toTree().asText()).isEqualTo("영수증.jpg");
    assertThat(response.unknown()).containsOnlyKeys("engine", "imageType", "originalFileName");
    assertThat(response.images().get(0).unknown()).containsOnlyKeys("imageType", "originalFileName", "rotation");
  }

  @Test
  void keysBelowTheImageAreNotKeptAsDocumented() throws Exception {
    ClovaResponse response = WireJson.responseMapper().readValue(ANSWER, ClovaResponse.class);

    JsonNode field =
        WireJson.mapper().valueToTree(response).get("images").get(0).get("fields").get(0);

    assertThat(field.get("inferText").asText()).isEqualTo("합계");
    assertThat(field.has("futureKey")).isFalse();
  }

  @Test
  void recordsMadeInCodeHaveNoUnknownKeysAndWriteNone() throws Exception {
    ClovaResponse made = new ClovaResponse("V2", "r", 1L, List.of());

    assertThat(made.unknown()).isEmpty();
    ObjectNode json = WireJson.mapper().valueToTree(made);
    assertThat(json.fieldNames()).toIterable().containsExactly("version", "requestId", "timestamp", "images");
  }

  @Test
  void rawJsonIsOneJsonValue() {
    assertThat(RawJson.of("{\"a\": [1, 2]}").toTree().get("a").size()).isEqualTo(2);
    assertThatThrownBy(() -> RawJson.of("1 2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RawJson.of("{")).isInstanceOf(IllegalArgumentException.class);
  }
}
