package io.docstruct.export.pdf;

import io.docstruct.document.Word;
import io.docstruct.geometry.Quad;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the text layer: words in reading order. Copy/paste and text extraction give them separated by
 * one space each, in this order.
 *
 * <pre>{@code
 * TextLayerLine line = new TextLayerLine(List.of(hello, world));          // direction from the words
 * TextLayerLine laidOut = new TextLayerLine(words, layoutLine.polygon());  // direction from the layout
 * }</pre>
 *
 * @param words in reading order; words without a polygon cannot be placed and are left out of the layer
 * @param polygon the line's outline in the page's pixels, first to second vertex along the text (as {@link
 *     io.docstruct.layout.Line#polygon()} gives it), or {@code null}: the line's direction is then read from
 *     its words' vertex order. Only its direction is used: which way the text runs when the words' own
 *     outlines cannot say (axis-aligned boxes on a page turned by a quarter turn)
 */
public record TextLayerLine(List<Word> words, @Nullable Quad polygon) {

  public TextLayerLine {
    words = List.copyOf(words);
  }

  /** A line whose direction is read from its words' vertex order. */
  public TextLayerLine(List<Word> words) {
    this(words, null);
  }
}
