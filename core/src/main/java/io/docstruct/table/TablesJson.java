package io.docstruct.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.docstruct.json.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code docstruct tables --format json} (design.md): every table with its page, index, size,
 * span cells and warnings. Written with {@link CanonicalJson#mapper()}, so an absent confidence is left out.
 *
 * <pre>{@code
 * String json = TablesJson.of(TableGrids.of(doc)).toJson();
 * // {"tables":[{"page":0,"index":0,"rowCount":5,"columnCount":4,
 * //   "cells":[{"row":0,"column":0,"rowSpan":1,"columnSpan":1,"text":"구분","confidence":0.99}, …],
 * //   "warnings":[]}]}
 * }</pre>
 *
 * @param tables one entry per table, in document order
 */
public record TablesJson(List<TableJson> tables) {

  public TablesJson {
    tables = List.copyOf(tables);
  }

  /** The JSON form of every table. */
  public static TablesJson of(List<PageTable> tables) {
    List<TableJson> out = new ArrayList<>(tables.size());
    for (PageTable t : tables) {
      out.add(TableJson.of(t));
    }
    return new TablesJson(out);
  }

  /** Compact JSON text. */
  public String toJson() {
    try {
      return CanonicalJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of strings and numbers always serialise", e);
    }
  }

  /** Indented JSON text, for people. */
  public String toPrettyJson() {
    try {
      return CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of strings and numbers always serialise", e);
    }
  }

  /**
   * One table.
   *
   * @param page 0-based page index
   * @param index 0-based index among the page's tables
   * @param rowCount rows of the repaired grid
   * @param columnCount columns of the repaired grid
   * @param cells the span view, row by row
   * @param warnings what was repaired or dropped
   */
  public record TableJson(
      int page,
      int index,
      int rowCount,
      int columnCount,
      List<CellJson> cells,
      List<String> warnings) {

    public TableJson {
      cells = List.copyOf(cells);
      warnings = List.copyOf(warnings);
    }

    static TableJson of(PageTable t) {
      TableGrid g = t.grid();
      List<CellJson> cells = new ArrayList<>(g.cells().size());
      for (GridCell c : g.cells()) {
        cells.add(
            new CellJson(
                c.row(), c.column(), c.rowSpan(), c.columnSpan(), c.text(), c.confidence()));
      }
      return new TableJson(
          t.page(), t.index(), g.rowCount(), g.columnCount(), cells, g.warnings());
    }
  }

  /**
   * One cell of the span view.
   *
   * @param row first row
   * @param column first column
   * @param rowSpan rows covered
   * @param columnSpan columns covered
   * @param text lines joined by {@code \n}, words by one space
   * @param confidence 0–1, or {@code null} (left out of the JSON)
   */
  public record CellJson(
      int row, int column, int rowSpan, int columnSpan, String text, @Nullable Double confidence) {}
}
