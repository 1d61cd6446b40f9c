package io.docstruct.export.pdf;

import io.docstruct.document.Word;
import java.util.List;

/**
 * One line of the text layer: words in reading order. Copy/paste and text extraction give them separated by
 * one space each, in this order.
 *
 * <pre>{@code
 * TextLayerLine line = new TextLayerLine(List.of(hello, world));
 * }</pre>
 *
 * @param words in reading order; words without a polygon cannot be placed and are left out of the layer
 */
public record TextLayerLine(List<Word> words) {

  public TextLayerLine {
    words = List.copyOf(words);
  }
}
