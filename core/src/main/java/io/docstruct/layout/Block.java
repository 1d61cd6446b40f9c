package io.docstruct.layout;

import io.docstruct.document.Table;
import io.docstruct.geometry.Quad;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A run of lines that belong together (a paragraph, a column's piece, a header) or a table, in the page's
 * reading order.
 *
 * <pre>{@code
 * for (Block b : page.blocks()) {
 *   if (b.kind() == BlockKind.TABLE) {
 *     System.out.println(b.table().cells().size() + " cells");
 *   } else {
 *     System.out.println(b.text());
 *   }
 * }
 * }</pre>
 *
 * @param kind what the block is
 * @param lines in reading order; for a {@link BlockKind#TABLE}, one line per table row holding the cells'
 *     words in column order
 * @param polygon the block's outline in page pixels (clockwise from the text's top-left corner), or {@code
 *     null} when no word of it had a polygon
 * @param table the source table of a {@link BlockKind#TABLE} block, else {@code null}
 */
public record Block(BlockKind kind, List<Line> lines, @Nullable Quad polygon, @Nullable Table table) {

  public Block {
    lines = List.copyOf(lines);
    if ((kind == BlockKind.TABLE) != (table != null)) {
      throw new IllegalArgumentException("a TABLE block, and only one, carries a table: " + kind);
    }
  }

  /** The lines' texts joined by {@code \n}. */
  public String text() {
    return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
  }
}
