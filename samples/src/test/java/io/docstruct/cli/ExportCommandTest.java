package io.docstruct.cli;

import io.docstruct.testing.server.SampleResponse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct export … --pdf / --xlsx}: a searchable PDF and an Excel workbook from a response. */
class ExportCommandTest {
  @TempDir Path dir;

  private static String field(String text, int x, int y, int w, boolean lineBreak) {
    return """
        {"valueType":"ALL","inferText":"%s","inferConfidence":0.99,"type":"NORMAL","lineBreak":%s,
         "boundingPoly":{"vertices":[{"x":%d,"y":%d},{"x":%d,"y":%d},{"x":%d,"y":%d},{"x":%d,"y":%d}]}}"""
        .formatted(text, lineBreak, x, y, x + w, y, x + w, y + 30, x, y + 30);
  }

  private Path response() throws IOException {
    String json =
        """
        {"version":"V2","requestId":"r-1","timestamp":1715849512087,"images":[{"uid":"u","name":"scan",
         "inferResult":"SUCCESS","message":"SUCCESS",
         "convertedImageInfo":{"width":400,"height":200,"pageIndex":0,"longImage":false},
         "fields":[%s,%s,%s]}]}"""
            .formatted(
                field("주민등록증", 20, 20, 120, false),
                field("홍길동", 160, 20, 90, true),
                field("Seoul", 20, 80, 80, true));
    return Files.writeString(dir.resolve("scan.json"), json, UTF_8);
  }

  private Path image() throws IOException {
    BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 200);
    g.dispose();
    Path png = dir.resolve("scan.png");
    ImageIO.write(image, "png", png.toFile());
    return png;
  }

  @Test
  void writesASearchablePdf() throws IOException {
    Path out = dir.resolve("scan.pdf");

    CliRun run =
        CliRun.of("export", response().toString(), "--source", image().toString(), "--pdf",
            out.toString(), "--pdfa");

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Wrote " + out);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      assertThat(new PDFTextStripper().getText(doc).strip().split("\\s+"))
          .containsExactly("주민등록증", "홍길동", "Seoul");
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
    }
  }

  /**
   * A card scanned sideways (its text runs down the image) is shown upright in the PDF, its lines read in
   * order; {@code --keep-page-rotation} keeps the page as scanned.
   */
  @Test
  void aSidewaysScanIsShownUprightUnlessThePageRotationIsKept() throws IOException {
    Path json = Files.write(dir.resolve("side.json"), BatchFixtures.sidewaysScan());
    Path png = dir.resolve("side.png");
    ImageIO.write(new BufferedImage(200, 400, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Path upright = dir.resolve("upright.pdf");
    Path kept = dir.resolve("kept.pdf");

    CliRun turned = CliRun.of("export", json.toString(), "--source", png.toString(), "--pdf", upright.toString());
    CliRun keeping =
        CliRun.of("export", json.toString(), "--source", png.toString(), "--pdf", kept.toString(),
            "--keep-page-rotation");

    assertThat(turned.exit()).isZero();
    assertThat(keeping.exit()).isZero();
    try (PDDocument doc = Loader.loadPDF(upright.toFile())) {
      assertThat(doc.getPage(0).getRotation()).isEqualTo(270);
      assertThat(new PDFTextStripper().getText(doc).strip().lines().map(String::strip).toList())
          .containsExactly("주민등록증 홍길동", "서울특별시 강남구", "Seoul Korea");
    }
    try (PDDocument doc = Loader.loadPDF(kept.toFile())) {
      assertThat(doc.getPage(0).getRotation()).isZero();
    }
  }

  @Test
  void withoutSourceIsAUsageError() throws IOException {
    CliRun run = CliRun.of("export", response().toString(), "--pdf", dir.resolve("o.pdf").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: --pdf needs --source: the image(s) or PDF the response was made from");
    assertThat(dir.resolve("o.pdf")).doesNotExist();
  }

  @Test
  void missingSourceAndNonImageSourceAreReportedInOneLine() throws IOException {
    Path json = response();
    CliRun missing =
        CliRun.of("export", json.toString(), "--source", dir.resolve("nope.png").toString(), "--pdf",
            dir.resolve("o.pdf").toString());
    CliRun notImage =
        CliRun.of("export", json.toString(), "--source", json.toString(), "--pdf",
            dir.resolve("o.pdf").toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.errLines()).singleElement().asString().endsWith("nope.png: no such file");
    assertThat(notImage.exit()).isEqualTo(2);
    assertThat(notImage.errLines()).singleElement().asString().contains("not an image");
    assertThat(dir.resolve("o.pdf")).doesNotExist();
  }

  @Test
  void nothingToExportIsAUsageError() throws IOException {
    CliRun run = CliRun.of("export", response().toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: nothing to export: give --xlsx OUT and/or --pdf OUT");
  }

  private Path sample(SampleResponse sample) throws IOException {
    Path file = dir.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void writesAnExpensesWorkbook() throws IOException {
    Path out = dir.resolve("receipt.xlsx");

    CliRun run = CliRun.of("export", sample(SampleResponse.CLOVA_RECEIPT).toString(), "--xlsx", out.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Wrote " + out);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      Row row = wb.getSheet("Expenses").getRow(1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(SampleResponse.CLOVA_RECEIPT.fileName());
      assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(wb.getSheet("Items")).isNotNull();
      assertThat(wb.getSheet("Violations")).isNotNull();
    }
  }

  @Test
  void workbookOfAGeneralResponseHasItsTablesAndThePdfToo() throws IOException {
    Path xlsx = dir.resolve("general.xlsx");
    Path pdf = dir.resolve("general.pdf");

    CliRun run =
        CliRun.of("export", sample(SampleResponse.CLOVA_GENERAL).toString(), "--xlsx", xlsx.toString(),
            "--source", image().toString(), "--pdf", pdf.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Wrote " + xlsx, "Wrote " + pdf);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(wb.getSheet("p1 t1")).isNotNull();
    }
    assertThat(pdf).exists();
  }

  @Test
  void brokenRulesFileIsAUsageErrorAndWritesNoWorkbook() throws IOException {
    Path rules = Files.writeString(dir.resolve("broken.drl"), "rule \"x\" when then oops", UTF_8);
    Path out = dir.resolve("o.xlsx");

    CliRun run =
        CliRun.of("export", sample(SampleResponse.CLOVA_RECEIPT).toString(), "--xlsx", out.toString(),
            "--rules", rules.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("broken.drl");
    assertThat(out).doesNotExist();
  }
}
