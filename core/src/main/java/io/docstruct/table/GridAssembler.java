package io.docstruct.table;

import io.docstruct.number.KoreanNumber;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.geometry.Quad;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds one {@link TableGrid} from raw cells, applying the damage rules documented on {@link TableGrids}.
 * One instance per build; not thread-safe.
 */
final class GridAssembler {
  /** Beyond this many positions a grid is laid out as a list, one cell per row. */
  static final int MAX_POSITIONS = 1 << 20;

  /** An input cell and how warnings name it ({@code "cell 3"}). */
  record Input(TableCell cell, String name) {}

  /** Header counts known from the source (medical receipts), instead of detecting them. */
  record HeaderHint(int rows, int columns) {}

  /** A cell of the raw input with its spans normalised and its indexes mapped to the grid. */
  private static final class Work {
    final int index;
    final Input input;
    final String text;
    long rowStart;
    long columnStart;
    long rowSpan;
    long columnSpan;
    int row;
    int column;
    int rows;
    int columns;

    Work(int index, Input input) {
      this.index = index;
      this.input = input;
      this.text = input.cell().text();
    }

    boolean missing() {
      return input.cell().row() == null || input.cell().column() == null;
    }

    /** {@code cell 3 (row 1, column 2)} with the raw indexes as sent. */
    String describe() {
      TableCell c = input.cell();
      return input.name()
          + " (row "
          + (c.row() == null ? "missing" : c.row())
          + ", column "
          + (c.column() == null ? "missing" : c.column())
          + ")";
    }
  }

  /** A cell being placed in the grid; text from merged cells is appended to its lines. */
  static final class Placement {
    final String name;
    int row;
    int column;
    int rowSpan;
    int columnSpan;
    final List<TextLine> lines = new ArrayList<>();
    @Nullable Double confidence;
    @Nullable Quad polygon;
    final List<Integer> sources = new ArrayList<>();
    String text = "";
    @Nullable BigDecimal number;

    Placement(String name, int row, int column, int rowSpan, int columnSpan) {
      this.name = name;
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.columnSpan = columnSpan;
    }

    String currentText() {
      return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    void absorb(Work w) {
      lines.addAll(w.input.cell().lines());
      sources.add(w.index);
      Double c = w.input.cell().confidence();
      if (c != null) {
        confidence = confidence == null ? c : Math.min(confidence, c);
      }
    }
  }

  private final List<Input> inputs;
  private final @Nullable Quad polygon;
  private final @Nullable Double confidence;
  private final @Nullable HeaderHint hint;
  private final boolean reportGaps;
  private final List<String> warnings = new ArrayList<>();

  GridAssembler(
      List<Input> inputs,
      @Nullable Quad polygon,
      @Nullable Double confidence,
      @Nullable HeaderHint hint,
      boolean reportGaps) {
    this.inputs = inputs;
    this.polygon = polygon;
    this.confidence = confidence;
    this.hint = hint;
    this.reportGaps = reportGaps;
  }

  TableGrid build() {
    if (inputs.isEmpty()) {
      warnings.add("the table has no cells");
      return finish(0, 0, List.of(), new int[0]);
    }
    List<Work> present = new ArrayList<>();
    List<Work> missing = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Work w = new Work(i, inputs.get(i));
      w.rowSpan = span(w, w.input.cell().rowSpan(), "rowSpan");
      w.columnSpan = span(w, w.input.cell().columnSpan(), "columnSpan");
      if (w.missing()) {
        missing.add(w);
      } else {
        w.rowStart = w.input.cell().row();
        w.columnStart = w.input.cell().column();
        present.add(w);
      }
    }
    int rowCount = new Axis("row", "down", true).map(present);
    int columnCount = new Axis("column", "right", false).map(present);
    int rows = rowCount + missing.size();
    int columns = Math.max(columnCount, missing.isEmpty() ? 0 : 1);
    if ((long) rows * columns > MAX_POSITIONS) {
      return asList(present, missing, rows, columns);
    }

