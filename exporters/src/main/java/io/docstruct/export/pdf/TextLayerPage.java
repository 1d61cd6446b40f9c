package io.docstruct.export.pdf;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the searchable-PDF writer puts on one page: lines of words in reading order, with the pixel frame
 * their polygons are in.
 *
 * <pre>{@code
 * TextLayerPage layer = TextLayerPage.of(page);           // lines by the provider's lineBreak hints
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

  /**
   * The text layer of one recognised page: the one place where reading order comes in. Today it is {@link
   * #providerOrderLines(Page)}; a reading-order engine replaces the lines here.
   */
  public static TextLayerPage of(Page page) {
    return new TextLayerPage(page.index(), page.size(), providerOrderLines(page));
  }

  /**
   * A fallback reading order: the page's words in the provider's order, a new line after every word whose
   * {@code lineBreak} hint is true. Good for upright General OCR pages; words without a hint all join one
   * line.
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
