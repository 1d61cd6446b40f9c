package io.docstruct.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.FieldEvidence;
import io.docstruct.tesseract.ImagePreparation;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.tesseract.TesseractOcrEngine;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A receipt photo through the pipeline with the offline engine: Tesseract reads it, the rules map it, and
 * the expense's total and date are the printed ones; the result says which engine read it, its saved answer
 * reads back to the same expense, and its searchable PDF has the words. The receipts are the synthetic ones
 * of the Tesseract module's tests (a clean one, and one photographed 2–3° off).
 *
 * <p>Tesseract misreads some labels (합계 as 합겨): the label rules know those misreadings as whole words (the
 * OCR confusions of {@code receipt-labels.drl}), so the total is still read from its label.
 */
class TesseractPipelineTest {
  @TempDir Path dir;

  private Path scan(String name) throws Exception {
    Path file = dir.resolve(name + ".jpg");
    try (InputStream in = getClass().getResourceAsStream("/scans/img/" + name + ".jpg")) {
      Files.copy(in, file);
    }
    return file;
  }

  @ParameterizedTest
  @CsvSource({"ko-receipt-01, 37100, 2024-11-11", "ko-receipt-05, 26200, 2024-12-27"})
  void aReceiptPhotoIsReadOfflineAndMappedToItsTotalAndDate(String name, BigDecimal total, LocalDate date)
      throws Exception {
    ExternalTool.require("tesseract", TesseractInstallation.APT_PACKAGES);
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    Path image = scan(name);
    Path answer = dir.resolve(name + ".json");

    try (DocStruct docstruct = DocStruct.builder().ocr(TesseractOcrEngine.create()).build()) {
      DocumentResult r = docstruct.process(DocumentInput.image(image).savingAnswerAs(answer));
      r = docstruct.writePdf(r, dir.resolve(name + ".pdf"));

      assertThat(r.status()).isEqualTo(DocumentResult.Status.PROCESSED);
      assertThat(r.recognizedBy().engine()).isEqualTo("tesseract");
      Expense expense = r.rules().expenses().get(0);
      assertThat(expense.total().amount()).isEqualByComparingTo(total);
      assertThat(expense.date()).isEqualTo(date);

      DocumentResult replayed = docstruct.process(DocumentInput.response(answer));
      assertThat(replayed.recognizedBy()).isEqualTo(r.recognizedBy());
      assertThat(replayed.rules().expenses().get(0).total().amount()).isEqualByComparingTo(total);
      assertThat(pdftotext.run("-layout", r.pdf().toString(), "-")).contains("합계");
    }
  }

  @Test
  void aTotalLabelTesseractMisreadsStillLabelsTheTotal() throws Exception {
    ExternalTool.require("tesseract", TesseractInstallation.APT_PACKAGES);
    // Photographed 2–3° off. Tesseract 5.3.0 reads its 합계 as 합겨 when the page is scaled four times (its
    // 20-pixel lines to 80), as the engine did before it measured the height of Korean lines right; at the
    // default 24 pixels it reads 합계.
    Path image = scan("ko-receipt-07");
    TesseractOcrEngine enlarged = TesseractOcrEngine.builder().preparation(new ImagePreparation(true, 80, false)).build();

    try (DocStruct docstruct = DocStruct.builder().ocr(enlarged).build()) {
      DocumentResult r = docstruct.process(DocumentInput.image(image));

      Expense expense = r.rules().expenses().get(0);
      assertThat(expense.total().amount()).isEqualByComparingTo(new BigDecimal("35400"));
      assertThat(expense.date()).isEqualTo(LocalDate.of(2024, 6, 19));
      FieldEvidence total = expense.evidence().stream().filter(f -> f.field().equals("expense.total")).findFirst()
          .orElseThrow();
      assertThat(total.evidence().label()).as("the total's label, as read").isEqualTo("=합겨");
    }
  }
}
