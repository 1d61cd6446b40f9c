package io.docstruct.clova.model.document.idcard;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.docstruct.clova.model.BoundingPoly;
import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code idCard.result}. The documents spell the type {@code IDType}, the example and real responses {@code
 * idtype}: both are read and kept apart (each {@code null} when its key is absent) so that writing gives back
 * what was read; {@link #type()} gives the one that is present. Exactly one of {@code ic}, {@code dl}, {@code
 * pp}, {@code ac} is normally present.
 *
 * <pre>{@code
 * if (result.type() == IdType.ID_CARD) System.out.println(result.ic().name().get(0).text());
 * }</pre>
 *
 * @param isConfident whether every required field of the detected kind was found
 * @param idtype the kind, under the spelling responses use
 * @param IDType the kind, under the documented spelling
 * @param rois regions of interest, image pixels
 * @param ic national ID card
 * @param dl driver's license
 * @param pp passport
 * @param ac alien registration card
 */
public record IdCardResult(
    @JsonProperty("isConfident") @Nullable Boolean isConfident,
    @JsonProperty("idtype") @Nullable IdType idtype,
    @JsonProperty("IDType") @Nullable IdType IDType,
    List<BoundingPoly> rois,
    @Nullable IdentityCard ic,
    @Nullable DriverLicense dl,
    @Nullable PassportPage pp,
    @Nullable AlienCard ac) {

  public IdCardResult {
    rois = WireLists.copyOf(rois);
  }

  /** {@code idtype} when present and known, else {@code IDType} when present, else {@link IdType#UNKNOWN}. */
  public IdType type() {
    if (idtype != null && idtype != IdType.UNKNOWN) {
      return idtype;
    }
    return IDType != null ? IDType : IdType.UNKNOWN;
  }
}
