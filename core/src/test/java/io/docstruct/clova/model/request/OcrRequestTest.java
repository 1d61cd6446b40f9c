package io.docstruct.clova.model.request;

import io.docstruct.testing.Fixtures;
import static io.docstruct.testing.Fixtures.parse;
import static io.docstruct.testing.Fixtures.read;
import static io.docstruct.testing.Fixtures.roundTrip;
import static io.docstruct.testing.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrRequestTest {

  @Test
  void documentedExampleWithTableDetectionAsTheStringFalseIsRead() {
    OcrRequest req = read("fixtures/clova/general/general-v2-request.json", OcrRequest.class);

    assertThat(req.version()).isEqualTo("V2");
    assertThat(req.requestId()).isEqualTo("string");
    assertThat(req.timestamp()).isZero();
    assertThat(req.lang()).isEqualTo("ko");
    assertThat(req.enableTableDetection()).isFalse();
    assertThat(req.images())
        .containsExactly(
            new RequestImage("jpg", "test 1", "https://www.ncloud.com/ocr-test/test.jpg", null, List.of()));
  }

  @Test
  void tableDetectionAsTheStringTrueOrABooleanIsRead() {
    assertThat(parse("{\"enableTableDetection\":\"true\"}", OcrRequest.class).enableTableDetection())
        .isTrue();
    assertThat(parse("{\"enableTableDetection\":true}", OcrRequest.class).enableTableDetection())
        .isTrue();
    assertThat(parse("{}", OcrRequest.class).enableTableDetection()).isNull();
  }

  @Test
  void inlineDataRequestIsRead() {
    OcrRequest req = read("fixtures/clova/general/document-request.json", OcrRequest.class);

    assertThat(req.lang()).isNull();
    assertThat(req.images().get(0).data()).isEqualTo("data");
    assertThat(req.images().get(0).url()).isNull();
  }

  @Test
  void generalFactoryWritesOnlyWhatWasSetAndTableDetectionAsABoolean() {
    OcrRequest req =
        OcrRequest.general("req-1", 1584062336793L, RequestImage.ofUrl("jpg", "demo", "https://x/1.jpg"))
            .withLang("ko")
            .withTableDetection(true);

    JsonNode json = tree(req);

    assertThat(json.get("version").asText()).isEqualTo("V2");
    assertThat(json.get("requestId").asText()).isEqualTo("req-1");
    assertThat(json.get("timestamp").asLong()).isEqualTo(1584062336793L);
    assertThat(json.get("lang").asText()).isEqualTo("ko");
    assertThat(json.get("enableTableDetection").isBoolean()).isTrue();
    assertThat(json.get("enableTableDetection").asBoolean()).isTrue();
    JsonNode image = json.get("images").get(0);
    assertThat(image.get("url").asText()).isEqualTo("https://x/1.jpg");
    assertThat(image.has("data")).isFalse();
    assertThat(image.has("templateIds")).isFalse();
  }

  @Test
  void requestWithoutOptionalsOmitsLangAndTableDetection() {
    JsonNode json = tree(OcrRequest.general("r", 0, RequestImage.forUpload("png", "scan")));

    assertThat(json.has("lang")).isFalse();
    assertThat(json.has("enableTableDetection")).isFalse();
    assertThat(json.get("images").get(0).size()).isEqualTo(2);
  }

  @Test
  void templateRequestSendsTemplateIdsPerImage() {
    OcrRequest req =
        OcrRequest.template("t", 5, RequestImage.forUpload("pdf", "contract").withTemplateIds(List.of(266, 7)));

    JsonNode ids = tree(req).get("images").get(0).get("templateIds");

    assertThat(ids.isArray()).isTrue();
    assertThat(ids.get(0).asInt()).isEqualTo(266);
    assertThat(ids.get(1).asInt()).isEqualTo(7);
  }

  @Test
  void multipartMessageIsTheSameRequestWithoutUrlAndData() {
    OcrRequest req =
        OcrRequest.general("m", 9, RequestImage.ofBytes("jpg", "photo", new byte[] {1, 2, 3}).withTemplateIds(List.of(3)))
            .withTableDetection(false);

    OcrRequest message = req.toMultipartMessage();

    assertThat(message.images())
        .containsExactly(new RequestImage("jpg", "photo", null, null, List.of(3)));
    assertThat(message.requestId()).isEqualTo("m");
    assertThat(message.timestamp()).isEqualTo(9);
    assertThat(message.enableTableDetection()).isFalse();
    assertThat(req.images().get(0).data()).isEqualTo("AQID");
  }

  @Test
  void toStringShowsTheLengthOfDataNeverTheData() {
    byte[] bytes = "a secret scanned page".getBytes(StandardCharsets.UTF_8);
    RequestImage image = RequestImage.ofBytes("png", "scan", bytes);

    String text = OcrRequest.general("r", 0, image).toString();

    assertThat(text).doesNotContain(image.data()).contains("<28 base64 chars>").contains("scan");
    assertThat(RequestImage.forUpload("png", "p").toString()).contains("data=null");
  }

  @Test
  void factoriesNameTheMissingArgument() {
    assertThatNullPointerException()
        .isThrownBy(() -> RequestImage.ofUrl("jpg", "n", null))
        .withMessage("url == null");
    assertThatNullPointerException()
        .isThrownBy(() -> OcrRequest.general(null, 0, RequestImage.forUpload("jpg", "n")))
        .withMessage("requestId == null");
  }

  @Test
  void readWriteReadGivesAnEqualRecord() {
    OcrRequest req =
        OcrRequest.general("rt", 42, RequestImage.ofUrl("jpg", "a", "https://x/a.jpg").withTemplateIds(List.of(1)))
            .withLang("ko,ja")
            .withVersion("V1")
            .withTableDetection(true);

    assertThat(roundTrip(req)).isEqualTo(req);
    OcrRequest seed = read("fixtures/clova/general/general-v2-request.json", OcrRequest.class);
    assertThat(roundTrip(seed)).isEqualTo(seed);
  }
}
