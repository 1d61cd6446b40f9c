package io.docstruct.clova.model.document;

import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code DateObject}: a date as printed with its parts in {@code formatted}.
 *
 * <pre>{@code
 * DateObject v = receipt.result().paymentInfo().date();
 * DateFormatted parts = v.formatted();
 * }</pre>
 *
 * @param text the text as printed
 * @param formatted the parts, or {@code null} when absent
 * @param boundingPolys one polygon per word, image pixels
 * @param maskingPolys regions to mask, possibly empty
 * @param keyText printed label, newer schemas only
 * @param confidenceScore 0–1, newer schemas only
 */
public record DateObject(
    @Nullable String text,
    @Nullable DateFormatted formatted,
    List<BoundingPoly> boundingPolys,
    List<BoundingPoly> maskingPolys,
    @Nullable String keyText,
    @Nullable Double confidenceScore)
    implements ValueObject {

  public DateObject {
    boundingPolys = WireLists.copyOf(boundingPolys);
    maskingPolys = WireLists.copyOf(maskingPolys);
  }
}
