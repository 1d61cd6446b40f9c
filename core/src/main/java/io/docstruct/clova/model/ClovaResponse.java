package io.docstruct.clova.model;

import io.docstruct.json.WireLists;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CLOVA OCR response body: General (V1/V2), Template and Document OCR share this envelope and differ in
 * which sections each {@link ClovaImage} carries.
 *
 * <pre>{@code
 * ClovaResponse r = WireJson.mapper().readValue(json, ClovaResponse.class);
 * r.images().get(0).fields().forEach(f -> System.out.println(f.inferText()));
 * }</pre>
 *
 * @param version {@code V1} or {@code V2}, as requested
 * @param requestId echoed from the request
 * @param timestamp milliseconds since the epoch
 * @param images one per recognised image or PDF/TIFF page
 */
public record ClovaResponse(
    @Nullable String version,
    @Nullable String requestId,
    @Nullable Long timestamp,
    List<ClovaImage> images) {

  public ClovaResponse {
    images = WireLists.copyOf(images);
  }
}
