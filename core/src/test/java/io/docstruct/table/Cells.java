package io.docstruct.table;

import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hand-made table cells for tests: text lines split at {@code \n}, words at spaces.
 *
 * <pre>{@code
 * Table t = Cells.table(Cells.cell(0, 0, 2, 1, "메뉴"), Cells.cell(0, 1, "B. 일품\n9,500 원"));
 * }</pre>
 */
final class Cells {
  private Cells() {}

  static TableCell cell(
      @Nullable Integer row,
      @Nullable Integer column,
      @Nullable Integer rowSpan,
      @Nullable Integer columnSpan,
      String text) {
    List<TextLine> lines = new ArrayList<>();
    if (!text.isEmpty()) {
      for (String line : text.split("\n", -1)) {
        List<Word> words = new ArrayList<>();
        for (String w : line.split(" ", -1)) {
          words.add(Word.of(w, 0.9, null));
        }
        lines.add(new TextLine(words, null, 0.9));
      }
    }
    return new TableCell(row, column, rowSpan, columnSpan, lines, text.isEmpty() ? null : 0.9, null);
  }

  static TableCell cell(int row, int column, String text) {
    return cell(row, column, 1, 1, text);
  }

  static Table table(TableCell... cells) {
    return new Table(null, null, List.of(cells));
  }

  static Table table(List<TableCell> cells) {
    return new Table(null, null, cells);
  }

  static TableGrid grid(TableCell... cells) {
    return TableGrids.build(table(cells));
  }

  /** The grid's dense view as one line per row, cells separated by {@code |}. */
  static List<String> rows(TableGrid grid) {
    return grid.matrix().stream().map(r -> String.join("|", r)).toList();
  }
}
