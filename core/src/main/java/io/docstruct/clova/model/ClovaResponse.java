package io.docstruct.clova.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.docstruct.json.RawJson;
import io.docstruct.json.WireLists;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A CLOVA OCR response body: General (V1/V2), Template and Document OCR share this envelope and differ in
 * which sections each {@link ClovaImage} carries.
 *
 * <pre>{@code
 * ClovaResponse r = WireJson.mapper().readValue(json, ClovaResponse.class);
 * r.images().get(0).fields().forEach(f -> System.out.println(f.inferText()));
 * r.unknown().get("originalFileName");   // a key DocStruct does not model, kept as its JSON
 * }</pre>
 *
 * <p>Keys this record does not model (real General OCR answers carry {@code originalFileName} and {@code
 * imageType} here) are kept in {@link #unknown()} and written back after the known ones, in name order, so
 * that they survive a read → write round trip. {@link ClovaImage} keeps its unknown keys too; the records
 * below an image drop theirs (the provider's exact bytes are the evidence: see {@code ProviderAnswer}).
 *
 * @param version {@code V1} or {@code V2}, as requested
 * @param requestId echoed from the request
 * @param timestamp milliseconds since the epoch
 * @param images one per recognised image or PDF/TIFF page
 * @param unknown the keys not modelled here, each with its JSON value; empty when there are none
 */
public record ClovaResponse(
    @Nullable String version,
    @Nullable String requestId,
    @Nullable Long timestamp,
    List<ClovaImage> images,
    @JsonAnySetter @JsonAnyGetter Map<String, RawJson> unknown) {

  public ClovaResponse {
    images = WireLists.copyOf(images);
    unknown = RawJson.keys(unknown);
  }

  /** A response without unknown keys. */
  public ClovaResponse(
      @Nullable String version, @Nullable String requestId, @Nullable Long timestamp, List<ClovaImage> images) {
    this(version, requestId, timestamp, images, Map.of());
  }
}
