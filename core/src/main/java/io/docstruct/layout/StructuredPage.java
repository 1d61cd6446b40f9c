package io.docstruct.layout;

import io.docstruct.document.Page;
import java.util.List;

/**
 * One page in reading order: its blocks, lines and words, and how the page was turned.
 *
 * <pre>{@code
 * StructuredPage p = LayoutEngine.create().structure(page);
 * System.out.println(p.orientation().rotation() + "°");
 * System.out.println(p.text());
 * }</pre>
 *
 * @param page the source page, unchanged
 * @param orientation the detected rotation and skew
 * @param blocks in reading order: header, title, columns left to right, tables in place, footer, then words
 *     without polygons
 */
public record StructuredPage(Page page, Orientation orientation, List<Block> blocks) {

  public StructuredPage {
    blocks = List.copyOf(blocks);
  }

  /**
   * Plain text: one line per output line, words joined by one space, a blank line between blocks (blocks without text, such as an empty table, are skipped). Every
   * {@link PlacedWord}'s offsets point into this string.
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Block b : blocks) {
      if (b.lines().isEmpty()) {
        continue;
      }
      if (!first) {
        sb.append("\n\n");
      }
      sb.append(b.text());
      first = false;
    }
    return sb.toString();
  }

  /** Markdown: blocks as paragraphs, a title as a heading, tables in place as Markdown tables. */
  public String markdown() {
    return MarkdownWriter.page(this);
  }
}
