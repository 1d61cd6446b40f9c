package io.docstruct.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaDomains;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.document.ResponseKind;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.ocr.OcrModel;
import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.Violation;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document through DocStruct: a saved response or an image (through the real CLOVA client to the local
 * server), every stage's product in one result, and a status that never lets a failure look like an empty
 * document.
 */
class DocStructTest {
  private static final String SECRET = "pipeline-test-secret";
  private static LocalOcrServer server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() {
    server = LocalOcrServer.builder().secret(SECRET).sampleResponses().start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static ClovaOcrEngine receiptEngine() {
    return ClovaOcrEngine.create(
        ClovaDomains.builder().add(server.invokeUrl("receipt"), SECRET).build(),
        client -> client.retryPolicy(RetryPolicy.none()));
  }

  private Path copy(SampleResponse sample) throws IOException {
    Path file = dir.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path image(SampleResponse sample) throws IOException {
    return Files.write(dir.resolve(sample.imageFileName()), sample.readImage());
  }

  @Test
  void aSavedResponseComesBackWithEveryStagesProduct() throws IOException {
    Path json = copy(SampleResponse.CLOVA_RECEIPT);

    DocumentResult r = DocStruct.create().process(DocumentInput.response(json));

    assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
    assertThat(r.summary()).isEqualTo("processed");
    assertThat(r.name()).isEqualTo("clova-receipt.json");
    assertThat(r.responseBytes()).singleElement().satisfies(b -> assertThat(b.utf8()).isEqualTo(Files.readString(json, UTF_8)));
    assertThat(r.document().kind()).isEqualTo(ResponseKind.CLOVA_RECEIPT);
    assertThat(r.text().text()).contains("빵굽는오후");
    assertThat(r.verification().document()).isEqualTo("receipt");
    assertThat(r.rules().expenses()).hasSize(1);
    assertThat(r.rules().verification()).isSameAs(r.verification());
    assertThat(r.failure()).isNull();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void anImageGoesThroughTheEngineAndItsAnswerIsSavedByteForByte() throws IOException {
    Path photo = image(SampleResponse.CLOVA_RECEIPT);
    Path answer = dir.resolve("clova-receipt.json");

    DocumentResult r;
    try (DocStruct docstruct = DocStruct.builder().ocr(receiptEngine()).model(OcrModel.RECEIPT).build()) {
      r = docstruct.process(DocumentInput.image(photo).savingAnswerAs(answer));
    }

    assertThat(r.status()).as(r.summary()).isEqualTo(DocumentResult.Status.PROCESSED);
    assertThat(r.name()).as("named after the answer it was read from").isEqualTo("clova-receipt.json");
    assertThat(r.answerFile()).isEqualTo(answer);
    assertThat(r.responseBytes()).singleElement().satisfies(b -> assertThat(Files.readString(answer, UTF_8)).isEqualTo(b.utf8()));
    assertThat(r.rules().expenses()).singleElement().satisfies(e -> assertThat(e.merchant().name()).isEqualTo("빵굽는오후"));
  }

  @Test
  void anImageTheServiceCannotReadFailsAtOcrNamingThePageAndSavesNothing() throws IOException {
    // No recording answers this image: the local server says so with an image FAILURE, as CLOVA would.
    Path photo = Files.write(dir.resolve("unknown.png"), SampleResponse.CLOVA_GENERAL.readImage().clone());
    Files.write(photo, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    Path answer = dir.resolve("unknown.json");

    DocumentResult r;
    try (DocStruct docstruct = DocStruct.builder().ocr(receiptEngine()).model(OcrModel.RECEIPT).build()) {
      r = docstruct.process(DocumentInput.image(photo).savingAnswerAs(answer));
    }

    assertThat(r.status()).isEqualTo(DocumentResult.Status.FAILED);
    assertThat(r.failure().stage()).isEqualTo(Stage.OCR);
    assertThat(r.failure().reason()).startsWith("image 0 \"unknown\": FAILURE, no recorded response for this image");
    assertThat(r.name()).as("no answer was saved: named after the image").isEqualTo("unknown.png");
    assertThat(answer).doesNotExist();
    assertThat(r.rules().violations())
        .as("the rules say it too")
        .extracting(Violation::rule)
        .containsExactly("Page not recognised");
    assertThat(r.rules().expenses()).isEmpty();
  }

  @Test
  void aResponseWithOneUnreadablePageIsProcessedWithProblems() throws IOException {
    String receipt;
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      receipt = new String(in.readAllBytes(), UTF_8);
    }
    String twoPages =
        receipt.replaceFirst(
            "\"images\"\\s*:\\s*\\[",
            "\"images\":[{\"uid\":\"u0\",\"name\":\"back\",\"inferResult\":\"FAILURE\",\"message\":\"image too small\"},");
    Path json = Files.writeString(dir.resolve("two.json"), twoPages);

    DocumentResult r = DocStruct.create().process(DocumentInput.response(json));

    assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED_WITH_PROBLEMS);
    assertThat(r.problems()).singleElement().hasToString("ocr: image 0 \"back\": FAILURE, image too small");
    assertThat(r.summary()).isEqualTo("processed with problems: ocr: image 0 \"back\": FAILURE, image too small");
    assertThat(r.rules().expenses()).hasSize(1);
  }

  @Test
  void aBadInputIsAResultNeverAnException() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"version\":\"V2\",\"images\":[");
    DocStruct docstruct = DocStruct.create();

    DocumentResult malformed = docstruct.process(DocumentInput.response(broken));
    DocumentResult missing = docstruct.process(DocumentInput.response(dir.resolve("gone.json")));
    DocumentResult image = docstruct.process(DocumentInput.image(dir.resolve("photo.jpg")));

    assertThat(malformed.failure().stage()).isEqualTo(Stage.READ);
    assertThat(malformed.failure().reason()).startsWith("malformed JSON").doesNotContain(broken.toString());
    assertThat(malformed.document()).isNull();
    assertThat(missing.failure()).as("the name is the caller's to show").hasToString("read: no such file");
    assertThat(image.failure())
        .hasToString("ocr: no OCR engine to read images with: build DocStruct with ocr(engine)");
  }

