package io.docstruct.clova.model.general;

import io.docstruct.clova.model.BoundingPoly;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a line's {@code cellWords[]}. Its text can contain a space ({@code "B. 일품"}); every cell word
 * is also present, with the same text, in the image's {@code fields[]}.
 *
 * <pre>{@code
 * System.out.println(word.inferText() + " @ " + word.inferConfidence());
 * }</pre>
 *
 * @param boundingPoly the word's outline; {@code null} when absent
 * @param inferConfidence 0–1; {@code null} when absent
 * @param inferText the recognised text; empty when absent
 */
public record CellWord(
    @Nullable BoundingPoly boundingPoly, @Nullable Double inferConfidence, String inferText) {

  public CellWord {
    inferText = inferText == null ? "" : inferText;
  }
}
