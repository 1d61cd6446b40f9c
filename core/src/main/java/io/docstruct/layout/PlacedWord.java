package io.docstruct.layout;

import io.docstruct.document.Word;

/**
 * A source word placed in the reading order, with where its text sits in its page's {@link
 * StructuredPage#text()}.
 *
 * <pre>{@code
 * String pageText = page.text();
 * for (PlacedWord w : line.words()) {
 *   assert pageText.substring(w.start(), w.end()).equals(w.word().text());
 * }
 * }</pre>
 *
 * @param word the provider's word, unchanged (polygon, confidence and hints included)
 * @param start offset of the word's first character in the page text (UTF-16 index, inclusive)
 * @param end offset just after the word's last character (exclusive)
 */
public record PlacedWord(Word word, int start, int end) {

  public PlacedWord {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }

  /** The word's text. */
  public String text() {
    return word.text();
  }
}
