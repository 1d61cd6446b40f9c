package io.docstruct.samples;

import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each runnable sample, run in-process: usage errors return 2, real runs produce their output. */
class SampleProgramsTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, UTF_8);

  private String out() {
    return outBytes.toString(UTF_8);
  }

  private String err() {
    return errBytes.toString(UTF_8);
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

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(name), name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void everySamplePrintsUsageAndReturnsTwoOnBadArguments() throws Exception {
    assertThat(ProcessFolder.run(Map.of(), out, err, "only-one")).isEqualTo(2);
    assertThat(RecognizeReceipt.run(Map.of(), out, err)).isEqualTo(2);
    assertThat(ReceiptsToExcel.run(out, err, "only-one")).isEqualTo(2);
    assertThat(MakeSearchablePdf.run(out, err, "a.json")).isEqualTo(2);
    assertThat(VerifyPassport.run(out, err)).isEqualTo(2);
    assertThat(CustomRules.run(out, err, "a.json")).isEqualTo(2);

    assertThat(err().lines()).hasSize(6).allMatch(line -> line.startsWith("usage: "));
    assertThat(out()).isEmpty();
  }

  @Test
  void recognizeReceiptCallsTheServiceAndPrintsTheExpense() throws IOException {
    Path recordings = Files.createDirectories(dir.resolve("recordings"));
    Files.copy(copy(SampleResponse.CLOVA_RECEIPT), recordings.resolve("shop.json"));
    Path photo = Files.write(dir.resolve("shop.png"), SampleResponse.CLOVA_RECEIPT.readImage());
    try (LocalOcrServer server = LocalOcrServer.builder().secret("s").responses(recordings).start()) {
      int status =
          RecognizeReceipt.run(
              Map.of("CLOVA_OCR_URL_RECEIPT", server.invokeUrl("receipt"), "CLOVA_OCR_SECRET_RECEIPT", "s"),
              out, err, photo.toString());

      assertThat(err()).isEmpty();
      assertThat(status).isZero();
      assertThat(out()).contains("빵굽는오후");
    }
  }

  @Test
  void recognizeReceiptRefusesAGeneralDomainWithoutSendingAnything() throws IOException {
    // It used to be documented with a General domain's URL, and its receipt went to an endpoint derived from it.
    // Through the pipeline the refusal comes when DocStruct is built, before any image is read or sent.
    Path photo = Files.write(dir.resolve("shop.png"), SampleResponse.CLOVA_RECEIPT.readImage());
    try (LocalOcrServer server = LocalOcrServer.builder().secret("s").start()) {
      int status =
          RecognizeReceipt.run(
              Map.of("CLOVA_OCR_URL_RECEIPT", server.invokeUrl("general"), "CLOVA_OCR_SECRET_RECEIPT", "s"),
              out, err, photo.toString());

      assertThat(status).isEqualTo(2);
      assertThat(err())
          .isEqualTo(
              "RecognizeReceipt: the OCR engine does not serve Document OCR (receipt), which images are read"
                  + " as; it serves General OCR: set model(…) to one of them\n");
      assertThat(server.requestCount()).isZero();
    }
  }

  @Test
  void processFolderWritesTheWorkbookAPdfPerImageAndALinePerInput() throws Exception {
    Path recordings = Files.createDirectories(dir.resolve("recordings"));
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(copy(SampleResponse.CLOVA_RECEIPT), recordings.resolve("bakery.json"));
    Files.write(in.resolve("bakery.png"), SampleResponse.CLOVA_RECEIPT.readImage());
    Files.copy(copy(SampleResponse.CLOVA_DINNER), in.resolve("dinner.json"));        // a response without its image
    Files.write(in.resolve("blank.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1}); // no recording
    Path outDir = dir.resolve("out");
    try (LocalOcrServer server = LocalOcrServer.builder().secret("s").responses(recordings).start()) {
      int status =
          ProcessFolder.run(
              Map.of("CLOVA_OCR_URL", server.invokeUrl("receipt"), "CLOVA_OCR_SECRET", "s"),
              out, err, in.toString(), outDir.toString());

      assertThat(err()).isEmpty();
      assertThat(status).isZero();
    }
    assertThat(out().lines())
        .containsExactly(
            "bakery.json: processed, PDF bakery.pdf",
            "blank.png: failed: ocr: image 0 \"blank\": FAILURE, no recorded response for this image; tried sha256 "
                + sha256(in.resolve("blank.png")) + ", file name \"blank.png\", image name \"blank\"",
            "dinner.json: processed (pdf: no source image)");
    assertThat(outDir.resolve("expenses.xlsx")).isNotEmptyFile();
    assertThat(outDir.resolve("bakery.pdf")).isNotEmptyFile();
    assertThat(in.resolve("bakery.json")).as("the answer is kept beside its image").isNotEmptyFile();
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void receiptsToExcelWritesTheWorkbook() throws IOException {
    Path xlsx = dir.resolve("expenses.xlsx");

    int status =
        ReceiptsToExcel.run(out, err, xlsx.toString(), copy(SampleResponse.CLOVA_RECEIPT).toString(),
            copy(SampleResponse.CLOVA_DINNER).toString());

    assertThat(err()).isEmpty();
    assertThat(status).isZero();
    assertThat(xlsx).isNotEmptyFile();
  }

  @Test
  void makeSearchablePdfWritesThePdf() throws IOException {
    Path pdf = dir.resolve("receipt.pdf");

    int status =
        MakeSearchablePdf.run(out, err, copy(SampleResponse.CLOVA_RECEIPT).toString(),
            image(SampleResponse.CLOVA_RECEIPT).toString(), pdf.toString());

    assertThat(err()).isEmpty();
    assertThat(status).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(UTF_8));
  }

  @Test
  void verifyPassportPrintsTheFindings() throws IOException {
    int status = VerifyPassport.run(out, err, resource("passport.json").toString());

    assertThat(err()).isEmpty();
    assertThat(status).isIn(0, 1);
    assertThat(out()).contains("mrz.format").containsPattern("passport: (valid|NOT valid)");
  }

  @Test
  void customRulesFlagTheWeekendDinner() throws IOException {
    Path rules = dir.resolve("weekend-expenses.drl");
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("rules/weekend-expenses.drl"))) {
      Files.copy(in, rules);
    }

    int status = CustomRules.run(out, err, copy(SampleResponse.CLOVA_DINNER).toString(), rules.toString());

    assertThat(err()).isEmpty();
    assertThat(status).isZero();
    assertThat(out()).contains("1 expense(s)").doesNotContain("0 violation(s)");
  }
}
