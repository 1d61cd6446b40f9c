package io.docstruct.table;

import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table rebuilt from its cells: a rectangular grid of {@code rowCount × columnCount} positions, each owned
 * by exactly one {@link GridCell}, with detected header rows and columns and every repair listed in {@link
 * #warnings()}. Immutable and thread-safe. Build one with {@link TableGrids}.
 *
 * <pre>{@code
 * TableGrid grid = TableGrids.build(page.tables().get(0));
 * grid.cells();        // span view: each cell once, with its spans (Excel merged regions)
 * grid.matrix();       // dense view: a spanned value repeated in every position it covers (CSV)
 * grid.records();      // body rows keyed by header ("금액" → "2,400")
 * grid.warnings();     // ["cell 4 (row 1, column 1): rowSpan 0 read as 1", …]
 * }</pre>
 *
 * <p>The three views keep every input cell's text: in {@link #cells()} exactly once (text of a damaged
 * duplicate is merged into the cell that kept the position, and named in a warning), in {@link #matrix()}
 * once per covered position.
 */
public final class TableGrid {
  private final int rowCount;
  private final int columnCount;
  private final List<GridCell> cells;
  private final int[] owners;
  private final int headerRows;
  private final int headerColumns;
  private final Set<Integer> titleRows;
  private final List<String> warnings;
  private final @Nullable Quad polygon;
  private final @Nullable Double confidence;

  TableGrid(
      int rowCount,
      int columnCount,
      List<GridCell> cells,
      int[] owners,
      int headerRows,
      int headerColumns,
      Set<Integer> titleRows,
      List<String> warnings,
      @Nullable Quad polygon,
      @Nullable Double confidence) {
    this.rowCount = rowCount;
    this.columnCount = columnCount;
    this.cells = List.copyOf(cells);
    this.owners = owners;
    this.headerRows = headerRows;
    this.headerColumns = headerColumns;
    this.titleRows = Set.copyOf(titleRows);
    this.warnings = List.copyOf(warnings);
    this.polygon = polygon;
    this.confidence = confidence;
  }

  /** Number of rows, 0 for a table without cells. */
  public int rowCount() {
    return rowCount;
  }

  /** Number of columns, 0 for a table without cells. */
  public int columnCount() {
    return columnCount;
  }

  /**
   * The span view: every cell once, ordered by row then column, with its spans; cells that fill gaps are
   * included (empty, 1 × 1). Every input cell's text appears in exactly one of them.
   */
  public List<GridCell> cells() {
    return cells;
  }

  /**
   * The cell that owns a position (the one whose span covers it).
   *
   * @throws IndexOutOfBoundsException if the position is outside the grid
   */
  public GridCell cellAt(int row, int column) {
    if (row < 0 || row >= rowCount || column < 0 || column >= columnCount) {
      throw new IndexOutOfBoundsException(
          "(" + row + ", " + column + ") outside " + rowCount + " × " + columnCount);
    }
    return cells.get(owners[row * columnCount + column]);
  }

  /** How many leading rows are headers (see {@link TableGrids} for the heuristic). */
  public int headerRows() {
    return headerRows;
  }

  /** How many leading columns are row headers (labels of the rows, such as item names). */
  public int headerColumns() {
    return headerColumns;
  }

  /**
   * Header rows that hold a title rather than column names: one cell spanning every column. Their text is
   * left out of {@link #headerNames()}.
   */
  public Set<Integer> titleRows() {
    return titleRows;
  }

  /** What was repaired or dropped, one sentence each, naming the input cell and its position. */
  public List<String> warnings() {
    return warnings;
  }

  /** The table's outline in page pixels, if the provider gave one. */
  public @Nullable Quad polygon() {
    return polygon;
  }

  /** The provider's confidence for the whole table, 0–1, or {@code null}. */
  public @Nullable Double confidence() {
    return confidence;
  }

  /**
   * The dense view, row by row: each position holds the text of the cell that owns it, so a spanned value is
   * repeated in every position it covers (what CSV files and data frames need).
   */
  public List<List<String>> matrix() {
    List<List<String>> rows = new ArrayList<>(rowCount);
    for (int r = 0; r < rowCount; r++) {
      String[] row = new String[columnCount];
      for (int c = 0; c < columnCount; c++) {
        row[c] = cells.get(owners[r * columnCount + c]).text();
      }
      rows.add(List.of(row));
    }
    return List.copyOf(rows);
  }

  /**
   * One unique name per column, for {@link #records()}: the texts of the header cells above the column
   * (top to bottom, title rows left out, a cell spanning several header rows counted once, line breaks as
   * spaces) joined by {@code " / "}; {@code "column N"} (1-based) when there are none. A name already used
   * by an earlier column gets the suffix {@code _2}, {@code _3}…
   */
  public List<String> headerNames() {
    List<String> names = new ArrayList<>(columnCount);
    Set<String> used = new HashSet<>();
    for (int c = 0; c < columnCount; c++) {
      List<String> parts = new ArrayList<>();
      GridCell previous = null;
      for (int r = 0; r < headerRows; r++) {
        GridCell cell = cellAt(r, c);
        if (titleRows.contains(r) || cell == previous) {
          continue;
        }
        previous = cell;
        String text = cell.text().replace('\n', ' ').strip();
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
      String base = parts.isEmpty() ? "column " + (c + 1) : String.join(" / ", parts);
      String name = base;
      for (int n = 2; !used.add(name); n++) {
        name = base + "_" + n;
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** The body rows (after the header rows) as records keyed by {@link #headerNames()}. */
  public List<TableRecord> records() {
    List<String> names = headerNames();
    List<List<String>> matrix = matrix();
    List<TableRecord> records = new ArrayList<>();
    for (int r = headerRows; r < rowCount; r++) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < columnCount; c++) {
        values.put(names.get(c), matrix.get(r).get(c));
      }
      records.add(new TableRecord(r, values));
    }
    return List.copyOf(records);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableGrid g
        && rowCount == g.rowCount
        && columnCount == g.columnCount
        && headerRows == g.headerRows
        && headerColumns == g.headerColumns
        && cells.equals(g.cells)
        && Arrays.equals(owners, g.owners)
        && titleRows.equals(g.titleRows)
        && warnings.equals(g.warnings)
        && Objects.equals(polygon, g.polygon)
        && Objects.equals(confidence, g.confidence);
  }

  @Override
  public int hashCode() {
    return (rowCount * 31 + columnCount) * 31 + cells.hashCode();
  }

  @Override
  public String toString() {
    return "TableGrid[" + rowCount + " × " + columnCount + ", " + cells.size() + " cells, "
        + headerRows + " header rows, " + warnings.size() + " warnings]";
  }
}