    int[] owners = new int[rows * columns];
    Arrays.fill(owners, -1);
    List<Placement> placements = new ArrayList<>();
    present.sort(
        Comparator.<Work>comparingInt(w -> w.row)
            .thenComparingInt(w -> w.column)
            .thenComparingInt(w -> w.index));
    for (Work w : present) {
      place(w, placements, owners, columns);
    }
    for (int k = 0; k < missing.size(); k++) {
      Work w = missing.get(k);
      int row = rowCount + k;
      int column = 0;
      Integer rawColumn = w.input.cell().column();
      if (rawColumn != null && columnCount > 0) {
        column = (int) Math.max(0, Math.min(columnCount - 1L, rawColumn));
      }
      int width = (int) Math.max(1, Math.min(w.columnSpan, columns - column));
      Placement p = new Placement(w.input.name(), row, column, 1, width);
      p.absorb(w);
      p.polygon = w.input.cell().polygon();
      claim(p, placements, owners, columns);
      warnings.add(
          w.describe()
              + ": no "
              + (w.input.cell().row() == null ? "rowIndex" : "columnIndex")
              + "; kept in an extra row "
              + row
              + " below the table, column "
              + column);
    }
    fillGaps(rows, columns, placements, owners);
    return finish(rows, columns, placements, owners);
  }

  private long span(Work w, @Nullable Integer value, String name) {
    if (value == null) {
      return 1;
    }
    if (value < 1) {
      warnings.add(w.describe() + ": " + name + " " + value + " read as 1");
      return 1;
    }
    return value;
  }

  /** One axis (rows or columns): shifts negative indexes, then maps indexes densely or compactly. */
  private final class Axis {
    private final String noun;
    private final String direction;
    private final boolean rows;

    Axis(String noun, String direction, boolean rows) {
      this.noun = noun;
      this.direction = direction;
      this.rows = rows;
    }

    private long start(Work w) {
      return rows ? w.rowStart : w.columnStart;
    }

    private long span(Work w) {
      return rows ? w.rowSpan : w.columnSpan;
    }

    private void set(Work w, int start, int span) {
      if (rows) {
        w.row = start;
        w.rows = span;
      } else {
        w.column = start;
        w.columns = span;
      }
    }

    /** Maps every cell's start and span on this axis; returns the axis length. */
    int map(List<Work> cells) {
      if (cells.isEmpty()) {
        return 0;
      }
      long min = cells.stream().mapToLong(this::start).min().orElse(0);
      long shift = min < 0 ? -min : 0;
      if (shift > 0) {
        for (Work w : cells) {
          if (start(w) < 0) {
            warnings.add(
                w.describe()
                    + ": negative "
                    + noun
                    + " index; every "
                    + noun
                    + " moved "
                    + direction
                    + " by "
                    + shift
                    + " so that it keeps a "
                    + noun
                    + " of its own");
          }
        }
      }
      TreeSet<Long> starts = new TreeSet<>();
      long extent = 0;
      for (Work w : cells) {
        starts.add(start(w) + shift);
        extent = Math.max(extent, start(w) + shift + span(w));
      }
      long lastStart = starts.last();
      long limit = 2L * starts.size() + 16;
      if (extent <= limit) {
        for (Work w : cells) {
          long s = start(w) + shift;
          set(w, (int) s, (int) span(w));
          if (s + span(w) > lastStart + 1) {
            warnings.add(
                w.describe()
                    + ": "
                    + noun
                    + "Span "
                    + span(w)
                    + " reaches past "
                    + noun
                    + " "
                    + lastStart
                    + ", the last "
                    + noun
                    + " where a cell starts; the grid grows to "
                    + extent
                    + " "
                    + noun
                    + "s to keep the span");
          }
        }
        return (int) extent;
      }
      long[] sorted = starts.stream().mapToLong(Long::longValue).toArray();
      warnings.add(
          noun
              + " indexes and spans reach "
              + extent
              + " for "
              + sorted.length
              + " distinct start "
              + noun
              + "s (dense limit "
              + limit
              + "): "
              + noun
              + "s renumbered to the "
              + sorted.length
              + " indexes where cells start, empty "
              + noun
              + "s between them dropped");
      for (Work w : cells) {
        long s = start(w) + shift;
        int from = Arrays.binarySearch(sorted, s);
        int to = lowerBound(sorted, s + span(w));
        set(w, from, to - from);
        if (s + span(w) > lastStart + 1) {
          warnings.add(
              w.describe()
                  + ": "
                  + noun
                  + "Span "
                  + span(w)
                  + " clipped to "
                  + (to - from)
                  + ", past the last "
                  + noun
                  + " where a cell starts");
        }
      }
      return sorted.length;
    }
  }

