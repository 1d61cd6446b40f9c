package io.docstruct.clova.model.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.docstruct.clova.model.Bounding;
import io.docstruct.clova.model.BoundingPoly;
import org.jspecify.annotations.Nullable;

/**
 * An image's {@code title}. The documents call it a string ("이미지 타이틀"); Template OCR responses send an
 * object with the title region's {@code name}, {@code inferText}, {@code inferConfidence} and polygon. Both
 * forms are read: a bare string becomes a title whose {@link #inferText()} is that string and whose other
 * components are {@code null}. It is always written back as an object.
 *
 * <pre>{@code
 * TemplateTitle t = image.title();
 * String text = t == null ? "" : t.inferText();
 * }</pre>
 *
 * @param name the title region's name in the template; {@code null} when absent
 * @param inferText the recognised title text; empty when absent
 * @param inferConfidence 0–1; {@code null} when absent
 * @param boundingPoly the outline (V2), in pixels, origin top-left; {@code null} when absent
 * @param bounding the axis-aligned box (V1); {@code null} when absent
 */
public record TemplateTitle(
    @Nullable String name,
    String inferText,
    @Nullable Double inferConfidence,
    @Nullable BoundingPoly boundingPoly,
    @Nullable Bounding bounding) {

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public TemplateTitle {
    inferText = inferText == null ? "" : inferText;
  }

  /**
   * The documented string form of {@code title}.
   *
   * @param text the title text
   * @return a title holding only that text
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TemplateTitle ofText(String text) {
    return new TemplateTitle(null, text, null, null, null);
  }
}
