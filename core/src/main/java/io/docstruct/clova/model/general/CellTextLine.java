package io.docstruct.clova.model.general;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a cell's {@code cellTextLines[]}: a line of words inside a table cell. Its polygon can stick
 * out of the cell's polygon on real responses.
 *
 * <pre>{@code
 * line.cellWords().forEach(w -> System.out.print(w.inferText() + " "));
 * }</pre>
 *
 * @param boundingPoly the line's outline; {@code null} when absent
 * @param inferConfidence 0–1; {@code null} when absent
 * @param cellWords the line's words in reading order; empty when absent
 */
public record CellTextLine(
    @Nullable BoundingPoly boundingPoly, @Nullable Double inferConfidence, List<CellWord> cellWords) {

  public CellTextLine {
    cellWords = WireLists.copyOf(cellWords);
  }
}
