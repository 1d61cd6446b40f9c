package io.docstruct.clova.model.document.creditcard;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code field} object of Credit Card OCR: one polygon around the whole value plus one per digit group.
 *
 * <pre>{@code
 * CardField f = result.number();
 * int groups = f.subBoundingPolys().size(); // 4
 * }</pre>
 *
 * @param text recognised text
 * @param confidence 0–1, when sent
 * @param boundingPoly outline of the whole value, image pixels
 * @param subBoundingPolys outlines of the parts (digit groups)
 */
public record CardField(
    @Nullable String text,
    @Nullable Double confidence,
    @Nullable BoundingPoly boundingPoly,
    List<BoundingPoly> subBoundingPolys) {

  public CardField {
    subBoundingPolys = WireLists.copyOf(subBoundingPolys);
  }
}
