package io.docstruct.clova.model.general;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an image's {@code tables[]} (General OCR with {@code enableTableDetection: true}). Cells are
 * kept as sent: indexes and spans are raw, and an empty cell has no text lines.
 *
 * <pre>{@code
 * for (ClovaTable t : image.tables()) {
 *   t.cells().forEach(c -> System.out.println(c.rowIndex() + "," + c.columnIndex()));
 * }
 * }</pre>
 *
 * @param boundingPoly the table's outline in pixels, origin top-left; {@code null} when absent
 * @param inferText the table's text as the service joined it; {@code null} when absent
 * @param inferConfidence 0–1; {@code null} when absent
 * @param cells in the service's order; empty when absent
 */
public record ClovaTable(
    @Nullable BoundingPoly boundingPoly,
    @Nullable String inferText,
    @Nullable Double inferConfidence,
    List<ClovaTableCell> cells) {

  public ClovaTable {
    cells = WireLists.copyOf(cells);
  }
}
