package io.docstruct.clova.model.document;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code BaseObject}: a plain recognised text. The documents give it no {@code formatted} block; one is
 * still read when a response sends it.
 *
 * <pre>{@code
 * BaseObject v = receipt.result().paymentInfo().confirmNum();
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
public record BaseObject(
    @Nullable String text,
    @Nullable ValueFormatted formatted,
    List<BoundingPoly> boundingPolys,
    List<BoundingPoly> maskingPolys,
    @Nullable String keyText,
    @Nullable Double confidenceScore)
    implements ValueObject {

  public BaseObject {
    boundingPolys = WireLists.copyOf(boundingPolys);
    maskingPolys = WireLists.copyOf(maskingPolys);
  }
}
