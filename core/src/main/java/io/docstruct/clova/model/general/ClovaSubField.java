package io.docstruct.clova.model.general;

import io.docstruct.clova.model.Bounding;
import io.docstruct.clova.model.BoundingPoly;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a Template field's {@code subFields[]}: a recognised word inside the field's region. The
 * field's multi-line {@code inferText} is built from these; the last one can carry {@code lineBreak: false}.
 *
 * <pre>{@code
 * for (ClovaSubField s : field.subFields()) System.out.println(s.inferText() + " " + s.inferConfidence());
 * }</pre>
 *
 * @param inferText the recognised text; empty when absent
 * @param inferConfidence 0–1; {@code null} when absent
 * @param boundingPoly the outline (V2); {@code null} when absent
 * @param bounding the axis-aligned box (V1 templates); {@code null} when absent
 * @param lineBreak the hint that this word ends a line; {@code null} when absent
 */
public record ClovaSubField(
    String inferText,
    @Nullable Double inferConfidence,
    @Nullable BoundingPoly boundingPoly,
    @Nullable Bounding bounding,
    @Nullable Boolean lineBreak) {

  public ClovaSubField {
    inferText = inferText == null ? "" : inferText;
  }
}
