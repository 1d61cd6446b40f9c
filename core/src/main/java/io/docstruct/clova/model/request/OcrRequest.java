package io.docstruct.clova.model.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.docstruct.json.WireLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a CLOVA General or Template OCR call. Sent as is for {@code application/json}; for {@code
 * multipart/form-data}, {@link #toMultipartMessage()} gives the {@code message} part (the same JSON without
 * the images' {@code url} and {@code data}), and the image bytes go in the {@code file} part.
 *
 * <p>The documents' own example sends {@code "enableTableDetection": "false"} as a string; reading accepts
 * it (Jackson coerces {@code "true"}/{@code "false"}), writing always sends a JSON boolean.
 *
 * <pre>{@code
 * OcrRequest req = OcrRequest.general(UUID.randomUUID().toString(), System.currentTimeMillis(),
 *         RequestImage.ofBytes("jpg", "receipt", bytes))
 *     .withLang("ko")
 *     .withTableDetection(true);
 * byte[] body = WireJson.mapper().writeValueAsBytes(req);
 * }</pre>
 *
 * @param version {@code V2} (recommended) or {@code V1}
 * @param requestId any unique id, echoed in the response
 * @param timestamp any number, conventionally milliseconds since the epoch
 * @param lang {@code ko}, {@code ja}, {@code zh-TW} or a comma-separated list; the domain's default when
 *     {@code null}
 * @param images the images; the service accepts one per call
 * @param enableTableDetection General OCR only: {@code true} to detect tables (the domain must allow it);
 *     {@code null} to leave it out (the service's default is {@code false})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcrRequest(
    String version,
    String requestId,
    long timestamp,
    @Nullable String lang,
    List<RequestImage> images,
    @Nullable Boolean enableTableDetection) {

  /** The engine version a new request uses. */
  public static final String DEFAULT_VERSION = "V2";

  public OcrRequest {
    images = WireLists.copyOf(images);
  }

  /**
   * A General OCR request for one image with the V2 engine and the domain's language.
   *
   * @param requestId any unique id
   * @param timestamp milliseconds since the epoch (any number is accepted by the service)
   * @param image the image
   * @return the request
   * @throws NullPointerException if {@code requestId} or {@code image} is {@code null}
   */
  public static OcrRequest general(String requestId, long timestamp, RequestImage image) {
    return new OcrRequest(
        DEFAULT_VERSION,
        Objects.requireNonNull(requestId, "requestId == null"),
        timestamp,
        null,
        List.of(Objects.requireNonNull(image, "image == null")),
        null);
  }

  /**
   * A Template OCR request for one image; name templates with {@link RequestImage#withTemplateIds(List)}.
   *
   * @param requestId any unique id
   * @param timestamp milliseconds since the epoch
   * @param image the image
   * @return the request (Template OCR has no table detection)
   * @throws NullPointerException if {@code requestId} or {@code image} is {@code null}
   */
  public static OcrRequest template(String requestId, long timestamp, RequestImage image) {
    return general(requestId, timestamp, image);
  }

  /**
   * This request with a recognition language.
   *
   * @param language e.g. {@code "ko"} or {@code "ko,ja"}
   * @return a copy with {@code lang} set
   */
  public OcrRequest withLang(String language) {
    return new OcrRequest(
        version,
        requestId,
        timestamp,
        Objects.requireNonNull(language, "language == null"),
        images,
        enableTableDetection);
  }

  /**
   * This request with table detection switched on or off (General OCR only).
   *
   * @param enabled whether to detect tables
   * @return a copy with {@code enableTableDetection} set
   */
  public OcrRequest withTableDetection(boolean enabled) {
    return new OcrRequest(version, requestId, timestamp, lang, images, enabled);
  }

  /**
   * This request with another engine version.
   *
   * @param engineVersion {@code "V1"} or {@code "V2"}
   * @return a copy with {@code version} set
   */
  public OcrRequest withVersion(String engineVersion) {
    return new OcrRequest(
        Objects.requireNonNull(engineVersion, "engineVersion == null"),
        requestId,
        timestamp,
        lang,
        images,
        enableTableDetection);
  }

  /**
   * The {@code message} part of a multipart call: this request without the images' {@code url} and {@code
   * data}.
   *
   * @return a copy whose images carry only format, name and template ids
   */
  public OcrRequest toMultipartMessage() {
    List<RequestImage> bare = new ArrayList<>(images.size());
    for (RequestImage image : images) {
      bare.add(image.withoutContent());
    }
    return new OcrRequest(version, requestId, timestamp, lang, bare, enableTableDetection);
  }
}
