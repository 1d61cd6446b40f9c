package io.docstruct.clova.model.document;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code FloatObject}: a number as printed ({@code "1,600"}, {@code "16.960"}, {@code "-3,00"}) with
 * {@code formatted.value} as a plain number string ({@code "1600"}); {@code formatted} can be missing when OCR
 * read no number (a count read as {@code ","}).
 *
 * <pre>{@code
 * FloatObject v = receipt.result().totalPrice().price();
 * String refined = v.formatted() == null ? null : v.formatted().value();
 * }</pre>
 *
 * @param text the text as printed
 * @param formatted the refined value, or {@code null} when absent
 * @param boundingPolys one polygon per word, image pixels
 * @param maskingPolys regions to mask, possibly empty
 * @param keyText printed label, newer schemas only
 * @param confidenceScore 0–1, newer schemas only
 */
public record FloatObject(
    @Nullable String text,
    @Nullable ValueFormatted formatted,
    List<BoundingPoly> boundingPolys,
    List<BoundingPoly> maskingPolys,
    @Nullable String keyText,
    @Nullable Double confidenceScore)
    implements ValueObject {

  public FloatObject {
    boundingPolys = WireLists.copyOf(boundingPolys);
    maskingPolys = WireLists.copyOf(maskingPolys);
  }
}
