package io.docstruct.document;

import io.docstruct.geometry.Quad;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a provider table, exactly as the provider described it. Indexes and spans are kept raw
 * ({@code null} when absent, possibly negative or overlapping in damaged input); the grid reconstruction in
 * {@code io.docstruct.table} repairs them and says how.
 *
 * <pre>{@code
 * int row = cell.row() == null ? -1 : cell.row();
 * String text = cell.text();
 * }</pre>
 *
 * @param row 0-based row index ({@code rowIndex})
 * @param column 0-based column index ({@code columnIndex})
 * @param rowSpan rows covered ({@code rowSpan}), 1 for an ordinary cell
 * @param columnSpan columns covered ({@code columnSpan})
 * @param lines the cell's text lines ({@code cellTextLines}); empty for an empty cell
 * @param confidence 0–1, or {@code null}
 * @param polygon the cell's outline, if given
 */
public record TableCell(
    @Nullable Integer row,
    @Nullable Integer column,
    @Nullable Integer rowSpan,
    @Nullable Integer columnSpan,
    List<TextLine> lines,
    @Nullable Double confidence,
    @Nullable Quad polygon) {

  public TableCell {
    lines = List.copyOf(lines);
  }

  /** The cell's lines joined by {@code \n}, the words of a line by one space. */
  public String text() {
    return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
  }
}