  /** The number of values in {@code sorted} below {@code key}. */
  private static int lowerBound(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void place(Work w, List<Placement> placements, int[] owners, int columns) {
    int anchorOwner = owners[w.row * columns + w.column];
    if (anchorOwner >= 0) {
      Placement o = placements.get(anchorOwner);
      if (o.row == w.row && o.column == w.column) {
        duplicate(w, o);
        return;
      }
    }
    int[] free = largestFreeRectangle(w, owners, columns);
    int area = free[2] * free[3];
    if (area == 0) {
      Placement o = placements.get(anchorOwner);
      if (w.text.isEmpty()) {
        warnings.add(
            w.describe()
                + ": every position it spans belongs to "
                + o.name
                + "; it has no text and was dropped");
      } else {
        o.absorb(w);
        warnings.add(
            w.describe()
                + ": every position it spans belongs to "
                + o.name
                + "; its text "
                + quote(w.text)
                + " was appended to that cell");
      }
      return;
    }
    Placement p = new Placement(w.input.name(), free[0], free[1], free[2], free[3]);
    p.absorb(w);
    p.polygon = w.input.cell().polygon();
    if (area < w.rows * w.columns) {
      String taken = firstTakenBy(w, owners, columns, placements);
      warnings.add(
          w.describe()
              + ": overlaps "
              + taken
              + "; shrunk from "
              + w.rows
              + " × "
              + w.columns
              + " to "
              + free[2]
              + " × "
              + free[3]
              + " at row "
              + free[0]
              + ", column "
              + free[1]);
    }
    claim(p, placements, owners, columns);
  }

  private void duplicate(Work w, Placement o) {
    String where = "same position as " + o.name;
    if (w.text.isEmpty()) {
      warnings.add(w.describe() + ": " + where + " and no text; dropped as a duplicate");
    } else if (w.text.equals(o.currentText())) {
      boolean sameSpans = w.rows == o.rowSpan && w.columns == o.columnSpan;
      warnings.add(
          w.describe()
              + ": "
              + where
              + " and the same text "
              + quote(w.text)
              + "; dropped as an exact duplicate"
              + (sameSpans ? "" : " (its span " + w.rows + " × " + w.columns + " ignored)"));
    } else {
      o.absorb(w);
      warnings.add(
          w.describe()
              + ": "
              + where
              + "; its text "
              + quote(w.text)
              + " was appended to that cell");
    }
  }

  private static String firstTakenBy(
      Work w, int[] owners, int columns, List<Placement> placements) {
    for (int r = w.row; r < w.row + w.rows; r++) {
      for (int c = w.column; c < w.column + w.columns; c++) {
        int o = owners[r * columns + c];
        if (o >= 0) {
          return placements.get(o).name + " at row " + r + ", column " + c;
        }
      }
    }
    return "another cell";
  }

  /**
   * The largest free rectangle inside the cell's rectangle, as {row, column, rows, columns}; ties go to the
   * topmost, then the leftmost. Rows × columns is 0 when nothing is free.
   */
  private static int[] largestFreeRectangle(Work w, int[] owners, int columns) {
    int width = w.columns;
    int[] heights = new int[width];
    int[] best = {w.row, w.column, 0, 0};
    int[] stack = new int[width + 1];
    for (int r = w.row; r < w.row + w.rows; r++) {
      for (int j = 0; j < width; j++) {
        heights[j] = owners[r * columns + w.column + j] < 0 ? heights[j] + 1 : 0;
      }
      // Largest rectangle in the histogram of free heights ending at row r.
      int top = 0;
      for (int j = 0; j <= width; j++) {
        int h = j == width ? 0 : heights[j];
        while (top > 0 && heights[stack[top - 1]] >= h) {
          int height = heights[stack[--top]];
          int left = top == 0 ? 0 : stack[top - 1] + 1;
          int area = height * (j - left);
          if (height > 0 && better(area, r - height + 1, w.column + left, best)) {
            best = new int[] {r - height + 1, w.column + left, height, j - left};
          }
        }
        stack[top++] = j;
      }
    }
    return best;
  }

  private static boolean better(int area, int row, int column, int[] best) {
    int bestArea = best[2] * best[3];
    if (area != bestArea) {
      return area > bestArea;
    }
    return row < best[0] || (row == best[0] && column < best[1]);
  }

  private static void claim(Placement p, List<Placement> placements, int[] owners, int columns) {
    int id = placements.size();
    placements.add(p);
    for (int r = p.row; r < p.row + p.rowSpan; r++) {
      for (int c = p.column; c < p.column + p.columnSpan; c++) {
        owners[r * columns + c] = id;
      }
    }
  }

  private void fillGaps(int rows, int columns, List<Placement> placements, int[] owners) {
    String[] gapsByRow = new String[rows];
    for (int r = 0; r < rows; r++) {
      List<String> ranges = new ArrayList<>();
      int positions = 0;
      for (int c = 0; c < columns; c++) {
        if (owners[r * columns + c] >= 0) {
          continue;
        }
        int end = c;
        while (end + 1 < columns && owners[r * columns + end + 1] < 0) {
          end++;
        }
        for (int k = c; k <= end; k++) {
          claim(new Placement("an empty cell", r, k, 1, 1), placements, owners, columns);
        }
        ranges.add(range(c, end));
        positions += end - c + 1;
        c = end;
      }
      if (positions > 0) {
        gapsByRow[r] = (positions == 1 ? "column " : "columns ") + String.join(", ", ranges);
      }
    }
    if (!reportGaps) {
      return;
    }
    for (int r = 0; r < rows; r++) {
      if (gapsByRow[r] == null) {
        continue;
      }
      int end = r;
      while (end + 1 < rows && gapsByRow[r].equals(gapsByRow[end + 1])) {
        end++;
      }
      boolean one = r == end && gapsByRow[r].startsWith("column ");
      warnings.add(
          (r == end ? "row " + r : "rows " + range(r, end))
              + ", "
              + gapsByRow[r]
              + ": no cell covers "
              + (one ? "this position; filled with an empty cell" : "these positions; filled with empty cells"));
      r = end;
    }
  }

  private static String range(int from, int to) {
    return from == to ? String.valueOf(from) : from + "–" + to;
  }

  /** Too many positions for a dense grid: one cell per row, in row, column, input order. */
  private TableGrid asList(List<Work> present, List<Work> missing, long rows, long columns) {
    warnings.add(
        "the table would need "
            + rows
            + " × "
            + columns
            + " positions for "
            + inputs.size()
            + " cells (limit "
            + MAX_POSITIONS
            + "): cells listed one per row in row, column, input order, spans dropped");
    List<Work> all = new ArrayList<>(present);
    all.sort(
        Comparator.<Work>comparingInt(w -> w.row)
            .thenComparingInt(w -> w.column)
            .thenComparingInt(w -> w.index));
    all.addAll(missing);
    List<Placement> placements = new ArrayList<>();
    int[] owners = new int[all.size()];
    for (Work w : all) {
      Placement p = new Placement(w.input.name(), placements.size(), 0, 1, 1);
      p.absorb(w);
      p.polygon = w.input.cell().polygon();
      claim(p, placements, owners, 1);
    }
    return finish(all.size(), 1, placements, owners);
  }

  private TableGrid finish(int rows, int columns, List<Placement> placements, int[] owners) {
    for (Placement p : placements) {
      p.text = p.currentText();
      p.number = p.text.isEmpty() ? null : KoreanNumber.read(p.text).value();
    }
    HeaderDetector.Headers headers =
        hint != null
            ? new HeaderDetector.Headers(
                Math.min(hint.rows(), rows), Math.min(hint.columns(), columns), Set.of())
            : HeaderDetector.detect(rows, columns, placements);
    Integer[] order = new Integer[placements.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(i -> placements.get(i).row)
            .thenComparingInt(i -> placements.get(i).column));
    int[] newId = new int[placements.size()];
    List<GridCell> cells = new ArrayList<>(placements.size());
    for (int k = 0; k < order.length; k++) {
      Placement p = placements.get(order[k]);
      newId[order[k]] = k;
      boolean header = p.row < headers.rows() || p.column < headers.columns();
      cells.add(
          new GridCell(
              p.row,
              p.column,
              p.rowSpan,
              p.columnSpan,
              p.text,
              p.lines,
              p.confidence,
              p.polygon,
              header,
              p.number,
              p.sources));
    }
    int[] remapped = new int[owners.length];
    for (int i = 0; i < owners.length; i++) {
      remapped[i] = newId[owners[i]];
    }
    return new TableGrid(
        rows,
        columns,
        cells,
        remapped,
        headers.rows(),
        headers.columns(),
        headers.titleRows(),
        warnings,
        polygon,
        confidence);
  }

  /** A text for a warning: quoted, line breaks shown as {@code \n}, cut after 40 characters. */
  static String quote(String text) {
    String shown = text.replace("\n", "\\n");
    if (shown.length() > 40) {
      shown = shown.substring(0, 39) + "…";
    }
    return "\"" + shown + "\"";
  }
}
