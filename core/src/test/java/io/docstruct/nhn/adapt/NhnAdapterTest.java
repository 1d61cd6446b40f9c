package io.docstruct.nhn.adapt;

import static io.docstruct.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.PageSize;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.json.WireJson;
import io.docstruct.nhn.model.InferTextGroup;
import io.docstruct.nhn.model.NhnResponse;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NhnAdapterTest {
  private final ResponseReader reader = ResponseReader.create();

  @Test
  void repeatedInferTextsKeyKeepsEveryTextInDocumentOrder() throws Exception {
    NhnResponse wire =
        WireJson.mapper()
            .readValue(Fixtures.bytes("fixtures/nhn/nhn-general-response.json"), NhnResponse.class);

    InferTextGroup group = wire.result().listOfInferTexts().get(0);
    assertThat(group.inferTexts()).extracting(t -> t.value()).containsExactly("stella", "artois", "belgium");
    assertThat(group.inferTexts()).extracting(t -> t.conf()).containsExactly(0.99, 0.98, 0.99);
    assertThat(group.repeatedKeys()).isEqualTo(1);
    assertThat(wire.header().successful()).isTrue();
    assertThat(wire.header().resultCode()).isZero();
  }

  @Test
  void generalResponsePairsTextsWithBoxesAndKeepsTextsWithoutBox() {
    OcrDocument doc = reader.read(Fixtures.bytes("fixtures/nhn/nhn-general-response.json"), "nhn");

    assertThat(doc.kind()).isEqualTo(ResponseKind.NHN_GENERAL);
    assertThat(doc.pages()).hasSize(1);
    var words = doc.pages().get(0).words();
    assertThat(words).extracting(Word::text).containsExactly("stella", "artois", "belgium");
    assertThat(words.get(0).polygon().p0()).isEqualTo(new Point(32, 23));
    assertThat(words.get(0).polygon().p2()).isEqualTo(new Point(65, 35));
    assertThat(words.get(0).lineBreak()).isNull();
    assertThat(words.get(1).polygon()).isNull();
    assertThat(words.get(2).polygon()).isNull();
    assertThat(doc.pages().get(0).size())
        .isEqualTo(new PageSize(65, 35, PageSize.Source.POLYGON_EXTENT));
    assertThat(doc.warnings())
        .extracting(w -> w.path() + " " + w.message())
        .containsExactly(
            "$.result.listOfInferTexts[0] key inferTexts appears 2 times; their texts are concatenated in document order",
            "$.result.listOfInferTexts[0] 3 texts but 1 boxes; texts without a box are kept without geometry");
  }

  @Test
  void croppingResponseIsDetectedBySlicesImages() {
    OcrDocument doc =
        reader.read(Fixtures.bytes("fixtures/nhn/nhn-general-cropping-response.json"), "nhn");

    assertThat(doc.kind()).isEqualTo(ResponseKind.NHN_GENERAL_CROPPING);
    assertThat(doc.wordCount()).isEqualTo(3);
  }

  @Test
  void boxesWithoutTextAreDroppedWithAWarning() {
    OcrDocument doc =
        reader.read(
            json(
                "{'header':{'isSuccessful':true,'resultCode':0,'resultMessage':'SUCCESS'},"
                    + "'result':{'listOfInferTexts':[{'inferTexts':[{'value':'합계','conf':1}]}],"
                    + "'listOfBoundingBoxes':[{'boundingBoxes':["
                    + "{'x1':1,'y1':2,'x2':30,'y2':2,'x3':30,'y3':12,'x4':1,'y4':12},"
                    + "{'x1':40,'y1':2,'x2':60,'y2':2,'x3':60,'y3':12,'x4':40,'y4':12}]}]}}"),
            null);

    assertThat(doc.pages().get(0).words()).extracting(Word::text).containsExactly("합계");
    assertThat(doc.pages().get(0).words().get(0).confidence()).isEqualTo(1.0);
    assertThat(doc.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).isEqualTo("1 texts but 2 boxes; boxes without a text are dropped"));
  }

  @Test
  void boxWithMissingCornerKeepsTheTextWithoutGeometry() {
    OcrDocument doc =
        reader.read(
            json(
                "{'header':{'isSuccessful':true,'resultCode':0},"
                    + "'result':{'listOfInferTexts':[{'inferTexts':[{'value':'A'}]}],"
                    + "'listOfBoundingBoxes':[{'boundingBoxes':[{'x1':1,'y1':2,'x2':30}]}]}}"),
            null);

    Word word = doc.pages().get(0).words().get(0);
    assertThat(word.text()).isEqualTo("A");
    assertThat(word.confidence()).isNull();
    assertThat(word.polygon()).isNull();
    assertThat(doc.pages().get(0).size()).isNull();
    assertThat(doc.warnings())
        .extracting(w -> w.path())
        .containsExactly("$.result.listOfBoundingBoxes[0].boundingBoxes[0]");
  }

  @Test
  void wireModelRoundTripsWithTheRepeatedKeyMergedIntoOneArray() throws Exception {
    NhnResponse first =
        WireJson.mapper()
            .readValue(Fixtures.bytes("fixtures/nhn/nhn-general-response.json"), NhnResponse.class);

    byte[] written = WireJson.mapper().writeValueAsBytes(first);
    NhnResponse second = WireJson.mapper().readValue(written, NhnResponse.class);

    assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"inferTexts\":[{\"value\":\"stella\",\"conf\":0.99},{\"value\":\"artois\",\"conf\":0.98},{\"value\":\"belgium\",\"conf\":0.99}]")
        .doesNotContain("repeatedKeys");
    assertThat(second.header()).isEqualTo(first.header());
    assertThat(second.result().listOfBoundingBoxes()).isEqualTo(first.result().listOfBoundingBoxes());
    assertThat(second.result().listOfInferTexts().get(0).inferTexts())
        .isEqualTo(first.result().listOfInferTexts().get(0).inferTexts());
    assertThat(second.result().fileType()).isEqualTo("png");
  }
}
