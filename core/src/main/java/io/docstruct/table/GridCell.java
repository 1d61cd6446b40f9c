package io.docstruct.table;

import io.docstruct.number.KoreanNumber;
import io.docstruct.document.TextLine;
import io.docstruct.geometry.Quad;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a repaired {@link TableGrid}: its place and spans after repair, its text and where the text
 * came from. Rows and columns are 0-based grid positions.
 *
 * <pre>{@code
 * GridCell c = grid.cellAt(1, 0);
 * if (c.rowSpan() > 1) sheet.addMergedRegion(c.row(), c.lastRow(), c.column(), c.lastColumn());
 * c.text();     // "B. 일품\n9,500 원": lines joined by \n, words by one space
 * c.number();   // 1600 for "1,600", null for text (see KoreanNumber)
 * }</pre>
 *
 * @param row the first row it covers
 * @param column the first column it covers
 * @param rowSpan rows covered, at least 1
 * @param columnSpan columns covered, at least 1
 * @param text its lines joined by {@code \n}, the words of a line by one space; empty for an empty cell
 * @param lines its text lines in reading order, including lines merged in from damaged duplicates
 * @param confidence 0–1, the lowest of the merged cells' confidences, or {@code null} when none was given
 * @param polygon the provider cell's outline in page pixels, if given
 * @param header whether it lies in the detected header rows or header columns
 * @param number the text read as a number by {@link KoreanNumber}, or {@code null} when it is not one
 * @param sources the indexes, in the provider's cell list, of the input cells whose text it carries (first
 *     the owner, then any merged into it); empty for an empty cell that filled a gap
 */
public record GridCell(
    int row,
    int column,
    int rowSpan,
    int columnSpan,
    String text,
    List<TextLine> lines,
    @Nullable Double confidence,
    @Nullable Quad polygon,
    boolean header,
    @Nullable BigDecimal number,
    List<Integer> sources) {

  public GridCell {
    lines = List.copyOf(lines);
    sources = List.copyOf(sources);
  }

  /** The last row it covers, inclusive. */
  public int lastRow() {
    return row + rowSpan - 1;
  }

  /** The last column it covers, inclusive. */
  public int lastColumn() {
    return column + columnSpan - 1;
  }

  /** Whether it covers more than one position (a merged region in a spreadsheet). */
  public boolean spans() {
    return rowSpan > 1 || columnSpan > 1;
  }

  /** Whether it holds no text. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Whether it covers the position. */
  public boolean covers(int r, int c) {
    return r >= row && r <= lastRow() && c >= column && c <= lastColumn();
  }
}
