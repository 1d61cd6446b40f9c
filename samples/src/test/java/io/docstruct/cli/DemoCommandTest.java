package io.docstruct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.testing.server.SampleResponse;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path out;

  @Test
  void demoNamesEverySampleAndExitsZero() {
    CliRun run = CliRun.of("demo", "--out", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("DocStruct ").contains("4 bundled sample responses");
    for (SampleResponse sample : SampleResponse.values()) {
      assertThat(run.out()).contains(sample.fileName(), sample.title());
    }
    assertThat(run.out())
        .contains("read:  clova-general-v2, 1 page, 31 words, 1 table, 0 fields, 0 warnings")
        .contains(
            "read:  clova-receipt, 1 page, 22 words (derived from the fields), 0 tables, 22 fields, 0 warnings")
        .contains("read:  nhn-general, 1 page, 13 words, 0 tables, 0 fields, 0 warnings")
        .contains("e.g.:  주식회사 한빛상사 거래명세서 공급받는자")
        .contains("  table: page 0, table 0, 4 rows x 4 columns")
        .contains("         | 행사 | 삼각김밥 | 2 | 2,400 |")
        .contains("  check: valid: 9 passed, 0 failed, 2 unverifiable — card.luhn UNVERIFIABLE")
        .contains("  text:  한결마트 역삼점\n         서울특별시 강남구 테헤란로 152\n")
        .doesNotContain("answers fields, not words")
        .contains("  text:  빵굽는오후\n         합정점\n         107-86-41378\n")
        .contains(
            "  pdf:   " + out.resolve("clova-general-receipt.pdf")
                + " (the image with an invisible text layer of 31 words)")
        .contains(
            "  pdf:   " + out.resolve("clova-receipt.pdf") + " (the image with an invisible text layer of 22 words)")
        .contains(
            "  pdf:   " + out.resolve("nhn-general-statement.pdf")
                + " (the image with an invisible text layer of 13 words)")
        .contains("Files: " + out.toAbsolutePath())
        .contains("Workbook: " + out.resolve("docstruct-demo.xlsx"))
        .contains("Custom rules: weekend-expenses.drl, meals-with-alcohol.xlsx")
        .contains("  rules: expense 5,050 won (3 items), category 소모품비 (docstruct map)")
        .contains("  rules: expense 14,700 won (3 items), category 식비 (docstruct map)")
        .contains(
            "  rules: expense 535,000 won (5 items), category 접대비; WARNING Expense over 500,000 won on a"
                + " weekend;\n         custom rules fired: Expense over 500,000 won on a weekend, Meals with"
                + " alcohol_10");
  }

  @Test
  void demoWritesAWorkbookWithEveryExpenseAndItsItems() throws Exception {
    CliRun run = CliRun.of("demo", "--out", out.toString());

    assertThat(run.exit()).isZero();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("docstruct-demo.xlsx").toFile())) {
      var expenses = workbook.getSheet("Expenses");
      // header + supermarket, bakery, dinner and, since issue #19, the NHN General OCR statement (거래명세서,
      // 합계 27,500), read from its words: it used to give nothing and say nothing
      assertThat(expenses.getLastRowNum()).isEqualTo(4);
      // 3 supermarket items (from its detected table) + 3 bakery + 5 dinner items + the statement's A4용지
      assertThat(workbook.getSheet("Items").getLastRowNum()).isEqualTo(12);
      assertThat(workbook.getSheet("Violations")).isNotNull();
      assertThat(workbook.getSheet("p1 t1")).isNotNull();
    }
  }

  @Test
  void demoWritesSearchablePdfsWhoseTextReadsBackInOrder() throws Exception {
    CliRun run = CliRun.of("demo", "--out", out.toString());

    assertThat(run.exit()).isZero();
    Path pdf = out.resolve("clova-general-receipt.pdf");
    assertThat(out.resolve("clova-general-receipt.png")).exists();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("한결마트 역삼점 서울특별시 강남구 테헤란로 152 사업자 214-87-09353");
    }
  }

  /** The store (or supplier) name and the total printed on each sample. */
  private static final Map<SampleResponse, List<String>> STORE_AND_TOTAL =
      Map.of(
          SampleResponse.CLOVA_GENERAL, List.of("한결마트", "5,050"),
          SampleResponse.CLOVA_RECEIPT, List.of("빵굽는오후", "14,700"),
          SampleResponse.CLOVA_DINNER, List.of("한우명가", "535,000"),
          SampleResponse.NHN_GENERAL, List.of("한빛상사", "27,500"));

  @Test
  void everyReceiptPdfOfTheDemoIsSearchable() {
    ExternalTool pdftotext = ExternalTool.require("pdftotext", "poppler-utils");
    CliRun run = CliRun.of("demo", "--out", out.toString());

    assertThat(run.exit()).isZero();
    for (SampleResponse sample : SampleResponse.values()) {
      assertThat(STORE_AND_TOTAL).as("store and total of %s", sample).containsKey(sample);
      Path pdf = out.resolve(sample.fileName().replace(".json", ".pdf"));
      String text = pdftotext.run(pdf.toString(), "-");
      assertThat(text).as(pdf.toString()).contains(STORE_AND_TOTAL.get(sample));
    }
  }

  @Test
  void everySampleGoesThroughItsClientToTheLocalServer() {
    CliRun run = CliRun.of("demo", "--out", out.toString());

    assertThat(run.exit()).isZero();
    String text = run.out().replaceAll("\\s+", " ");
    assertThat(text)
        .containsPattern(
            "The sample images go through the CLOVA and NHN Cloud clients to a local OCR server at"
                + " http://127\\.0\\.0\\.1:\\d+/, which answers with the recorded responses")
        .containsPattern(
            "from: General OCR of clova-general-receipt\\.png by the local server at"
                + " http://127\\.0\\.0\\.1:\\d+/general")
        .containsPattern(
            "from: Document OCR \\(receipt\\) of clova-receipt\\.png by the local server at"
                + " http://127\\.0\\.0\\.1:\\d+/document/receipt")
        .containsPattern(
            "from: NHN Cloud General OCR of nhn-general-statement\\.jpg by the local server at"
                + " http://127\\.0\\.0\\.1:\\d+/v1\\.1/appkeys/docstruct-demo/general")
        .doesNotContain("read from the jar");
  }
}