  @Test
  void theLastStageDecidesWhatRuns() throws IOException {
    Path json = copy(SampleResponse.CLOVA_RECEIPT);

    DocumentResult verified = DocStruct.builder().lastStage(Stage.VERIFY).build().process(DocumentInput.response(json));
    DocumentResult read = DocStruct.builder().lastStage(Stage.READ).build().process(DocumentInput.response(json));

    assertThat(verified.verification()).isNotNull();
    assertThat(verified.rules()).isNull();
    assertThat(read.text()).isNotNull();
    assertThat(read.verification()).isNull();
    assertThat(read.status()).isEqualTo(DocumentResult.Status.PROCESSED);
  }

  @Test
  void theBuilderRefusesSettingsThatDoNotFitBeforeAnythingRuns() throws IOException {
    Path badRules = Files.writeString(dir.resolve("bad.drl"), "package x; rule \"r\" when then oops end");

    assertThatThrownBy(() -> DocStruct.builder().ocr(receiptEngine()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the OCR engine does not serve General OCR, which images are read as by default; it serves"
                + " Document OCR (receipt): set model(…) to one of them");
    assertThatThrownBy(() -> DocStruct.builder().model(OcrModel.RECEIPT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model/ocrRequest needs an OCR engine: set ocr(engine)");
    assertThatThrownBy(() -> DocStruct.builder().rules(badRules).build())
        .isInstanceOf(RuleDefinitionException.class)
        .hasMessageContaining("bad.drl");
    assertThatThrownBy(() -> DocStruct.builder().ruleEngine(RuleEngine.create()).clock(Clock.systemUTC()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ruleEngine comes with its own clock: set it on RuleEngine.builder()");
    assertThatThrownBy(() -> DocStruct.builder().lastStage(Stage.VERIFY).rules(badRules).build())
        .hasMessage("rules are not run when the last stage is verify");
    assertThatThrownBy(() -> DocStruct.builder().jobs(0)).hasMessage("jobs must be between 1 and 256: 0");
    assertThatThrownBy(() -> DocStruct.builder().jobs(2).jobs(3)).hasMessage("jobs was already set");
    assertThatThrownBy(() -> DocStruct.builder().lastStage(Stage.PDF))
        .hasMessage("lastStage must be read, verify or map, not pdf");
  }

  @Test
  void aSearchablePdfIsWrittenFromTheImageWithTheReadingOrderOfTheResult() throws IOException {
    Path photo = image(SampleResponse.CLOVA_RECEIPT);
    Path pdf = dir.resolve("out.pdf");
    DocumentResult r;
    try (DocStruct docstruct = DocStruct.builder().ocr(receiptEngine()).model(OcrModel.RECEIPT).build()) {
      r = docstruct.writePdf(docstruct.process(DocumentInput.image(photo)), pdf);
    }

    assertThat(r.pdf()).isEqualTo(pdf);
    assertThat(r.summary()).isEqualTo("processed, PDF out.pdf");
    String text = ExternalTool.require("pdftotext", "poppler-utils").run("-raw", pdf.toString(), "-");
    assertThat(text).contains("빵굽는오후");
  }

  @Test
  void aResponseWithoutItsImageGetsNoPdfAndAWarning() throws IOException {
    DocStruct docstruct = DocStruct.create();
    DocumentResult r = docstruct.process(DocumentInput.response(copy(SampleResponse.CLOVA_RECEIPT)));

    DocumentResult after = docstruct.writePdf(r, dir.resolve("x.pdf"));

    assertThat(after.pdf()).isNull();
    assertThat(after.warnings()).singleElement().hasToString("pdf: no source image");
    assertThat(after.status()).isEqualTo(DocumentResult.Status.PROCESSED);
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }
}
