package io.docstruct.table;

import io.docstruct.table.GridAssembler.Placement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which leading rows and columns of a grid are headers. The heuristic is documented on {@link
 * TableGrids}; only cells <em>anchored</em> in a row (whose first row it is) count for that row, so a header
 * cell that spans down into the body never turns body rows into header rows (docling-core #755).
 */
final class HeaderDetector {
  private HeaderDetector() {}

  /**
   * Header counts.
   *
   * @param rows leading header rows
   * @param columns leading header columns
   * @param titleRows header rows holding a single cell that spans every column
   */
  record Headers(int rows, int columns, Set<Integer> titleRows) {}

  static Headers detect(int rows, int columns, List<Placement> cells) {
    if (rows < 2 || columns == 0) {
      return new Headers(0, 0, Set.of());
    }
    boolean[] numericColumn = new boolean[columns];
    int[] nonEmpty = new int[columns];
    int[] numeric = new int[columns];
    for (Placement p : cells) {
      if (!p.text.isEmpty()) {
        nonEmpty[p.column]++;
        if (p.number != null) {
          numeric[p.column]++;
        }
      }
    }
    boolean anyNumeric = false;
    for (int c = 0; c < columns; c++) {
      numericColumn[c] = numeric[c] > 0 && numeric[c] * 2 >= nonEmpty[c];
      anyNumeric |= numericColumn[c];
    }

    int prefix = 0;
    int leadingSpanning = 0;
    boolean spanningRun = true;
    while (prefix < rows - 1) {
      boolean spanning = spanningRow(prefix, columns, cells);
      if (!spanning && !textRow(prefix, numericColumn, cells)) {
        break;
      }
      spanningRun &= spanning;
      if (spanningRun) {
        leadingSpanning++;
      }
      prefix++;
    }
    int headerRows;
    if (prefix == 0) {
      headerRows = 0;
    } else if (anyNumeric) {
      headerRows = prefix;
    } else {
      headerRows = Math.min(prefix, leadingSpanning + 1);
    }

    int headerColumns = 0;
    if (anyNumeric && headerRows < rows) {
      while (headerColumns < columns - 1 && !numericColumn[headerColumns]) {
        if (!textColumn(headerColumns, headerRows, cells)) {
          break;
        }
        headerColumns++;
      }
    }

    Set<Integer> titles = new HashSet<>();
    for (Placement p : cells) {
      if (p.row < headerRows && p.column == 0 && p.columnSpan == columns && columns > 1) {
        titles.add(p.row);
      }
    }
    return new Headers(headerRows, headerColumns, titles);
  }

  /** A row whose anchored non-empty cells all span two or more columns: a title or group header row. */
  private static boolean spanningRow(int row, int columns, List<Placement> cells) {
    if (columns < 2) {
      return false;
    }
    boolean any = false;
    for (Placement p : cells) {
      if (p.row == row && !p.text.isEmpty()) {
        if (p.columnSpan < 2) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * A row with text and no number where the column holds numbers, and mostly non-numeric cells overall.
   */
  private static boolean textRow(int row, boolean[] numericColumn, List<Placement> cells) {
    int nonEmpty = 0;
    int numbers = 0;
    for (Placement p : cells) {
      if (p.row != row || p.text.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (p.number != null) {
        if (numericColumn[p.column]) {
          return false;
        }
        numbers++;
      }
    }
    return nonEmpty > 0 && numbers * 2 < nonEmpty;
  }

  /** A column whose body cells (anchored in it, below the header rows) hold text and no number. */
  private static boolean textColumn(int column, int headerRows, List<Placement> cells) {
    boolean any = false;
    for (Placement p : cells) {
      if (p.column == column && p.row >= headerRows && !p.text.isEmpty()) {
        if (p.number != null) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
