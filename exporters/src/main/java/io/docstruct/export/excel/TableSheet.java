package io.docstruct.export.excel;

import io.docstruct.table.GridCell;
import io.docstruct.table.SpreadsheetText;
import io.docstruct.table.TableGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes one {@link TableGrid} into a sheet at A1: each cell at its grid position, a merged region for
 * every cell that spans (never 1 × 1, never overlapping: an occupancy grid rejects a cell whose area is
 * already taken, and the rejection is returned as a warning), header cells styled, numbers as numbers,
 * empty cells left out. Text is a string cell with its value unchanged, quote-prefixed when it starts like
 * a formula ({@link SpreadsheetText}); it never becomes a formula.
 *
 * <p>A cell is written as a number when {@link GridCell#number()} read it as one, unless that would lose
 * what was printed: leading zeros ({@code 007}) or more than 15 significant digits (Excel's precision) stay
 * text. The number format keeps the printed look: thousands separators, decimals, {@code 원} or {@code ₩}.
 */
final class TableSheet {
  private static final int MIN_WIDTH = 4;
  private static final int MAX_WIDTH = 60;

  private TableSheet() {}

  /**
   * Writes {@code grid} into the empty {@code sheet}.
   *
   * @return warnings for spans that were not merged (overlapping or outside the grid)
   */
  static List<String> write(SXSSFSheet sheet, TableGrid grid, StyleCache styles) {
    return write(sheet, grid.rowCount(), grid.columnCount(), grid.headerRows(), grid.cells(), styles);
  }

  /**
   * {@link #write(SXSSFSheet, TableGrid, StyleCache)} of a grid given by its size, header rows and cells (each
   * cell's place, span, text, header and number are used).
   */
  static List<String> write(SXSSFSheet sheet, int rows, int columns, int headerRows, List<GridCell> gridCells,
      StyleCache styles) {
    List<String> warnings = new ArrayList<>();
    boolean[] taken = new boolean[rows * columns];
    int[] widths = new int[columns];
    List<GridCell> cells = new ArrayList<>(gridCells);
    cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
    int next = 0;
    for (int r = 0; r < rows; r++) {
      Row row = sheet.createRow(r);
      while (next < cells.size() && cells.get(next).row() == r) {
        GridCell cell = cells.get(next++);
        if (!claim(cell, rows, columns, taken)) {
          warnings.add(
              "cell (" + cell.row() + ", " + cell.column() + ") spanning " + cell.rowSpan() + " × "
                  + cell.columnSpan() + " overlaps another cell or leaves the grid; not written");
          continue;
        }
        write(row, cell, styles);
        if (cell.spans()) {
          sheet.addMergedRegion(
              new CellRangeAddress(cell.row(), cell.lastRow(), cell.column(), cell.lastColumn()));
        }
        if (cell.columnSpan() == 1) {
          widths[cell.column()] = Math.max(widths[cell.column()], longestLine(cell.text()));
        }
      }
    }
    for (int c = 0; c < columns; c++) {
      int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2));
      sheet.setColumnWidth(c, width * 256);
    }
    if (headerRows > 0 && headerRows < rows) {
      sheet.createFreezePane(0, headerRows);
    }
    return warnings;
  }

  private static boolean claim(GridCell cell, int rows, int columns, boolean[] taken) {
    if (cell.row() < 0 || cell.column() < 0 || cell.rowSpan() < 1 || cell.columnSpan() < 1
        || cell.lastRow() >= rows || cell.lastColumn() >= columns) {
      return false;
    }
    for (int r = cell.row(); r <= cell.lastRow(); r++) {
      for (int c = cell.column(); c <= cell.lastColumn(); c++) {
        if (taken[r * columns + c]) {
          return false;
        }
      }
    }
    for (int r = cell.row(); r <= cell.lastRow(); r++) {
      for (int c = cell.column(); c <= cell.lastColumn(); c++) {
        taken[r * columns + c] = true;
      }
    }
    return true;
  }

  private static void write(Row row, GridCell cell, StyleCache styles) {
    BigDecimal number = numeric(cell);
    if (cell.isEmpty() && !cell.header()) {
      return;
    }
    Cell out = row.createCell(cell.column());
    @Nullable CellStyle style = cell.header() ? styles.header() : null;
    if (number != null) {
      out.setCellValue(number.doubleValue());
      String format = numberFormat(cell.text().strip(), number);
      if (style == null && format != null) {
        style = styles.format(format);
      }
    } else if (!cell.isEmpty()) {
      out.setCellValue(cell.text());
      if (style == null && cell.text().indexOf('\n') >= 0) {
        style = styles.wrapped();
      }
      if (SpreadsheetText.isFormulaLike(cell.text())) {
        style = styles.quotePrefixed(style);
      }
    }
    if (style != null) {
      out.setCellStyle(style);
    }
  }

  /** The cell's number when writing it as one keeps what was printed, else {@code null}. */
  static @Nullable BigDecimal numeric(GridCell cell) {
    BigDecimal number = cell.number();
    if (number == null) {
      return null;
    }
    String text = cell.text().strip();
    int first = 0;
    while (first < text.length() && !Character.isDigit(text.charAt(first))) {
      first++;
    }
    boolean leadingZero =
        first + 1 < text.length() && text.charAt(first) == '0' && Character.isDigit(text.charAt(first + 1));
    if (leadingZero || number.stripTrailingZeros().precision() > 15) {
      return null;
    }
    return number;
  }

  /** The number format that shows {@code number} as {@code text} was printed, or null for General. */
  static @Nullable String numberFormat(String text, BigDecimal number) {
    boolean grouped = text.indexOf(',') >= 0 || text.matches("[^0-9]*[1-9]\\d{0,2}(\\.\\d{3})+[^0-9]*");
    int scale = grouped && text.indexOf(',') < 0 ? 0 : Math.max(0, number.scale());
    String base = grouped ? StyleCache.INTEGER_FORMAT : "0";
    if (scale > 0) {
      base = base + "." + "0".repeat(scale);
    }
    String format = base;
    if (text.endsWith("원")) {
      format = base + "\"원\"";
    } else if (text.startsWith("₩") || text.startsWith("￦")) {
      format = "\"₩\"" + base;
    }
    if (text.startsWith("(") && text.endsWith(")")) {
      format = format + ";(" + format + ")";
    }
    return format.equals("0") ? null : format;
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      int width = 0;
      for (int i = 0; i < line.length(); i++) {
        // Hangul and other wide characters take about two character widths of the default font.
        width += Character.UnicodeBlock.of(line.charAt(i)) == Character.UnicodeBlock.BASIC_LATIN ? 1 : 2;
      }
      longest = Math.max(longest, width);
    }
    return longest;
  }
}
