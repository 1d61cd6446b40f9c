package io.docstruct.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import io.docstruct.table.GridCell;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableGrids;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables round-trip through a workbook exactly: positions, spans (as merged regions) and texts. */
class TableSheetTest {
  @TempDir Path dir;

  /** One cell as read back from the sheet. */
  record Placed(int row, int column, int rowSpan, int columnSpan, String text) {}

  @Test
  void seedTableRoundTrips() throws IOException {
    TableGrid grid = TableGrids.of(ExcelFixtures.document("table-response.json")).get(0).grid();

    assertThat(roundTrip(grid)).containsExactlyElementsOf(expected(grid));
    assertThat(grid.cells()).anyMatch(GridCell::spans);
  }

  @Test
  void handMadeHeaderSpansRoundTrip() throws IOException {
    // | 품목 (2 rows) | 금액 (2 columns)      |
    // |               | 공급가  | 부가세     |
    // | 커피          | 1,600   | 160        |
    // | 합계 (2 cols)           | 1,760원    |
    TableGrid grid =
        grid(
            cell(0, 0, 2, 1, "품목"),
            cell(0, 1, 1, 2, "금액"),
            cell(1, 1, 1, 1, "공급가"),
            cell(1, 2, 1, 1, "부가세"),
            cell(2, 0, 1, 1, "커피"),
            cell(2, 1, 1, 1, "1,600"),
            cell(2, 2, 1, 1, "160"),
            cell(3, 0, 1, 2, "합계"),
            cell(3, 2, 1, 1, "1,760원"));

    List<Placed> back = roundTrip(grid);

    assertThat(back).containsExactlyElementsOf(expected(grid));
    assertThat(back)
        .contains(new Placed(0, 0, 2, 1, "품목"), new Placed(0, 1, 1, 2, "금액"), new Placed(3, 0, 1, 2, "합계"));
  }

  @Test
  void handMadeBlockInTheMiddleAndMultiLineTextRoundTrip() throws IOException {
    TableGrid grid =
        grid(
            cell(0, 0, 1, 1, "a"), cell(0, 1, 1, 1, "b"), cell(0, 2, 1, 1, "c"), cell(0, 3, 1, 1, "d"),
            cell(1, 0, 1, 1, "e"), cell(1, 1, 2, 2, "block\nof four"), cell(1, 3, 3, 1, "tall"),
            cell(2, 0, 1, 1, "007"),
            cell(3, 0, 1, 3, "wide 12.50"));

    assertThat(roundTrip(grid)).containsExactlyElementsOf(expected(grid));
  }

