package io.docstruct.clova.model.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.docstruct.json.WireLists;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a request's {@code images[]}. The image travels in exactly one way: as a public {@code url},
 * as base64 {@code data} (which wins when both are set), or as the {@code file} part of a multipart call (then
 * neither is set). {@link #toString()} never prints {@code data}, only its length.
 *
 * <pre>{@code
 * RequestImage a = RequestImage.ofUrl("jpg", "receipt-1", "https://example.com/r1.jpg");
 * RequestImage b = RequestImage.ofBytes("png", "scan", Files.readAllBytes(path));
 * RequestImage c = RequestImage.forUpload("pdf", "contract").withTemplateIds(List.of(266));
 * }</pre>
 *
 * @param format {@code jpg}, {@code jpeg}, {@code png}, {@code pdf} or {@code tiff}
 * @param name any name; echoed in the response's {@code images[].name}
 * @param url a publicly readable image URL, or {@code null}
 * @param data the image as base64 (without a {@code data:} prefix), or {@code null}
 * @param templateIds Template OCR only: the templates to match against (all of the domain's when empty);
 *     omitted from the JSON when empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestImage(
    String format,
    String name,
    @Nullable String url,
    @Nullable String data,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> templateIds) {

  public RequestImage {
    templateIds = WireLists.copyOf(templateIds);
  }

  /**
   * An image the service downloads itself.
   *
   * @param format the image format, e.g. {@code "jpg"}
   * @param name any name
   * @param url a publicly readable URL
   * @return the image entry
   * @throws NullPointerException if an argument is {@code null}
   */
  public static RequestImage ofUrl(String format, String name, String url) {
    return new RequestImage(
        Objects.requireNonNull(format, "format == null"),
        Objects.requireNonNull(name, "name == null"),
        Objects.requireNonNull(url, "url == null"),
        null,
        List.of());
  }

  /**
   * An image sent inline, base64-encoded here.
   *
   * @param format the image format, e.g. {@code "png"}
   * @param name any name
   * @param bytes the raw image file
   * @return the image entry
   * @throws NullPointerException if an argument is {@code null}
   */
  public static RequestImage ofBytes(String format, String name, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes == null");
    return new RequestImage(
        Objects.requireNonNull(format, "format == null"),
        Objects.requireNonNull(name, "name == null"),
        null,
        Base64.getEncoder().encodeToString(bytes),
        List.of());
  }

  /**
   * An image whose bytes travel as the {@code file} part of a multipart call.
   *
   * @param format the image format, e.g. {@code "pdf"}
   * @param name any name
   * @return the image entry, with neither {@code url} nor {@code data}
   * @throws NullPointerException if an argument is {@code null}
   */
  public static RequestImage forUpload(String format, String name) {
    return new RequestImage(
        Objects.requireNonNull(format, "format == null"),
        Objects.requireNonNull(name, "name == null"),
        null,
        null,
        List.of());
  }

  /**
   * This image restricted to the given templates (Template OCR).
   *
   * @param ids template ids as shown in the Template domain
   * @return a copy with {@code templateIds} replaced
   */
  public RequestImage withTemplateIds(List<Integer> ids) {
    return new RequestImage(format, name, url, data, Objects.requireNonNull(ids, "ids == null"));
  }

  /** This image as the multipart {@code message} describes it: without {@code url} and {@code data}. */
  RequestImage withoutContent() {
    return new RequestImage(format, name, null, null, templateIds);
  }

  /** Describes the image; {@code data} appears as its length only, since it can be megabytes. */
  @Override
  public String toString() {
    return "RequestImage[format="
        + format
        + ", name="
        + name
        + ", url="
        + url
        + ", data="
        + (data == null ? "null" : "<" + data.length() + " base64 chars>")
        + ", templateIds="
        + templateIds
        + "]";
  }
}
