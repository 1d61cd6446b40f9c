package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.VERIFIER;
import static io.docstruct.export.excel.ExcelFixtures.openpyxlDump;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile receipt and table in the workbook: text that a spreadsheet would run as a formula is stored as a
 * string cell with its value unchanged and its style quote-prefixed (so that editing the cell in Excel keeps
 * it text), read back with POI and with openpyxl; a numeric table cell stays a number.
 */
class FormulaTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LINK = "=HYPERLINK(\"http://evil\",\"click\")";
  private static final String COMMAND = "@SUM(1+1)*cmd|' /C calc'!A0";
  private static final String SIGNED = "-cmd|' /C calc'!A0";
  private static final String SOURCE = "+receipt.json";

  @TempDir Path dir;
  private Path workbook;

  @BeforeEach
  void write() throws IOException {
    OcrDocument receipt =
        response(
            resource("receipt.json")
                .replace("emart everyday", json(LINK))
                .replace("씨그램 레몬350ml", json(COMMAND)));
    OcrDocument table =
        response(
            "{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\",\"fields\":[],\"tables\":[{\"cells\":["
                + cell(0, 0, LINK) + "," + cell(0, 1, "금액") + ","
                + cell(1, 0, SIGNED) + "," + cell(1, 1, "-1,200") + "]}]}]}");
    workbook = dir.resolve("hostile.xlsx");
    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(workbook)) {
      writer.add(SOURCE, receipt, RULES.evaluate(receipt), VERIFIER.verify(receipt));
      writer.add("table.json", table, RULES.evaluate(table), VERIFIER.verify(table));
      writer.addFailure("broken.json", "read", "=1+1 is not a response");
    }
  }

  @Test
  void poiReadsFormulaLikeTextAsQuotePrefixedStringsAndNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook wb = read(workbook)) {
      List<Cell> hostile = new ArrayList<>();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING
                && List.of(LINK, COMMAND, SIGNED, SOURCE, "=1+1 is not a response")
                    .contains(cell.getStringCellValue())) {
              hostile.add(cell);
            }
          }
        }
      }

      assertThat(hostile)
          .extracting(c -> c.getSheet().getSheetName() + "!" + c.getAddress() + " " + c.getStringCellValue())
          .containsExactlyInAnyOrder(
              "Expenses!B2 " + SOURCE,
              "Expenses!D2 " + LINK,
              "Items!C2 " + COMMAND,
              "d2 p1 t1!A1 " + LINK,
              "d2 p1 t1!A2 " + SIGNED,
              "Failures!C2 =1+1 is not a response");
      assertThat(hostile).allSatisfy(c -> assertThat(c.getCellStyle().getQuotePrefixed()).isTrue());
      Sheet table = wb.getSheet("d2 p1 t1");
      Cell amount = table.getRow(1).getCell(1);
      assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(amount.getNumericCellValue()).isEqualTo(-1200.0);
      assertThat(amount.getCellStyle().getQuotePrefixed()).isFalse();
      Cell verification = wb.getSheet("Expenses").getRow(1).getCell(16);
      assertThat(verification.getCellType()).isEqualTo(CellType.STRING);
      assertThat(verification.getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void openpyxlReadsFormulaLikeTextAsUnchangedQuotePrefixedStrings() throws IOException {
    JsonNode sheets = JSON.readTree(openpyxlDump(workbook)).get("sheets");

    assertThat(cell(sheets, "Expenses", "D2")).isEqualTo(string(LINK));
    assertThat(cell(sheets, "Expenses", "B2")).isEqualTo(string(SOURCE));
    assertThat(cell(sheets, "Items", "C2")).isEqualTo(string(COMMAND));
    assertThat(cell(sheets, "d2 p1 t1", "A1").get("type").asText()).isEqualTo("s");
    assertThat(cell(sheets, "d2 p1 t1", "A1").get("value").asText()).isEqualTo(LINK);
    assertThat(cell(sheets, "d2 p1 t1", "A1").get("quotePrefix").asBoolean()).isTrue();
    // a header cell of the table: bold and quote-prefixed
    assertThat(cell(sheets, "d2 p1 t1", "A2")).isEqualTo(string(SIGNED).put("bold", true));
    assertThat(cell(sheets, "d2 p1 t1", "B2").get("type").asText()).isEqualTo("n");
    assertThat(cell(sheets, "d2 p1 t1", "B2").get("value").asInt()).isEqualTo(-1200);
    assertThat(cell(sheets, "d2 p1 t1", "B2").has("quotePrefix")).isFalse();
    assertThat(cell(sheets, "Failures", "C2")).isEqualTo(string("=1+1 is not a response"));
    for (JsonNode sheet : sheets) {
      for (JsonNode c : sheet.get("cells")) {
        boolean ours = c.get("type").asText().equals("f") && sheet.get("name").asText().equals("Expenses");
        assertThat(c.get("type").asText().equals("f") && !ours)
            .as("%s!%s is a formula", sheet.get("name").asText(), c.get("ref").asText())
            .isFalse();
      }
    }
  }

  private static ObjectNode string(String value) {
    return JSON.createObjectNode()
        .put("quotePrefix", true)
        .put("ref", "")
        .put("type", "s")
        .put("value", value);
  }

  /** The dumped cell at {@code ref}, with its {@code ref} blanked so that it compares with {@link #string}. */
  private static JsonNode cell(JsonNode sheets, String sheet, String ref) {
    for (JsonNode s : sheets) {
      if (s.get("name").asText().equals(sheet)) {
        for (JsonNode c : s.get("cells")) {
          if (c.get("ref").asText().equals(ref)) {
            return ((ObjectNode) c.deepCopy()).put("ref", "");
          }
        }
      }
    }
    throw new AssertionError("no cell " + sheet + "!" + ref);
  }

  private static String cell(int row, int column, String text) {
    return "{\"rowIndex\":" + row + ",\"columnIndex\":" + column + ",\"rowSpan\":1,\"columnSpan\":1,"
        + "\"cellTextLines\":[{\"cellWords\":[{\"inferText\":\"" + json(text) + "\"}]}]}";
  }

  /** {@code text} as the inside of a JSON string. */
  private static String json(String text) {
    try {
      String quoted = JSON.writeValueAsString(text);
      return quoted.substring(1, quoted.length() - 1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(FormulaTextTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static OcrDocument response(String json) {
    return ResponseReader.create().read(json.getBytes(UTF_8), "hostile.json");
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try {
      return new XSSFWorkbook(file.toFile());
    } catch (InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }
}
