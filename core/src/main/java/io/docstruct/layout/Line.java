package io.docstruct.layout;

import io.docstruct.geometry.Quad;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One reconstructed line: its words in reading order.
 *
 * <pre>{@code
 * for (Line line : block.lines()) {
 *   System.out.println(line.text());
 * }
 * }</pre>
 *
 * @param words in reading order (left to right once the page is upright)
 * @param polygon the line's outline in page pixels, vertices clockwise from the top-left corner <em>of the
 *     text</em> (so on a page rotated by 90° {@code p0} is the page's top-right corner of the line);
 *     {@code null} for a line of words that had no polygon
 */
public record Line(List<PlacedWord> words, @Nullable Quad polygon) {

  public Line {
    words = List.copyOf(words);
  }

  /** The words' texts joined by one space. */
  public String text() {
    return words.stream().map(PlacedWord::text).collect(Collectors.joining(" "));
  }
}
