package io.docstruct.table;

import io.docstruct.number.KoreanNumber;
import io.docstruct.document.Field;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import io.docstruct.document.fields.MedicalReceiptFields;
import io.docstruct.document.fields.MedicalReceiptFields.KeyCell;
import io.docstruct.document.fields.MedicalReceiptFields.KeyGroup;
import io.docstruct.document.fields.MedicalReceiptFields.KeyValue;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link TableGrid}s: from a provider {@link Table}, from a medical receipt's key/value cells, or every
 * table of a document at once.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("response.json"));
 * for (PageTable t : TableGrids.of(doc)) {
 *   System.out.print(TableCsv.render(t.grid()));
 *   t.grid().warnings().forEach(System.err::println);
 * }
 * TableGrid one = TableGrids.build(doc.pages().get(0).tables().get(0));
 * }</pre>
 *
 * <h2>Damage rules</h2>
 *
 * Cells are named in warnings by their position in the provider's list ({@code cell 3}) and their raw
 * indexes. Nothing here throws on damaged input, and no text is lost: every input cell's text ends up in
 * exactly one {@link GridCell} of {@link TableGrid#cells()}.
 *
 * <ol>
 *   <li><b>Zero or negative span</b>: read as 1. An absent span is 1 without a warning.
 *   <li><b>Missing index</b> ({@code rowIndex} or {@code columnIndex} absent): the cell is kept in an extra
 *       row of its own below the table, at its column when that is known and inside the grid, else column 0.
 *   <li><b>Negative index</b>: every row (or column) is moved down (right) by the same amount, so the cell
 *       keeps a row of its own above the others and the relative layout is unchanged.
 *   <li><b>Huge index or span</b>: an axis is stored densely (grid index = provider index) when its extent
 *       (the largest index + span) is at most {@code 2 × distinct start indexes + 16}. Beyond that the gaps
 *       are absurd: the axis is <em>compacted</em>, the distinct start indexes renumbered 0…n−1, the empty
 *       rows between them dropped, and spans counted in start indexes covered. So {@code rowIndex
 *       2000000000} costs one row, not two billion. A grid that would still exceed 1,048,576
 *       positions is laid out as a list, one cell per row (spans dropped, text kept).
 *   <li><b>Span past the edge</b> (reaching beyond the last row or column where any cell starts): the grid
 *       <em>grows</em> to keep the span, within the dense limit above; with compaction the span is clipped
 *       to the last start instead. Growing is chosen because CLOVA sends no row or column count: the span
 *       and the cell polygon are the only evidence of the table's extent (real tables have row spans of 8
 *       and 10), and clipping would silently change the merged region a spreadsheet shows.
 *   <li><b>Overlapping spans</b>: cells claim positions in a deterministic order, by row, then column, then
 *       input order. A later cell that overlaps earlier ones is shrunk to the largest free rectangle inside
 *       its own (ties: topmost, then leftmost); if nothing is free, its lines are appended to the cell that
 *       owns its first position (an empty one is dropped).
 *   <li><b>Duplicate cells</b> (a later cell starting at the same position as an earlier one): dropped when
 *       it has no text or exactly the owner's text ({@code "dropped as an exact duplicate"}), otherwise its
 *       lines are appended to the owner ({@code "appended to that cell"}). A merged cell's confidence is the
 *       lowest of its parts.
 *   <li><b>Gaps and missing cells</b>: every position no cell covers becomes an empty 1 × 1 cell; one warning
 *       per run of rows with the same uncovered columns. A table without any cell is a 0 × 0 grid with a
 *       warning.
 * </ol>
 *
 * <h2>Header heuristic</h2>
 *
 * Only cells <em>anchored</em> in a row count for it: a header cell that spans down into the body never
 * makes body rows headers (docling-core #755), and the body always keeps at least one row.
 *
 * <ol>
 *   <li>A column is <em>numeric</em> when at least half of its non-empty cells read as numbers ({@link
 *       KoreanNumber}).
 *   <li>Header rows are the leading rows that are either <em>spanning rows</em> (every non-empty cell spans
 *       two or more columns: a title, or a group header such as {@code 급여 | 비급여}) or <em>text rows</em>
 *       (no number in a numeric column, and fewer than half of the non-empty cells numeric).
 *   <li>When the table has a numeric column, all those rows are headers. A table of text only gives no such
 *       evidence: its header is its leading spanning rows plus the first ordinary row, the usual
 *       convention.
 *   <li>Header columns are the leading non-numeric columns whose body cells hold text and no number
 *       (labels such as item names), only when some column is numeric.
 *   <li>A header row holding one cell spanning every column is a title: it is not data, and its text is left
 *       out of {@link TableGrid#headerNames()}.
 * </ol>
 */
public final class TableGrids {
  private TableGrids() {}

  /**
   * Rebuilds a provider table.
   *
   * @param table the raw cells, as the provider sent them
   * @return the repaired grid, with every repair in {@link TableGrid#warnings()}
   */
  public static TableGrid build(Table table) {
    List<GridAssembler.Input> inputs = new ArrayList<>(table.cells().size());
    for (int i = 0; i < table.cells().size(); i++) {
      inputs.add(new GridAssembler.Input(table.cells().get(i), "cell " + i));
    }
    return new GridAssembler(inputs, table.polygon(), table.confidence(), null, true).build();
  }

  /**
   * Every table of every page, in page order: on each page the provider's tables in its order, then the
   * table formed by a medical receipt's key/value cells when there is one.
   */
  public static List<PageTable> of(OcrDocument document) {
    List<PageTable> tables = new ArrayList<>();
    for (Page page : document.pages()) {
      int index = 0;
      for (Table table : page.tables()) {
        tables.add(new PageTable(page.index(), index++, PageTable.Source.PROVIDER_TABLE, build(table)));
      }
      if (page.fields() instanceof MedicalReceiptFields m) {
        Optional<TableGrid> grid = fromMedicalReceipt(m);
        if (grid.isPresent()) {
          tables.add(
              new PageTable(page.index(), index, PageTable.Source.MEDICAL_RECEIPT, grid.get()));
        }
      }
    }
    return List.copyOf(tables);
  }

  /**
   * The table a medical receipt's key/value cells form. Each value cell ({@code result[]}) has a path of
   * column keys ({@code keyCells} of group {@code column}, by depth: {@code 선택항목 › 비급여}) and of row
   * keys (group {@code row}, by depth, followed by the parts of {@code keyTexts} no key cell names: {@code
   * 계}). Distinct column paths become columns and distinct row paths rows, ordered by the mean position
   * of their value cells on the page (left to right, top to bottom; first appearance when a value has no
   * polygon). Column keys form the header rows, one per depth, with consecutive equal keys merged into
   * one spanning cell; row keys likewise form the header columns; a shorter path's last key spans down
   * (right) to the deepest level. Positions no value names are empty without a warning (the form simply
   * has no such cell); two values at one position are merged by the duplicate rule.
   *
   * <pre>{@code
   * TableGrids.fromMedicalReceipt(fields).ifPresent(g -> System.out.print(TableMarkdown.render(g)));
   * // | | 선택항목 / 비급여 |
   * // | --- | --- |
   * // | 계 | 53435 |
   * }</pre>
   *
   * @return the grid, or empty when no value cell has a key
   */
  public static Optional<TableGrid> fromMedicalReceipt(MedicalReceiptFields fields) {
    List<Keyed> values = new ArrayList<>();
    for (int i = 0; i < fields.results().size(); i++) {
      KeyValue kv = fields.results().get(i);
      Keyed k = Keyed.of(i, kv);
      if (!k.columnPath.isEmpty() || !k.rowPath.isEmpty()) {
        values.add(k);
      }
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> columnPaths = order(values, true);
    List<List<String>> rowPaths = order(values, false);
    int headerRows = columnPaths.stream().mapToInt(List::size).max().orElse(0);
    int headerColumns = rowPaths.stream().mapToInt(List::size).max().orElse(0);

    List<GridAssembler.Input> inputs = new ArrayList<>();
    if (headerRows > 0 && headerColumns > 0) {
      inputs.add(
          new GridAssembler.Input(
              new TableCell(0, 0, headerRows, headerColumns, List.of(), null, null), "corner"));
    }
    Map<String, Field> keyFields = new HashMap<>();
    for (Keyed k : values) {
      for (KeyCell cell : k.value.keyCells()) {
        keyFields.putIfAbsent(cell.key().text().strip(), cell.key());
      }
    }
    headerCells(columnPaths, headerRows, headerColumns, true, keyFields, inputs);
    headerCells(rowPaths, headerColumns, headerRows, false, keyFields, inputs);
    for (Keyed k : values) {
      int row = headerRows + Math.max(0, rowPaths.indexOf(k.rowPath));
      int column = headerColumns + Math.max(0, columnPaths.indexOf(k.columnPath));
      Field v = k.value.value();
      inputs.add(
          new GridAssembler.Input(
              new TableCell(row, column, 1, 1, lines(v), v.confidence(), first(v)),
              "result[" + k.index + "]" + (k.value.id() == null ? "" : " (id " + k.value.id() + ")")));
    }
    return Optional.of(
        new GridAssembler(
                inputs,
                null,
                null,
                new GridAssembler.HeaderHint(headerRows, headerColumns),
                false)
            .build());
  }

  /** A value cell with its column and row key paths. */
  private record Keyed(int index, KeyValue value, List<String> columnPath, List<String> rowPath) {

    static Keyed of(int index, KeyValue kv) {
      List<KeyCell> columnKeys = new ArrayList<>();
      List<KeyCell> rowKeys = new ArrayList<>();
      for (KeyCell cell : kv.keyCells()) {
        if (cell.key().text().isBlank()) {
          continue;
        }
        (cell.group() == KeyGroup.COLUMN ? columnKeys : rowKeys).add(cell);
      }
      Comparator<KeyCell> byDepth =
          Comparator.comparingInt(c -> c.depth() == null ? Integer.MAX_VALUE : c.depth());
      columnKeys.sort(byDepth);
      rowKeys.sort(byDepth);
      List<String> columnPath = new ArrayList<>();
      columnKeys.forEach(c -> columnPath.add(c.key().text().strip()));
      List<String> rowPath = new ArrayList<>();
      rowKeys.forEach(c -> rowPath.add(c.key().text().strip()));
      List<String> named = new ArrayList<>(columnPath);
      named.addAll(rowPath);
      for (String part : kv.keys()) {
        if (!named.remove(part)) {
          rowPath.add(part);
        }
      }
      return new Keyed(index, kv, List.copyOf(columnPath), List.copyOf(rowPath));
    }
  }

  /** Distinct paths ordered by the mean x (columns) or y (rows) of their values, then first appearance. */
  private static List<List<String>> order(List<Keyed> values, boolean columns) {
    Map<List<String>, double[]> stats = new LinkedHashMap<>();
    for (Keyed k : values) {
      double[] s = stats.computeIfAbsent(columns ? k.columnPath : k.rowPath, p -> new double[3]);
      Quad q = first(k.value.value());
      if (q != null) {
        s[0] += columns ? q.centroid().x() : q.centroid().y();
        s[1]++;
      } else {
        s[2] = 1;
      }
    }
    boolean geometry = stats.values().stream().allMatch(s -> s[2] == 0);
    List<List<String>> paths = new ArrayList<>(stats.keySet());
    if (geometry) {
      paths.sort(Comparator.comparingDouble(p -> stats.get(p)[0] / stats.get(p)[1]));
    }
    return paths;
  }

  /**
   * Header cells for one axis: for {@code columns}, one header row per depth across the value columns,
   * consecutive equal keys with the same parent merged; a path's last key spans to the deepest level.
   */
  private static void headerCells(
      List<List<String>> paths,
      int depth,
      int offset,
      boolean columns,
      Map<String, Field> keyFields,
      List<GridAssembler.Input> inputs) {
    for (int level = 0; level < depth; level++) {
      int i = 0;
      while (i < paths.size()) {
        List<String> path = paths.get(i);
        if (path.size() <= level) {
          i++;
          continue;
        }
        List<String> prefix = path.subList(0, level + 1);
        int end = i + 1;
        while (end < paths.size()
            && paths.get(end).size() > level
            && paths.get(end).subList(0, level + 1).equals(prefix)
            && (paths.get(end).size() == level + 1) == (path.size() == level + 1)) {
          end++;
        }
        String key = path.get(level);
        int along = end - i;
        int across = path.size() == level + 1 ? depth - level : 1;
        Field f = keyFields.get(key);
        Quad polygon = f == null || f.polygons().isEmpty() ? null : f.polygons().get(0);
        List<TextLine> lines = List.of(new TextLine(List.of(Word.of(key, null, polygon)), polygon, null));
        TableCell cell =
            columns
                ? new TableCell(level, offset + i, across, along, lines, null, polygon)
                : new TableCell(offset + i, level, along, across, lines, null, polygon);
        inputs.add(new GridAssembler.Input(cell, (columns ? "column key " : "row key ") + quoteKey(key)));
        i = end;
      }
    }
  }

  private static String quoteKey(String key) {
    return "\"" + key + "\"";
  }

  private static List<TextLine> lines(Field value) {
    if (value.text().isEmpty()) {
      return List.of();
    }
    Quad polygon = first(value);
    List<TextLine> lines = new ArrayList<>();
    for (String line : value.text().split("\n", -1)) {
      lines.add(new TextLine(List.of(Word.of(line, value.confidence(), polygon)), polygon, value.confidence()));
    }
    return lines;
  }

  private static @Nullable Quad first(Field value) {
    return value.polygons().isEmpty() ? null : value.polygons().get(0);
  }
}
