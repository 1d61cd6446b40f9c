package io.docstruct.clova.model.general;

import io.docstruct.clova.model.Bounding;
import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an image's {@code fields[]}. The same record reads all three shapes CLOVA sends:
 *
 * <ul>
 *   <li>General V2: one word, with {@code boundingPoly}, {@code type} and the {@code lineBreak} hint;
 *   <li>General V1: one word with a {@code bounding} box and neither {@code type} nor {@code lineBreak};
 *   <li>Template: a named region ({@code name}) whose {@code inferText} may hold several lines joined by
 *       {@code \n}, built from {@code subFields} (one per recognised word).
 * </ul>
 *
 * <p>Coordinates are pixels of the recognised image, origin top-left.
 *
 * <pre>{@code
 * for (ClovaField f : image.fields()) {
 *   System.out.print(f.inferText() + (Boolean.TRUE.equals(f.lineBreak()) ? "\n" : " "));
 * }
 * }</pre>
 *
 * @param name the template field's name (Template OCR); absent in General OCR
 * @param valueType {@code ALL} or {@code NUMERIC}; {@code null} when absent
 * @param inferText the recognised text; empty when absent (a logo region has empty text)
 * @param inferConfidence 0–1; {@code null} when absent (never read as 0); an integer {@code 1} reads as 1.0
 * @param boundingPoly the outline (V2); {@code null} when absent
 * @param bounding the axis-aligned box (V1); {@code null} when absent
 * @param type {@code NORMAL}, {@code MULTI_BOX} or {@code CHECKBOX}; {@code null} when absent (V1)
 * @param checked for a {@code CHECKBOX}: whether it is ticked; {@code null} otherwise
 * @param lineBreak the hint that this word ends a line (General V2 only); {@code null} when absent
 * @param subFields the words of a Template field; empty for General OCR
 */
public record ClovaField(
    @Nullable String name,
    @Nullable ValueType valueType,
    String inferText,
    @Nullable Double inferConfidence,
    @Nullable BoundingPoly boundingPoly,
    @Nullable Bounding bounding,
    @Nullable FieldType type,
    @Nullable Boolean checked,
    @Nullable Boolean lineBreak,
    List<ClovaSubField> subFields) {

  public ClovaField {
    inferText = inferText == null ? "" : inferText;
    subFields = WireLists.copyOf(subFields);
  }

  /**
   * A General V2 word, as tests and local servers build it.
   *
   * @param inferText the text
   * @param inferConfidence 0–1, or {@code null}
   * @param boundingPoly the outline, or {@code null}
   * @param lineBreak the line-end hint, or {@code null}
   * @return a {@code NORMAL}, {@code ALL} field without name or subfields
   */
  public static ClovaField word(
      String inferText,
      @Nullable Double inferConfidence,
      @Nullable BoundingPoly boundingPoly,
      @Nullable Boolean lineBreak) {
    return new ClovaField(
        null,
        ValueType.ALL,
        inferText,
        inferConfidence,
        boundingPoly,
        null,
        FieldType.NORMAL,
        null,
        lineBreak,
        List.of());
  }
}
