package io.docstruct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.samples.ReceiptPhotos;
import io.docstruct.testing.server.LocalOcrServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17's bar for the pipeline: a CLI-free program of under 30 lines ({@link ReceiptPhotos}) turns a folder
 * of receipt photos, read by the CLOVA client through the local server, into exactly what {@code docstruct batch
 * --ocr} makes of the same folder: the same workbook cell for cell (values and formulas, every sheet), the same
 * PDFs (their text as {@code pdftotext} reads it) and the same failures with their reasons.
 */
class PipelineMatchesBatchTest {
  private static final String SECRET = "same-secret";

  @TempDir Path dir;

  /** A photo whose pixels differ with {@code n}, so that no two share a SHA-256. */
  private static void photo(Path file, int n) throws IOException {
    BufferedImage image = new BufferedImage(320, 568, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(n, n, 0, 200);
    ImageIO.write(image, "png", file.toFile());
  }

  /** Every cell of every sheet as text: its sheet, address, shown value and, for a formula, the formula. */
  private static List<String> cells(Path xlsx) throws IOException {
    List<String> cells = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + format.formatCellValue(cell)
                + (cell.getCellType() == CellType.FORMULA ? " {=" + cell.getCellFormula() + "}" : ""));
          }
        }
      }
    }
    return cells;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
    }
  }

  @Test
  void aShortProgramGetsExactlyWhatBatchGets() throws Exception {
    Path recordings = Files.createDirectories(dir.resolve("recordings"));
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    for (int n = 1; n <= 6; n++) {
      String base = String.format("p%02d", n);
      Files.write(recordings.resolve(base + ".json"), BatchFixtures.receipt(n));
      photo(a.resolve(base + ".png"), n);
    }
    // an ID card sent to the receipt domain, answered as an ID card; and a photo the server has no answer for
    try (InputStream id = PipelineMatchesBatchTest.class.getResourceAsStream("leak/id-card.json")) {
      Files.write(recordings.resolve("id07.json"), id.readAllBytes());
    }
    photo(a.resolve("id07.png"), 7);
    photo(a.resolve("p08.png"), 8);
    try (Stream<Path> photos = Files.list(a)) {
      for (Path p : photos.toList()) {
        Files.copy(p, b.resolve(p.getFileName()));
      }
    }
    Path outA = Files.createDirectories(dir.resolve("out-a/pdf"));
    Path outB = dir.resolve("out-b");

    List<String> failures;
    CliRun batch;
    try (LocalOcrServer server = LocalOcrServer.builder().secret(SECRET).responses(recordings).start()) {
      failures = ReceiptPhotos.toWorkbook(a, outA, dir.resolve("out-a/expenses.xlsx"), server.invokeUrl("receipt"), SECRET);
      batch =
          CliRun.of(
              Map.of("CLOVA_OCR_URL_RECEIPT", server.invokeUrl("receipt"), "CLOVA_OCR_SECRET_RECEIPT", SECRET),
              cl -> {},
              "batch", b.toString(), "--ocr", "--type", "receipt", "--xlsx", dir.resolve("out-b.xlsx").toString(),
              "--pdf-dir", outB.toString());
    }

    assertThat(batch.out()).startsWith("batch: 7 done, 1 failed, 0 skipped");
    assertThat(failures)
        .as("the failures, with their reasons, as batch reports them")
        .isEqualTo(batch.errLines().stream().map(l -> l.substring(ErrorHandler.PREFIX.length())).toList())
        .singleElement()
        .asString()
        .startsWith("p08.png: ocr: image 0 \"p08\": FAILURE, no recorded response for this image");
    List<String> cells = cells(dir.resolve("out-a/expenses.xlsx"));
    assertThat(cells).isEqualTo(cells(dir.resolve("out-b.xlsx")));
    assertThat(cells)
        .contains("Expenses!B2=p01.json", "Identity documents!A2=id07.json", "Failures!A2=p08.png", "Failures!B2=ocr")
        .anyMatch(c -> c.startsWith("Expenses!R2=") && c.contains("{=SUMIF("));
    assertThat(names(outA)).isEqualTo(names(outB)).hasSize(7);
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    for (String pdf : names(outA)) {
      String text = pdftotext.run("-raw", outA.resolve(pdf).toString(), "-");
      assertThat(text).as(pdf).isEqualTo(pdftotext.run("-raw", outB.resolve(pdf).toString(), "-")).isNotBlank();
    }
  }
}
