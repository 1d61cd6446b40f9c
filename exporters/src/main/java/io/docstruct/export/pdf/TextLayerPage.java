package io.docstruct.export.pdf;

import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Word;
import io.docstruct.layout.Block;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.Line;
import io.docstruct.layout.Orientation;
import io.docstruct.layout.StructuredPage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the searchable-PDF writer puts on one page: lines of words in reading order, with the pixel frame
 * their polygons are in and, when the layout is sure of it, which way the page's text runs.
 *
 * <pre>{@code
 * TextLayerPage layer = TextLayerPage.of(page);              // lines in reading order (LayoutEngine)
 * TextLayerPage mine = new TextLayerPage(0, size, lines);     // or lines from anywhere, page kept as shown
 * TextLayerPage turned = new TextLayerPage(0, size, lines, 90); // …whose text runs down the image
 * }</pre>
 *
 * @param pageIndex 0-based page number in the document
 * @param size the pixel frame of the polygons (the provider's {@code convertedImageInfo}), or {@code null}
 *     when unknown: the writer then uses the source image's pixel size. A {@link
 *     PageSize.Source#POLYGON_EXTENT} size is only a lower bound; the writer prefers the image's size to it
 * @param lines in reading order
 * @param textRotation how far the page's text is turned clockwise in the provider's pixels: 0, 90 (it runs
 *     down the image), 180 (upside down) or 270; 0 also when that is not known for sure. The writer turns
 *     a page whose text is turned upright with {@code /Rotate} (see {@link
 *     SearchablePdfWriter.Builder#turnPagesUpright(boolean)})
 */
public record TextLayerPage(
    int pageIndex, @Nullable PageSize size, List<TextLayerLine> lines, int textRotation) {

  /** The fewest words with polygons that can tell that a page is turned (one word's outline cannot). */
  static final int TURN_MIN_WORDS = 3;

  public TextLayerPage {
    lines = List.copyOf(lines);
    if (textRotation != 0 && textRotation != 90 && textRotation != 180 && textRotation != 270) {
      throw new IllegalArgumentException("textRotation must be 0, 90, 180 or 270: " + textRotation);
    }
  }

  /** Lines from anywhere, the text taken as upright: the page is kept as its source shows it. */
  public TextLayerPage(int pageIndex, @Nullable PageSize size, List<TextLayerLine> lines) {
    this(pageIndex, size, lines, 0);
  }

  private static final LayoutEngine LAYOUT = LayoutEngine.create();

  /**
   * The text layer of one recognised page in reading order, from {@link LayoutEngine}: lines as a reader
   * reads them (columns, rotated and skewed pages included), tables in place, row by row.
   */
  public static TextLayerPage of(Page page) {
    return of(LAYOUT.structure(page));
  }

  /**
   * The text layer of a page already structured by {@link LayoutEngine}. Its text rotation is the
   * layout's estimate ({@link StructuredPage#orientation()}) only when that is sure ({@link
   * Orientation#isSure()}: at least {@link Orientation#SURE_CERTAINTY} certain along the axis, the words'
   * shapes agreeing on the axis) and the page has at least {@value #TURN_MIN_WORDS} words with polygons;
   * else 0, so that a page in doubt is kept as its source shows it. The threshold is of the kind of
   * OCRmyPDF's {@code --rotate-pages-threshold} (a ratio of the winning guess's votes, default 14, "quite
   * conservative"); the layout's votes come from the provider's own polygons, line breaks and word order,
   * firmer evidence than a guess from pixels.
   */
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
    return new TextLayerPage(page.page().index(), page.page().size(), lines, sureRotation(page));
  }

  /** The page's text rotation if the layout is sure of it, else 0. */
  private static int sureRotation(StructuredPage page) {
    Orientation o = page.orientation();
    if (o.rotation() == 0 || !o.isSure()) {
      return 0;
    }
    int placed = 0;
    for (Word w : page.page().words()) {
      if (w.polygon() != null && w.polygon().allFinite() && ++placed >= TURN_MIN_WORDS) {
        return o.rotation();
      }
    }
    return 0;
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
