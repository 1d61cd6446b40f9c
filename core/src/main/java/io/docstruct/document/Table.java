package io.docstruct.document;

import io.docstruct.geometry.Quad;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table the provider detected on a page (CLOVA General OCR with {@code enableTableDetection}). Holds the
 * raw cells; build a span-aware grid from it with the {@code io.docstruct.table} package.
 *
 * <pre>{@code
 * for (Table t : page.tables()) {
 *   System.out.println(t.cells().size() + " cells");
 * }
 * }</pre>
 *
 * @param polygon the table's outline, if given
 * @param confidence 0–1, or {@code null}
 * @param cells in the provider's order
 */
public record Table(@Nullable Quad polygon, @Nullable Double confidence, List<TableCell> cells) {

  public Table {
    cells = List.copyOf(cells);
  }

  /** One more than the largest row index any cell covers (0 for no cells); ignores negative indexes. */
  public int rowExtent() {
    long max = 0;
    for (TableCell c : cells) {
      if (c.row() != null && c.row() >= 0) {
        max = Math.max(max, (long) c.row() + Math.max(1, c.rowSpan() == null ? 1 : c.rowSpan()));
      }
    }
    return (int) Math.min(max, Integer.MAX_VALUE);
  }

  /** One more than the largest column index any cell covers (0 for no cells); ignores negative indexes. */
  public int columnExtent() {
    long max = 0;
    for (TableCell c : cells) {
      if (c.column() != null && c.column() >= 0) {
        max =
            Math.max(
                max, (long) c.column() + Math.max(1, c.columnSpan() == null ? 1 : c.columnSpan()));
      }
    }
    return (int) Math.min(max, Integer.MAX_VALUE);
  }
}
