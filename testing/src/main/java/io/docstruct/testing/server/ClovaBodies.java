package io.docstruct.testing.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.clova.model.ClovaErrorBody;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Writes the CLOVA bodies the server answers with: error bodies, replayed recordings and synthesised results. */
final class ClovaBodies {
  private static final ObjectMapper MAPPER = WireJson.mapper();

  private ClovaBodies() {}

  /** The documented error body for {@code error}, with {@code message} (the documented one plus any detail). */
  static byte[] error(ClovaError error, String message, String path, long now) {
    ClovaErrorBody body = new ClovaErrorBody(error.code(), message, path, traceId(), now);
    return write(body);
  }

  /**
   * A recorded response with the request's {@code requestId}, {@code timestamp} and image name.
   *
   * @throws IOException if the recording is not a JSON object
   */
  static byte[] replay(byte[] recorded, String file, OcrRequest request, long now) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(recorded);
    } catch (JsonProcessingException e) {
      throw new IOException("recorded response " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException("recorded response " + file + " is not a JSON object");
    }
    if (root.path("header").isObject() && !root.has("images")) {
      throw new IOException("recorded response " + file + " is an NHN Cloud OCR response, not a CLOVA one");
    }
    ObjectNode body = (ObjectNode) root;
    if (request.requestId() != null) {
      body.put("requestId", request.requestId());
    }
    body.put("timestamp", request.timestamp() != null ? request.timestamp() : now);
    if (request.name() != null && body.get("images") instanceof ArrayNode images) {
      for (JsonNode image : images) {
        if (image instanceof ObjectNode o) {
          o.put("name", request.name());
        }
      }
    }
    return write(body);
  }

  /**
   * A General OCR result without any text: one image entry per page, each {@code SUCCESS} with empty
   * {@code fields} and its {@code convertedImageInfo}.
   */
  static byte[] syntheticGeneral(OcrRequest request, List<PageSize> pages, String version, long now) {
    ObjectNode body = envelope(request, version, now);
    ArrayNode images = body.putArray("images");
    for (int i = 0; i < pages.size(); i++) {
      ObjectNode image = image(images, request, "SUCCESS", "SUCCESS");
      ObjectNode info = image.putObject("convertedImageInfo");
      info.put("width", pages.get(i).width());
      info.put("height", pages.get(i).height());
      info.put("pageIndex", i);
      info.put("longImage", false);
      image.putArray("fields");
      if (request.enableTableDetection()) {
        image.putArray("tables");
      }
    }
    return write(body);
  }

  /** A 200 whose only image failed, answered in {@code version}: what an image without a recording gets. */
  static byte[] imageFailure(OcrRequest request, String version, String message, long now) {
    ObjectNode body = envelope(request, version, now);
    image(body.putArray("images"), request, "FAILURE", message);
    return write(body);
  }

  private static ObjectNode envelope(OcrRequest request, String version, long now) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("version", version);
    body.put("requestId", request.requestId() != null ? request.requestId() : UUID.randomUUID().toString());
    body.put("timestamp", request.timestamp() != null ? request.timestamp() : now);
    return body;
  }

  private static ObjectNode image(ArrayNode images, OcrRequest request, String result, String message) {
    ObjectNode image = images.addObject();
    image.put("uid", traceId());
    image.put("name", nameOf(request));
    image.put("inferResult", result);
    image.put("message", message);
    image.putObject("validationResult").put("result", "NO_REQUESTED");
    return image;
  }

  /** The image's name as sent, or {@code ""}. */
  static String nameOf(OcrRequest request) {
    @Nullable String name = request.name();
    return name == null ? "" : name;
  }

  private static String traceId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an in-memory JSON tree", e);
    }
  }
}
