package io.docstruct.export.pdf;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.layout.Block;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.Line;
import io.docstruct.layout.StructuredPage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the searchable-PDF writer puts on one page: lines of words in reading order, with the pixel frame
 * their polygons are in.
 *
 * <pre>{@code
 * TextLayerPage layer = TextLayerPage.of(page);           // lines in reading order (LayoutEngine)
 * TextLayerPage rotated = new TextLayerPage(0, size, lines); // or lines from anywhere
 * }</pre>
 *
 * @param pageIndex 0-based page number in the document
 * @param size the pixel frame of the polygons (the provider's {@code convertedImageInfo}), or {@code null}
 *     when unknown: the writer then uses the source image's pixel size. A {@link
 *     PageSize.Source#POLYGON_EXTENT} size is only a lower bound; the writer prefers the image's size to it
 * @param lines in reading order
 */
public record TextLayerPage(int pageIndex, @Nullable PageSize size, List<TextLayerLine> lines) {

  public TextLayerPage {
    lines = List.copyOf(lines);
  }

  private static final LayoutEngine LAYOUT = LayoutEngine.create();

  /**
   * The text layer of one recognised page in reading order, from {@link LayoutEngine}: lines as a reader
   * reads them (columns, rotated and skewed pages included), tables in place, row by row.
   */
  public static TextLayerPage of(Page page) {
    return of(LAYOUT.structure(page));
  }

  /** The text layer of a page already structured by {@link LayoutEngine}. */
  public static TextLayerPage of(StructuredPage page) {
    List<TextLayerLine> lines = new ArrayList<>();
    for (Block block : page.blocks()) {
      for (Line line : block.lines()) {
        List<Word> words = new ArrayList<>(line.words().size());
        line.words().forEach(w -> words.add(w.word()));
        if (!words.isEmpty()) {
          lines.add(new TextLayerLine(words, line.polygon()));
        }
      }
    }
    return new TextLayerPage(page.page().index(), page.page().size(), lines);
  }

  /**
   * The provider's order instead of reading order: the page's words as sent, a new line after every word
   * whose {@code lineBreak} hint is true (for callers who want exactly what the provider said).
   */
  public static List<TextLayerLine> providerOrderLines(Page page) {
    List<TextLayerLine> lines = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word word : page.words()) {
      current.add(word);
      if (Boolean.TRUE.equals(word.lineBreak())) {
        lines.add(new TextLayerLine(current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      lines.add(new TextLayerLine(current));
    }
    return lines;
  }

  /** Every word of every line, in reading order. */
  public List<Word> words() {
    List<Word> words = new ArrayList<>();
    lines.forEach(l -> words.addAll(l.words()));
    return words;
  }
}
