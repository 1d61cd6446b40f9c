package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.VERIFIER;
import static io.docstruct.export.excel.ExcelFixtures.document;
import static io.docstruct.export.excel.ExcelFixtures.openpyxlDump;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.document.OcrDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Review sheet (issue #19): for a receipt read from words, the fields a reviewer should look at, with their
 * page and position on it; none for a Document OCR receipt, whose values the provider chose.
 */
class ReviewSheetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path workbook;

  @BeforeEach
  void write() throws IOException {
    // a restaurant receipt as CLOVA General V2 answers it; the word 만두 was read with confidence 0.55–0.65
    OcrDocument words = document("general-v2-restaurant.json");
    OcrDocument typed = document("receipt.json");
    workbook = dir.resolve("review.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(workbook)) {
      writer.add("restaurant.json", words, RULES.evaluate(words), VERIFIER.verify(words));
      writer.add("receipt.json", typed, RULES.evaluate(typed), VERIFIER.verify(typed));
    }
  }

  /** The Review sheet's rows as header → text, read by POI. */
  private List<Map<String, String>> reviewRows() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
      Sheet sheet = wb.getSheet("Review");
      assertThat(sheet).as("a Review sheet").isNotNull();
      DataFormatter text = new DataFormatter();
      Row header = sheet.getRow(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
          row.put(header.getCell(c).getStringCellValue(), text.formatCellValue(sheet.getRow(r).getCell(c)));
        }
        rows.add(row);
      }
      return rows;
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  @Test
  void aLowConfidenceFieldIsListedWithItsPageAndPosition() throws IOException {
    assertThat(reviewRows()).filteredOn(r -> r.get("Field").equals("expense.items[1]")).singleElement()
        .satisfies(r -> {
          assertThat(r.get("Expense No.")).isEqualTo("1");
          assertThat(r.get("Source")).isEqualTo("restaurant.json");
          assertThat(r.get("Value")).isEqualTo("만두: qty 1 = 11000");
          assertThat(r.get("Why to review")).isEqualTo("chosen by a rule, low confidence");
          assertThat(r.get("Rule")).isEqualTo("item-row");
          assertThat(Double.parseDouble(r.get("Confidence"))).isLessThan(0.8);
          assertThat(r.get("Page")).isEqualTo("1");
          assertThat(Integer.parseInt(r.get("Left"))).isLessThan(Integer.parseInt(r.get("Right")));
          assertThat(Integer.parseInt(r.get("Top"))).isLessThan(Integer.parseInt(r.get("Bottom")));
          assertThat(r.get("Words")).isEqualTo("만두 1 11,000");
        });
  }

  @Test
  void fieldsAPrintedLabelChoseAreNotListedAndOnlyTheReceiptReadFromWordsIs() throws IOException {
    List<Map<String, String>> rows = reviewRows();

    assertThat(rows).extracting(r -> r.get("Field"))
        .doesNotContain("expense.total", "expense.vat", "expense.date", "expense.merchant.name")
        .contains("expense.items[0]", "expense.payment.method");
    assertThat(rows).extracting(r -> r.get("Source")).containsOnly("restaurant.json");
  }

  @Test
  void openpyxlReadsTheReviewSheetWithNumbersAsNumbers() throws IOException {
    JsonNode sheets = JSON.readTree(openpyxlDump(workbook)).get("sheets");
    List<String> names = new ArrayList<>();
    sheets.forEach(s -> names.add(s.get("name").asText()));
    assertThat(names).containsSubsequence("Violations", "Review");
    for (JsonNode s : sheets) {
      if (s.get("name").asText().equals("Review")) {
        assertThat(s.get("cells")).filteredOn(c -> c.get("ref").asText().startsWith("H")
                && !c.get("ref").asText().equals("H1"))
            .isNotEmpty()
            .allSatisfy(c -> assertThat(c.get("type").asText()).isEqualTo("n"));
        assertThat(s.get("freeze").asText()).isEqualTo("A2");
      }
    }
  }
}
