package io.docstruct.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes grids as GitHub-flavoured Markdown tables. The header row is the detected header ({@link
 * TableGrid#headerNames()}, several header rows joined by {@code " / "}) or, when no header was detected,
 * the first row. Cells come from the dense view (a spanned value repeated); {@code |} is escaped as {@code
 * \|}, a backslash as {@code \\}, and line breaks become {@code <br>}.
 *
 * <pre>{@code
 * System.out.print(TableMarkdown.render(grid));
 * // | 구분 | 상품명 | 수량 | 금액 |
 * // | --- | --- | --- | --- |
 * // | 행사 | 삼각김밥 | 2 | 2,400 |
 * }</pre>
 */
public final class TableMarkdown {
  private TableMarkdown() {}

  /**
   * Every table under a heading {@code ### Page P, table T} (1-based, for people), separated by an empty
   * line; a table's warnings follow it as a list.
   */
  public static String render(List<PageTable> tables) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tables.size(); i++) {
      PageTable t = tables.get(i);
      if (i > 0) {
        out.append('\n');
      }
      out.append("### Page ").append(t.page() + 1).append(", table ").append(t.index() + 1);
      out.append("\n\n").append(render(t.grid()));
      if (!t.grid().warnings().isEmpty()) {
        out.append('\n');
        for (String w : t.grid().warnings()) {
          out.append("- warning: ").append(escape(w)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** One table; empty for a grid without columns. */
  public static String render(TableGrid grid) {
    if (grid.columnCount() == 0) {
      return "";
    }
    List<List<String>> matrix = grid.matrix();
    List<String> header;
    int bodyStart;
    if (grid.headerRows() > 0) {
      header = new ArrayList<>();
      for (int c = 0; c < grid.columnCount(); c++) {
        header.add(headerName(grid, c));
      }
      bodyStart = grid.headerRows();
    } else {
      header = matrix.get(0);
      bodyStart = 1;
    }
    StringBuilder out = new StringBuilder();
    row(out, header);
    out.append('|');
    for (int c = 0; c < grid.columnCount(); c++) {
      out.append(" --- |");
    }
    out.append('\n');
    for (int r = bodyStart; r < matrix.size(); r++) {
      row(out, matrix.get(r));
    }
    return out.toString();
  }

  /** The header text of a column without the uniqueness suffix of {@link TableGrid#headerNames()}. */
  private static String headerName(TableGrid grid, int column) {
    List<String> parts = new ArrayList<>();
    GridCell previous = null;
    for (int r = 0; r < grid.headerRows(); r++) {
      GridCell cell = grid.cellAt(r, column);
      if (grid.titleRows().contains(r) || cell == previous) {
        continue;
      }
      previous = cell;
      if (!cell.text().isEmpty()) {
        parts.add(cell.text());
      }
    }
    return String.join(" / ", parts);
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      String text = escape(cell);
      out.append(text.isEmpty() ? " " : " " + text + " ").append('|');
    }
    out.append('\n');
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("\r\n", "<br>")
        .replace("\n", "<br>")
        .replace("\r", "<br>");
  }
}
