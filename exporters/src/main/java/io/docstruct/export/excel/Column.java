package io.docstruct.export.excel;

import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;

/**
 * A column of an entity sheet: its header, its width and its place. Each sheet's columns are one enum in
 * {@link SheetColumns}, in sheet order, so a cell's index and a formula's column letter both come from that
 * one definition.
 *
 * <pre>{@code
 * SheetColumns.Items.AMOUNT.letter();      // "F"
 * sheet.money(row, SheetColumns.Expenses.TOTAL, e.total());
 * }</pre>
 */
interface Column {
  /** The header text in row 1. */
  String title();

  /** The width in characters of the default font (Excel's unit; 256ths of it in POI). */
  int width();

  /** The 0-based position in its sheet (the enum constant's ordinal). */
  int ordinal();

  /** The column's letters in A1 references: {@code A} for the first, {@code AA} for the 27th. */
  default String letter() {
    return CellReference.convertNumToColString(ordinal());
  }

  /** The whole column as an absolute reference on {@code sheet}: {@code Items!$F:$F}. */
  default String wholeColumnOn(ExcelSheet sheet) {
    return SheetNameFormatter.format(sheet.sheetName()) + "!$" + letter() + ":$" + letter();
  }

  /** This column's cell in the 1-based {@code excelRow}: {@code L2}. */
  default String cell(int excelRow) {
    return letter() + excelRow;
  }
}
