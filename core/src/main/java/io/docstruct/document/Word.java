package io.docstruct.document;

import io.docstruct.geometry.Quad;
import org.jspecify.annotations.Nullable;

/**
 * One recognised word (CLOVA calls it a field) in page pixels.
 *
 * <p>Most words are the provider's own. A Document OCR page (receipt, name card, ID card…) comes with typed
 * values instead of words; its words are <em>derived</em> by DocStruct from those values, one per polygon of a
 * value, so that reading-order text, the searchable PDF's text layer and redaction work on every page. Such a
 * word names its value in {@link #derivedFrom()}; the rules are in the CLOVA adapter's {@code FieldWords}.
 *
 * <pre>{@code
 * for (Word w : page.words()) {
 *   System.out.println(w.text() + " " + w.confidence() + " " + w.polygon().bounds());
 *   if (w.derived()) System.out.println("  from the value " + w.derivedFrom()); // "storeInfo.name"
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
 * @param derivedFrom for a word DocStruct derived from a Document OCR value, that value's dotted name
 *     ({@link io.docstruct.document.fields.NamedField#name()}, e.g. {@code storeInfo.name}); {@code null} for
 *     a word the provider recognised as a word
 */
public record Word(
    String text,
    @Nullable Double confidence,
    @Nullable Quad polygon,
    @Nullable Boolean lineBreak,
    WordKind kind,
    @Nullable Boolean checked,
    @Nullable String derivedFrom) {

  /** A word the provider recognised (not derived from a Document OCR value). */
  public Word(
      String text,
      @Nullable Double confidence,
      @Nullable Quad polygon,
      @Nullable Boolean lineBreak,
      WordKind kind,
      @Nullable Boolean checked) {
    this(text, confidence, polygon, lineBreak, kind, checked, null);
  }

  /** A plain word with a text, a confidence and an outline, and no line-break hint. */
  public static Word of(String text, @Nullable Double confidence, @Nullable Quad polygon) {
    return new Word(text, confidence, polygon, null, WordKind.TEXT, null);
  }

  /** Whether DocStruct derived this word from a Document OCR value ({@link #derivedFrom()} is set). */
  public boolean derived() {
    return derivedFrom != null;
  }
}
