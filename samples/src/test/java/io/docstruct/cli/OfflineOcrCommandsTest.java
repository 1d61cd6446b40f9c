package io.docstruct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.read.ResponseReader;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.testing.server.SampleResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with Tesseract, offline and without any variable: {@code ocr --provider tesseract} saves
 * an answer in CLOVA's shape that every other command reads, {@code batch --ocr --provider tesseract} books
 * a folder of photos, and what Tesseract cannot do is refused with exit 2 before anything runs. The photo is
 * the demo's supermarket receipt (CLOVA's recorded answer maps it to 5,050 won).
 */
class OfflineOcrCommandsTest {
  @TempDir Path dir;

  private Path receipt() throws Exception {
    return Files.write(dir.resolve("receipt.png"), SampleResponse.CLOVA_GENERAL.readImage());
  }

  @Test
  void ocrWithTesseractSavesAClovaAnswerThatMapReads() throws Exception {
    ExternalTool.require("tesseract", TesseractInstallation.APT_PACKAGES);
    Path image = receipt();
    Path answer = dir.resolve("receipt.json");

    CliRun ocr = CliRun.of(Map.of(), cl -> {}, "ocr", image.toString(), "--type", "general", "--provider",
        "tesseract", "-o", answer.toString());
    CliRun map = CliRun.of("map", answer.toString());

    assertThat(ocr.exit()).as(ocr.err()).isZero();
    assertThat(ocr.err()).startsWith("wrote " + answer + ": clova-general-v2, 1 page");
    OcrDocument doc = ResponseReader.create().read(answer);
    assertThat(doc.recognizedBy().engine()).isEqualTo("tesseract");
    assertThat(map.exit()).isZero();
    assertThat(map.out()).contains("\"total\"").contains("5050");
  }

  @Test
  void batchWithTesseractBooksAFolderOfPhotos() throws Exception {
    ExternalTool.require("tesseract", TesseractInstallation.APT_PACKAGES);
    Path photos = Files.createDirectory(dir.resolve("photos"));
    Files.move(receipt(), photos.resolve("receipt.png"));
    Path xlsx = dir.resolve("expenses.xlsx");

    CliRun batch = CliRun.of(Map.of(), cl -> {}, "batch", photos.toString(), "--ocr", "--type", "general",
        "--provider", "tesseract", "--xlsx", xlsx.toString());

    assertThat(batch.exit()).as(batch.err()).isZero();
    assertThat(batch.out()).contains("batch: 1 done, 0 failed");
    assertThat(photos.resolve("receipt.json")).exists();
    assertThat(xlsx).exists();
  }

  @Test
  void whatTesseractCannotReadIsRefusedWithExitTwo() throws Exception {
    Path image = receipt();

    CliRun receiptModel = CliRun.of(Map.of(), cl -> {}, "ocr", image.toString(), "--type", "receipt",
        "--provider", "tesseract");
    CliRun domains = CliRun.of(Map.of(), cl -> {}, "ocr", image.toString(), "--type", "general",
        "--provider", "tesseract", "--domains", dir.resolve("d.properties").toString());

    assertThat(receiptModel.exit()).isEqualTo(2);
    assertThat(receiptModel.err()).contains("--provider tesseract reads --type general only, not --type receipt");
    assertThat(domains.exit()).isEqualTo(2);
    assertThat(domains.err()).contains("--domains applies to --provider clova only");
  }
}
