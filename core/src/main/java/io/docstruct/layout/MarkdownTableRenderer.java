package io.docstruct.layout;

import io.docstruct.document.Table;
import io.docstruct.document.TableCell;

/**
 * Renders a provider {@link Table} as a Markdown (GFM) table by the cells' {@code row}/{@code column}
 * indexes. A spanning cell's text goes in its top-left position and the positions it covers stay empty;
 * cells without indexes, or overlapping an earlier cell's top-left position, are left out. The first row is
 * the Markdown header row. Kept apart so that a span-aware grid can replace it.
 *
 * <pre>{@code
 * String md = MarkdownTableRenderer.render(table);   // "" for a table without indexed cells
 * }</pre>
 */
final class MarkdownTableRenderer {
  /** Larger grids are damaged input; rendering them would only produce empty cells. */
  private static final int MAX_POSITIONS = 1_000_000;

  private MarkdownTableRenderer() {}

  static String render(Table table) {
    int rows = table.rowExtent();
    int columns = table.columnExtent();
    if (rows == 0 || columns == 0 || (long) rows * columns > MAX_POSITIONS) {
      return "";
    }
    String[][] grid = new String[rows][columns];
    for (TableCell c : table.cells()) {
      Integer r = c.row();
      Integer k = c.column();
      if (r != null && k != null && r >= 0 && k >= 0 && grid[r][k] == null) {
        grid[r][k] = cellText(c);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      row(sb, grid[r]);
      if (r == 0) {
        sb.append('\n').append('|');
        sb.append(" --- |".repeat(columns));
      }
      if (r < rows - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String[] cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(c == null ? "" : c).append(" |");
    }
  }

  private static String cellText(TableCell c) {
    return MarkdownWriter.escape(c.text()).replace("|", "\\|").replace("\n", "<br>");
  }
}