  @Test
  void numbersAreNumbersWithThePrintedLookAndCodesStayText() throws IOException {
    TableGrid grid =
        grid(
            cell(0, 0, 1, 1, "1,600"), cell(0, 1, 1, 1, "3,984원"), cell(0, 2, 1, 1, "12.50"),
            cell(1, 0, 1, 1, "007"), cell(1, 1, 1, 1, "1234567890123456789"), cell(1, 2, 1, 1, "(1,000)"));
    Path out = dir.resolve("numbers.xlsx");
    List<Path> poiTempBefore = ExpenseWorkbookWriterTest.poiTempFiles();
    ExcelExporter.create().writeTables(List.of(new PageTable(0, 0, PageTable.Source.PROVIDER_TABLE, grid)), out);
    assertThat(ExpenseWorkbookWriterTest.poiTempFiles()).as("SXSSF's temporary files deleted").isSubsetOf(poiTempBefore);

    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      XSSFSheet sheet = wb.getSheet("p1 t1");
      assertNumber(sheet, 0, 0, 1600, "#,##0");
      assertNumber(sheet, 0, 1, 3984, "#,##0\"원\"");
      assertNumber(sheet, 0, 2, 12.5, "0.00");
      assertNumber(sheet, 1, 2, -1000, "#,##0;(#,##0)");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("007");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1234567890123456789");
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void overlappingInputNeverBecomesOverlappingOrDegenerateMergedRegions() throws IOException {
    TableGrid grid =
        grid(
            cell(0, 0, 2, 2, "big"), cell(1, 1, 2, 2, "overlaps big"), cell(0, 2, 1, 1, "x"),
            cell(2, 0, 1, 1, ""), cell(3, 3, 1, 1, "corner"));
    Path out = dir.resolve("overlap.xlsx");
    List<String> warnings =
        ExcelExporter.create()
            .writeTables(List.of(new PageTable(0, 0, PageTable.Source.PROVIDER_TABLE, grid)), out);

    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      List<CellRangeAddress> regions = wb.getSheetAt(0).getMergedRegions();
      for (int i = 0; i < regions.size(); i++) {
        assertThat(regions.get(i).getNumberOfCells()).isGreaterThan(1);
        for (int j = i + 1; j < regions.size(); j++) {
          assertThat(regions.get(i).intersects(regions.get(j))).isFalse();
        }
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
    assertThat(warnings).isEmpty(); // the grid assembler already resolved the overlap and said so
    assertThat(grid.warnings()).isNotEmpty();
  }

  @Test
  void sheetNamesAreValidAndUnique() {
    SheetNames names = new SheetNames();
    names.reserve("Expenses");

    assertThat(names.unique("p1 t1")).isEqualTo("p1 t1");
    assertThat(names.unique("P1 T1")).isEqualTo("P1 T1 (2)");
    assertThat(names.unique("expenses")).isEqualTo("expenses (2)");
    assertThat(names.unique("a/b:c?d*e[f]g\\h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(names.unique("'quoted'")).isEqualTo("quoted");
    assertThat(names.unique("history")).isEqualTo("Sheet history");
    String longName = "x".repeat(40);
    assertThat(names.unique(longName)).hasSize(31);
    assertThat(names.unique(longName)).isEqualTo("x".repeat(27) + " (2)");
    assertThat(SheetNames.table(0, 0)).isEqualTo("p1 t1");
    assertThat(SheetNames.table(11, 2)).isEqualTo("p12 t3");
  }

  private static void assertNumber(XSSFSheet sheet, int r, int c, double value, String format) {
    Cell cell = sheet.getRow(r).getCell(c);
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
  }

  /** What the sheet must show: every non-empty or spanning cell of the grid. */
  private static List<Placed> expected(TableGrid grid) {
    Map<String, Placed> placed = new TreeMap<>();
    for (GridCell c : grid.cells()) {
      if (!c.isEmpty() || c.spans()) {
        BigDecimal n = TableSheet.numeric(c);
        String text = n != null ? n.stripTrailingZeros().toPlainString() : c.text();
        placed.put(key(c.row(), c.column()), new Placed(c.row(), c.column(), c.rowSpan(), c.columnSpan(), text));
      }
    }
    return List.copyOf(placed.values());
  }

  private List<Placed> roundTrip(TableGrid grid) throws IOException {
    Path out = dir.resolve("t.xlsx");
    ExcelExporter.create().writeTables(List.of(new PageTable(0, 0, PageTable.Source.PROVIDER_TABLE, grid)), out);
    Map<String, Placed> placed = new TreeMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      XSSFSheet sheet = wb.getSheet("p1 t1");
      List<CellRangeAddress> regions = sheet.getMergedRegions();
      for (CellRangeAddress r : regions) {
        Cell cell = cellOrNull(sheet, r.getFirstRow(), r.getFirstColumn());
        placed.put(key(r.getFirstRow(), r.getFirstColumn()),
            new Placed(r.getFirstRow(), r.getFirstColumn(), r.getLastRow() - r.getFirstRow() + 1,
                r.getLastColumn() - r.getFirstColumn() + 1, text(cell)));
      }
      for (Row row : sheet) {
        for (Cell cell : row) {
          String text = text(cell);
          boolean inRegion = regions.stream().anyMatch(r -> r.isInRange(cell));
          if (!inRegion && !text.isEmpty()) {
            placed.put(key(cell.getRowIndex(), cell.getColumnIndex()),
                new Placed(cell.getRowIndex(), cell.getColumnIndex(), 1, 1, text));
          }
          if (cell.getCellType() == CellType.STRING) {
            assertThat(cell.getStringCellValue()).as("no empty strings").isNotEmpty();
          }
        }
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
    return List.copyOf(placed.values());
  }

  private static Cell cellOrNull(XSSFSheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case STRING -> cell.getStringCellValue();
      default -> "";
    };
  }

  private static String key(int row, int column) {
    return "%05d:%05d".formatted(row, column);
  }

  private static TableCell cell(int row, int column, int rowSpan, int columnSpan, String text) {
    List<TextLine> lines = new ArrayList<>();
    if (!text.isEmpty()) {
      for (String line : text.split("\n")) {
        List<Word> words = new ArrayList<>();
        for (String w : line.split(" ")) {
          words.add(Word.of(w, 0.9, null));
        }
        lines.add(new TextLine(words, null, 0.9));
      }
    }
    return new TableCell(row, column, rowSpan, columnSpan, lines, text.isEmpty() ? null : 0.9, null);
  }

  private static TableGrid grid(TableCell... cells) {
    return TableGrids.build(new Table(null, null, List.of(cells)));
  }
}
