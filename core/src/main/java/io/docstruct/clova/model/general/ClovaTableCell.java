package io.docstruct.clova.model.general;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a table's {@code cells[]}. Indexes are 0-based; spans count rows or columns covered. All four
 * are boxed and {@code null} when absent: they are evidence to check, not to trust (real tables have row spans
 * of 2, 8 and 10, and damaged ones overlap).
 *
 * <pre>{@code
 * int row = cell.rowIndex() == null ? -1 : cell.rowIndex();
 * boolean empty = cell.cellTextLines().isEmpty();
 * }</pre>
 *
 * @param boundingPoly the cell's outline; {@code null} when absent
 * @param cellTextLines the cell's lines; empty for an empty cell ({@code "cellTextLines": []})
 * @param inferConfidence 0–1; {@code null} when absent
 * @param rowSpan rows covered; {@code null} when absent
 * @param rowIndex 0-based row; {@code null} when absent
 * @param columnSpan columns covered; {@code null} when absent
 * @param columnIndex 0-based column; {@code null} when absent
 */
public record ClovaTableCell(
    @Nullable BoundingPoly boundingPoly,
    List<CellTextLine> cellTextLines,
    @Nullable Double inferConfidence,
    @Nullable Integer rowSpan,
    @Nullable Integer rowIndex,
    @Nullable Integer columnSpan,
    @Nullable Integer columnIndex) {

  public ClovaTableCell {
    cellTextLines = WireLists.copyOf(cellTextLines);
  }
}
