package io.docstruct.document;

import io.docstruct.geometry.Quad;
import org.jspecify.annotations.Nullable;

/**
 * One recognised word (CLOVA calls it a field) in page pixels.
 *
 * <pre>{@code
 * for (Word w : page.words()) {
 *   System.out.println(w.text() + " " + w.confidence() + " " + w.polygon().bounds());
 * }
 * }</pre>
 *
 * @param text the recognised text, possibly empty, possibly holding a space ({@code "B. 일품"})
 * @param confidence 0–1, or {@code null} when the provider gave none (absent is not 0)
 * @param polygon the outline, or {@code null} when the provider gave text without geometry (an NHN text
 *     without its box); such words are kept so that no text is lost
 * @param lineBreak the provider's hint that this word ends a line ({@code null} when it gives no hint:
 *     CLOVA V1, Template subfields, NHN). A strong hint, not the truth
 * @param kind text, multi-box or check box
 * @param checked for a {@link WordKind#CHECKBOX}: whether it is ticked; otherwise {@code null}
 */
public record Word(
    String text,
    @Nullable Double confidence,
    @Nullable Quad polygon,
    @Nullable Boolean lineBreak,
    WordKind kind,
    @Nullable Boolean checked) {

  /** A plain word with a text, a confidence and an outline, and no line-break hint. */
  public static Word of(String text, @Nullable Double confidence, @Nullable Quad polygon) {
    return new Word(text, confidence, polygon, null, WordKind.TEXT, null);
  }
}
