package io.docstruct.document;

import io.docstruct.geometry.Quad;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A line of words as the provider grouped them, e.g. a CLOVA table cell's {@code cellTextLines} entry.
 *
 * <pre>{@code
 * String text = line.text();   // words joined by one space
 * }</pre>
 *
 * @param words in the provider's order
 * @param polygon the line's outline, if given
 * @param confidence 0–1, or {@code null} when absent
 */
public record TextLine(List<Word> words, @Nullable Quad polygon, @Nullable Double confidence) {

  public TextLine {
    words = List.copyOf(words);
  }

  /** The words' texts joined by one space. */
  public String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }
}
