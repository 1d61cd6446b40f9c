package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.VERIFIER;
import static io.docstruct.export.excel.ExcelFixtures.document;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.OcrDocument;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entities workbook read back with POI: types, formats, formulas, layout, masking, failure handling. */
class ExpenseWorkbookWriterTest {
  @TempDir Path dir;

  private static final OcrDocument RECEIPT = document("receipt.json");
  private static final OcrDocument ID_CARD = document("id-card.json");

  private Path write(ExcelOptions options, OcrDocument... docs) throws IOException {
    Path out = dir.resolve("out.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create(options).open(out)) {
      int n = 0;
      for (OcrDocument doc : docs) {
        writer.add("doc" + (++n) + ".json", doc, RULES.evaluate(doc), VERIFIER.verify(doc));
      }
    }
    return out;
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try {
      return new XSSFWorkbook(file.toFile());
    } catch (InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void receiptRowHasTypedCellsAndFormats() throws IOException {
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT))) {
      Row row = wb.getSheet("Expenses").getRow(1);

      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("emart everyday");
      Cell date = row.getCell(5);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 4, 16));
      assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      Cell time = row.getCell(6);
      assertThat(time.getNumericCellValue() * 24 * 60).isCloseTo(20 * 60 + 11, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("hh:mm:ss");
      Cell total = row.getCell(11);
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(1600);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"원\"");
      assertThat(row.getCell(7)).as("no supply amount printed: empty, not \"\"").isNull();
      assertThat(row.getCell(16).getStringCellValue()).isEqualTo("valid");
    }
  }

  @Test
  void itemsTotalAndDifferenceAreFormulasWithCachedValues() throws IOException {
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT, RECEIPT))) {
      Sheet expenses = wb.getSheet("Expenses");
      Cell itemsTotal = expenses.getRow(2).getCell(17);
      Cell difference = expenses.getRow(2).getCell(18);

      assertThat(expenses.getRow(0).getCell(17).getStringCellValue()).isEqualTo("Items total");
      assertThat(itemsTotal.getCellFormula()).isEqualTo("SUMIF(Items!$A:$A,A3,Items!$F:$F)");
      assertThat(itemsTotal.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
      assertThat(itemsTotal.getNumericCellValue()).isEqualTo(1600);
      assertThat(difference.getCellFormula()).isEqualTo("L3-R3");
      assertThat(difference.getNumericCellValue()).isZero();
      Row item = wb.getSheet("Items").getRow(2);
      assertThat(item.getCell(0).getNumericCellValue()).as("keyed to expense 2").isEqualTo(2);
      assertThat(item.getCell(5).getNumericCellValue()).isEqualTo(1600);
      // POI's own evaluator agrees with the cached values.
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertThat(itemsTotal.getNumericCellValue()).isEqualTo(1600);
    }
  }

  @Test
  void formulasNameTheColumnsTheirHeadersSay() throws IOException {
    // The formulas are built from the column definition: each reference lands on the column it means.
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT))) {
      Sheet expenses = wb.getSheet("Expenses");
      Sheet items = wb.getSheet("Items");
      Row row = expenses.getRow(1);
      String sumif = row.getCell(17).getCellFormula();
      Matcher m = Pattern.compile("SUMIF\\(Items!\\$([A-Z]+):\\$\\1,([A-Z]+)2,Items!\\$([A-Z]+):\\$\\3\\)")
          .matcher(sumif);
      assertThat(m.matches()).as(sumif).isTrue();
      assertThat(header(items, m.group(1))).isEqualTo("Expense No.");
      assertThat(header(expenses, m.group(2))).isEqualTo("No.");
      assertThat(header(items, m.group(3))).isEqualTo("Amount");
      Matcher d = Pattern.compile("([A-Z]+)2-([A-Z]+)2").matcher(row.getCell(18).getCellFormula());
      assertThat(d.matches()).isTrue();
      assertThat(header(expenses, d.group(1))).isEqualTo("Total");
      assertThat(header(expenses, d.group(2))).isEqualTo("Items total");
    }
    assertThat(ExpenseWorkbookWriter.itemsTotalFormula(2)).as("as the class documentation shows it")
        .isEqualTo("SUMIF(Items!$A:$A,A2,Items!$F:$F)");
    assertThat(ExpenseWorkbookWriter.differenceFormula(2)).isEqualTo("L2-R2");
  }

  private static String header(Sheet sheet, String letters) {
    return sheet.getRow(0).getCell(CellReference.convertColStringToIndex(letters))
        .getStringCellValue();
  }

  @Test
  void headerIsFrozenFilteredAndColumnsHaveWidths() throws IOException {
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT, ID_CARD))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Expenses", "Items", "Violations", "Identity documents");
      for (Sheet s : wb) {
        XSSFSheet sheet = (XSSFSheet) s;
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
        assertThat(sheet.getColumnWidth(0)).isGreaterThan(5 * 256);
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      }
      assertThat(wb.getSheet("Expenses").getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:S2");
    }
  }

  @Test
  void personalNumbersAreMaskedByDefaultAndShownWhenAsked() throws IOException {
    try (XSSFWorkbook masked = read(write(ExcelOptions.defaults(), ID_CARD))) {
      assertThat(masked.getSheet("Identity documents").getRow(1).getCell(4).getStringCellValue())
          .isEqualTo("910623-1******");
    }
    RuleResult revealed =
        RuleEngine.builder().clock(ExcelFixtures.CLOCK).revealPersonalNumbers(true).build().evaluate(ID_CARD);
    Path masked = dir.resolve("masked.xlsx");
    Path clear = dir.resolve("clear.xlsx");
    ExcelExporter.create().write(masked, "id.json", ID_CARD, revealed, null);
    ExcelExporter.create(ExcelOptions.defaults().withMaskPersonalNumbers(false))
        .write(clear, "id.json", ID_CARD, revealed, null);

    try (XSSFWorkbook wb = read(masked)) {
      assertThat(wb.getSheet("Identity documents").getRow(1).getCell(4).getStringCellValue())
          .as("masked even when the rules revealed it")
          .isEqualTo("910623-1******");
    }
    try (XSSFWorkbook wb = read(clear)) {
      assertThat(wb.getSheet("Identity documents").getRow(1).getCell(4).getStringCellValue())
          .doesNotContain("*")
          .startsWith("910623-1");
    }
  }

  @Test
  void localeChoosesTheMoneyFormat() throws IOException {
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults().withLocale(Locale.US), RECEIPT))) {
      assertThat(wb.getSheet("Expenses").getRow(1).getCell(11).getCellStyle().getDataFormatString())
          .isEqualTo("\"₩\"#,##0");
    }
  }

  @Test
  void onlyTheChosenSheetsAreWritten() throws IOException {
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults().withSheets(ExcelSheet.EXPENSES), RECEIPT, ID_CARD))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      assertThat(wb.getSheet("Expenses").getRow(0).getLastCellNum()).as("no items formulas").isEqualTo((short) 17);
    }
  }

  @Test
  void failuresGetTheirOwnSheetOnlyWhenThereAreAny() throws IOException {
    Path out = dir.resolve("failures.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      writer.add("doc1.json", RECEIPT, RULES.evaluate(RECEIPT), VERIFIER.verify(RECEIPT));
      writer.addFailure("broken.json", "read", "not JSON");
      writer.addFailure("doc1.json", "pdf", "no source image");
      assertThat(writer.rows(ExcelSheet.FAILURES)).isEqualTo(2);
    }
    try (XSSFWorkbook wb = read(out)) {
      Sheet failures = wb.getSheet("Failures");
      assertThat(failures.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Reason");
      assertThat(failures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("broken.json");
      assertThat(failures.getRow(1).getCell(1).getStringCellValue()).isEqualTo("read");
      assertThat(failures.getRow(2).getCell(2).getStringCellValue()).isEqualTo("no source image");
      assertThat(wb.getSheetIndex("Failures")).isGreaterThan(wb.getSheetIndex("Violations"));
    }
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT))) {
      assertThat(wb.getSheet("Failures")).isNull();
    }
  }

  @Test
  void tablesOfEachDocumentGetTheirOwnSheets() throws IOException {
    OcrDocument tables = document("table-response.json");
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), tables, RECEIPT, tables))) {
      assertThat(wb.getSheet("p1 t1").getMergedRegions()).isNotEmpty();
      assertThat(wb.getSheet("d3 p1 t1")).isNotNull();
      assertThat(wb.getSheetIndex("p1 t1")).isGreaterThan(wb.getSheetIndex("Violations"));
    }
  }

  @Test
  void stylesAreCreatedOncePerWorkbook() throws IOException {
    int oneDocument;
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT))) {
      oneDocument = wb.getNumCellStyles();
    }
    OcrDocument[] many = Stream.generate(() -> RECEIPT).limit(300).toArray(OcrDocument[]::new);
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), many))) {
      assertThat(wb.getSheet("Expenses").getLastRowNum()).isEqualTo(300);
      assertThat(wb.getNumCellStyles()).isEqualTo(oneDocument).isLessThan(12);
    }
  }

  @Test
  void aFailedAddLeavesTheTargetAsItWasAndNoFilesBehind() throws IOException {
    Path out = dir.resolve("out.xlsx");
    Files.writeString(out, "the user's old file", UTF_8);
    RuleResult result = RULES.evaluate(RECEIPT);
    List<Path> poiTempBefore = poiTempFiles();

    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      writer.add("good.json", RECEIPT, result, null);
      assertThatThrownBy(() -> writer.add(nullSource(), RECEIPT, result, null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> writer.add("after.json", RECEIPT, result, null))
          .isInstanceOf(IllegalStateException.class);
    }

    assertThat(Files.readString(out, UTF_8)).isEqualTo("the user's old file");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
    assertThat(poiTempFiles()).isSubsetOf(poiTempBefore);
  }

  @Test
  void closeMovesTheWorkbookIntoPlaceAndRemovesTemporaryFiles() throws IOException {
    List<Path> poiTempBefore = poiTempFiles();

    Path out = write(ExcelOptions.defaults(), RECEIPT);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
    assertThat(poiTempFiles()).isSubsetOf(poiTempBefore);
  }

  @Test
  void abortWritesNothing() throws IOException {
    Path out = dir.resolve("aborted.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(out)) {
      writer.add("a.json", RECEIPT, RULES.evaluate(RECEIPT), null);
      writer.abort();
    }
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void verificationStatusNamesTheFailedChecks() throws IOException {
    try (XSSFWorkbook wb = read(write(ExcelOptions.defaults(), RECEIPT))) {
      assertThat(wb.getSheet("Expenses").getRow(1).getCell(16).getStringCellValue()).isEqualTo("valid");
    }
    assertThat(ExpenseWorkbookWriter.status(null)).isEqualTo("not verified");
    assertThat(ExpenseWorkbookWriter.status(VERIFIER.verify(document("credit-card.json"))))
        .isEqualTo("failed: card.luhn");
  }

  /** A null where the API forbids one, to make {@code add} fail. */
  private static String nullSource() {
    return null;
  }

  /** SXSSF's temporary sheet files, in POI's default temp directory. */
  static List<Path> poiTempFiles() throws IOException {
    Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    if (!Files.isDirectory(poi)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(poi)) {
      return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).toList();
    }
  }

}
