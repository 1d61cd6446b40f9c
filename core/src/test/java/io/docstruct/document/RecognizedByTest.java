package io.docstruct.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.read.ResponseReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An answer in CLOVA General V2's shape made by DocStruct's offline engine says so in a top-level key CLOVA
 * never sends, and reading the saved answer gives the mark back on the document, with the words' mean
 * confidence beside it for routing to review. CLOVA's own answers carry no mark.
 */
class RecognizedByTest {
  private static final String WORDS =
      "\"images\":[{\"uid\":\"p1\",\"name\":\"receipt\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\","
          + "\"convertedImageInfo\":{\"width\":400,\"height\":300,\"pageIndex\":0,\"longImage\":false},"
          + "\"fields\":["
          + "{\"valueType\":\"ALL\",\"inferText\":\"합계\",\"inferConfidence\":0.9,\"type\":\"NORMAL\",\"lineBreak\":false,"
          + "\"boundingPoly\":{\"vertices\":[{\"x\":10,\"y\":10},{\"x\":60,\"y\":10},{\"x\":60,\"y\":30},{\"x\":10,\"y\":30}]}},"
          + "{\"valueType\":\"ALL\",\"inferText\":\"12,000\",\"inferConfidence\":0.5,\"type\":\"NORMAL\",\"lineBreak\":true,"
          + "\"boundingPoly\":{\"vertices\":[{\"x\":80,\"y\":10},{\"x\":150,\"y\":10},{\"x\":150,\"y\":30},{\"x\":80,\"y\":30}]}}"
          + "]}]";

  private static OcrDocument read(String json) {
    return ResponseReader.create().read(json.getBytes(StandardCharsets.UTF_8), "answer.json");
  }

  @Test
  void aMarkedAnswerNamesItsEngineVersionAndLanguages() {
    OcrDocument doc =
        read("{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1700000000000,"
            + "\"docstructEngine\":{\"engine\":\"tesseract\",\"version\":\"5.3.0\",\"languages\":[\"kor\",\"eng\"]},"
            + WORDS + "}");

    assertThat(doc.kind()).isEqualTo(ResponseKind.CLOVA_GENERAL_V2);
    assertThat(doc.recognizedBy()).isEqualTo(new RecognizedBy("tesseract", "5.3.0", List.of("kor", "eng")));
    assertThat(doc.recognizedBy().describe()).isEqualTo("tesseract 5.3.0 (kor+eng)");
    assertThat(doc.meanWordConfidence()).hasValue(0.7);
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void clovasOwnAnswerHasNoMark() {
    OcrDocument doc = read("{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1700000000000," + WORDS + "}");

    assertThat(doc.recognizedBy()).isNull();
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void aMarkThatIsNotTheExpectedObjectIsAWarningNotAnError() {
    OcrDocument doc =
        read("{\"version\":\"V2\",\"docstructEngine\":\"tesseract\"," + WORDS + "}");

    assertThat(doc.recognizedBy()).isNull();
    assertThat(doc.wordCount()).isEqualTo(2);
    assertThat(doc.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.path()).isEqualTo("$.docstructEngine"));
  }

  @Test
  void aDocumentWithoutConfidencesHasNoMean() {
    OcrDocument doc = read("{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\",\"fields\":[]}]}");

    assertThat(doc.meanWordConfidence()).isEmpty();
  }
}
