package io.docstruct.export.excel;

/**
 * A column of an entity sheet: its header and its width.
 *
 * @param title the header text in row 1
 * @param width the width in characters of the default font (Excel's unit; 256ths of it in POI)
 */
record Column(String title, int width) {
  static Column of(String title, int width) {
    return new Column(title, width);
  }
}
