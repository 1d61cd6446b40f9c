package io.docstruct.export.excel;

import io.docstruct.rules.entity.Money;
import io.docstruct.table.SpreadsheetText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One entity sheet being streamed: a styled header row (frozen), then data rows appended in order; {@link
 * #finish()} puts the autofilter over what was written. Null values leave the cell out, so empty stays
 * empty (no empty strings). Text is always a string cell, never a formula; the only formulas are the ones
 * {@link #formula} is given by the writer itself.
 */
final class SheetWriter {
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final String YEAR_MONTH_FORMAT = "yyyy-mm";

  private final SXSSFSheet sheet;
  private final List<? extends Column> columns;
  private final StyleCache styles;
  /**
   * The workbook's default style (index 0), given to every new data cell. A cell without a style asks its
   * column for one when the row is flushed, and POI answers by searching the sheet's column definitions
   * (XMLBeans) on every such cell, a third of the export's time; our columns have widths but no style, so
   * that search always ends at style 0, which is written as no {@code s} attribute. Setting it up front
   * writes the same XML without the search.
   */
  private final CellStyle plain;
  private int nextRow;

  /**
   * @param columns the sheet's columns in order: each one's {@link Column#ordinal()} is its index
   */
  SheetWriter(SXSSFWorkbook workbook, String name, List<? extends Column> columns, StyleCache styles) {
    this.sheet = workbook.createSheet(name);
    this.columns = List.copyOf(columns);
    this.styles = styles;
    this.plain = workbook.getCellStyleAt(0);
    Row header = sheet.createRow(0);
    CellStyle headerStyle = styles.header();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).ordinal() != i) {
        throw new IllegalArgumentException("column " + columns.get(i) + " is not at its place " + i);
      }
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).title());
      cell.setCellStyle(headerStyle);
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, 1);
    nextRow = 1;
  }

  String name() {
    return sheet.getSheetName();
  }

  /** Data rows written so far (the header not counted). */
  int dataRows() {
    return nextRow - 1;
  }

  /** The 1-based Excel row number the next {@link #row()} gets, for formulas. */
  int nextExcelRow() {
    return nextRow + 1;
  }

  /**
   * Appends a row.
   *
   * @throws IllegalStateException when the sheet already has Excel's maximum of 1,048,576 rows
   */
  Row row() {
    if (nextRow >= MAX_ROWS) {
      throw new IllegalStateException(
          "sheet " + sheet.getSheetName() + " is full: Excel allows " + MAX_ROWS + " rows");
    }
    return sheet.createRow(nextRow++);
  }

  /**
   * A string cell; wrapped when it holds a line break, and quote-prefixed when a spreadsheet would take it
   * for a formula ({@link SpreadsheetText}), so that it stays text even when edited. The value is never
   * changed.
   */
  void text(Row row, Column column, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      Cell cell = cell(row, column);
      cell.setCellValue(value);
      @Nullable CellStyle style = value.indexOf('\n') >= 0 ? styles.wrapped() : null;
      if (SpreadsheetText.isFormulaLike(value)) {
        style = styles.quotePrefixed(style);
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  void integer(Row row, Column column, long value) {
    Cell cell = cell(row, column);
    cell.setCellValue(value);
  }

  void number(Row row, Column column, @Nullable BigDecimal value) {
    if (value != null) {
      number(row, column, value.doubleValue());
    }
  }

  void number(Row row, Column column, double value) {
    cell(row, column).setCellValue(value);
  }

  void money(Row row, Column column, @Nullable Money value) {
    if (value != null) {
      money(row, column, value.amount().doubleValue(), value.currency());
    }
  }

  void money(Row row, Column column, double amount, Currency currency) {
    Cell cell = cell(row, column);
    cell.setCellValue(amount);
    cell.setCellStyle(styles.money(currency));
  }

  void date(Row row, Column column, @Nullable LocalDate value) {
    if (value != null) {
      Cell cell = cell(row, column);
      cell.setCellValue(value);
      cell.setCellStyle(styles.date());
    }
  }

  /** A date shown as its year and month ({@code yyyy-mm}). */
  void month(Row row, Column column, LocalDate value) {
    date(row, column, value);
    row.getCell(column.ordinal()).setCellStyle(styles.format(YEAR_MONTH_FORMAT));
  }

  /** A time of day as Excel stores it: the fraction of a day, formatted {@code hh:mm:ss}. */
  void time(Row row, Column column, @Nullable LocalTime value) {
    if (value != null) {
      time(row, column, value.toNanoOfDay());
    }
  }

  /** {@link #time(Row, Column, LocalTime)} of the time {@code nanoOfDay} nanoseconds after midnight. */
  void time(Row row, Column column, long nanoOfDay) {
    Cell cell = cell(row, column);
    cell.setCellValue(nanoOfDay / 86_400_000_000_000d);
    cell.setCellStyle(styles.time());
  }

  /**
   * A formula with its result stored beside it, so readers without a formula engine see the number too.
   *
   * @param formula without the leading {@code =}
   * @param cached the value the formula evaluates to
   */
  void formula(Row row, Column column, String formula, double cached, CellStyle style) {
    Cell cell = cell(row, column);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    cell.setCellStyle(style);
  }

  /** A new cell of {@code row} in {@code column}, which must be one of this sheet's. */
  private Cell cell(Row row, Column column) {
    int index = column.ordinal();
    if (index >= columns.size() || columns.get(index) != column) {
      throw new IllegalArgumentException("column " + column + " is not on sheet " + sheet.getSheetName());
    }
    Cell cell = row.createCell(index);
    cell.setCellStyle(plain);
    return cell;
  }

  /** Sets the autofilter over the header and every data row. */
  void finish() {
    int last = Math.max(0, nextRow - 1);
    sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
  }
}
