package io.docstruct.testing.server;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.docstruct.json.WireJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OCR request body, {@code application/json} or {@code multipart/form-data}, with bounded memory:
 * base64 {@code data} is decoded while it streams in and image bytes beyond {@link #MEMORY_LIMIT} go to a
 * temporary file.
 */
final class RequestParser {
  /** Bytes of one image or part kept in memory before spilling to a temporary file. */
  static final int MEMORY_LIMIT = 4 * 1024 * 1024;

  /** Largest image accepted (General OCR's documented limit). */
  static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;

  /** Largest multipart {@code message} part (it may carry base64 {@code data}). */
  static final long MAX_MESSAGE_BYTES = MAX_IMAGE_BYTES * 4 / 3 + 64 * 1024;

  private static final Base64Variant BASE64 =
      Base64Variants.MIME_NO_LINEFEEDS.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

  private RequestParser() {}

  /**
   * Parses a request body. Does not validate version or image count: {@link LocalOcrServer} does, so that
   * each rule answers its own error code.
   *
   * @throws RequestRejected {@code 0011} when the body cannot be read as a request
   * @throws IOException when reading the connection fails
   */
  static OcrRequest parse(@Nullable String contentType, InputStream body) throws RequestRejected, IOException {
    String type = contentType == null ? "" : contentType.trim().toLowerCase(Locale.ROOT);
    try {
      if (type.startsWith("multipart/form-data")) {
        String boundary =
            MultipartReader.boundary(contentType == null ? "" : contentType)
                .orElseThrow(() -> new RequestRejected(ClovaError.BODY_INVALID, "multipart body without boundary."));
        return parseMultipart(new MultipartReader(body, boundary));
      }
      // CLOVA reads anything else as JSON (its own curl example sends no Content-Type).
      return parseJson(body, null, null, 0);
    } catch (StreamReadException e) {
      throw new RequestRejected(ClovaError.BODY_INVALID, "JSON unreadable: " + e.getOriginalMessage(), e);
    } catch (MultipartReader.MalformedMultipartException e) {
      throw new RequestRejected(ClovaError.BODY_INVALID, "multipart body malformed: " + e.getMessage(), e);
    } catch (Payload.TooLargeException e) {
      throw new RequestRejected(ClovaError.BODY_INVALID, "image or part " + e.getMessage() + ".", e);
    }
  }

  private static OcrRequest parseMultipart(MultipartReader reader) throws IOException, RequestRejected {
    Payload message = null;
    Payload file = null;
    String fileName = null;
    int files = 0;
    try {
      for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
        switch (part.name()) {
          case "message" -> {
            if (message != null) {
              throw new RequestRejected(ClovaError.BODY_INVALID, "more than one message part.");
            }
            message = copy(reader, MAX_MESSAGE_BYTES);
          }
          case "file" -> {
            files++;
            if (file == null) {
              file = copy(reader, MAX_IMAGE_BYTES);
              fileName = part.filename();
            } else {
              reader.copyBody(OutputStream.nullOutputStream());
            }
          }
          default -> reader.copyBody(OutputStream.nullOutputStream());
        }
      }
      if (message == null) {
        throw new RequestRejected(ClovaError.BODY_INVALID, "multipart body without a message part.");
      }
      if (file != null && file.size() == 0) {
        file.close();
        file = null;
        fileName = null;
        files--;
      }
      OcrRequest request;
      try (InputStream in = message.open()) {
        request = parseJson(in, file, fileName, Math.max(0, files - 1));
      }
      file = null; // owned by the request now
      return request;
    } finally {
      if (message != null) {
        message.close();
      }
      if (file != null) {
        file.close();
      }
    }
  }

  private static Payload copy(MultipartReader reader, long maxSize) throws IOException {
    try (Payload.Sink sink = Payload.sink(MEMORY_LIMIT, maxSize)) {
      OutputStream out = new BufferedOutputStream(sink, 64 * 1024);
      reader.copyBody(out);
      out.flush();
      return sink.finish();
    }
  }

  /**
   * Reads the request JSON. {@code file} (the multipart upload, may be null, sent as {@code fileName}) takes
   * precedence over {@code images[0].data}; {@code extraImages} counts additional uploads.
   */
  private static OcrRequest parseJson(
      InputStream in, @Nullable Payload file, @Nullable String fileName, int extraImages)
      throws IOException, RequestRejected {
    String version = null;
    String requestId = null;
    Long timestamp = null;
    String lang = null;
    boolean tables = false;
    int imageCount = file == null ? 0 : 1 + extraImages;
    ImageEntry first = null;
    Payload data = null;
    try (JsonParser p = WireJson.mapper().getFactory().createParser(in)) {
      // The connection's body stream must stay open: the server drains what is left before answering.
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new RequestRejected(ClovaError.BODY_INVALID, "the body must be a JSON object.");
      }
      try {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String field = p.currentName();
          JsonToken value = p.nextToken();
          switch (field) {
            case "version" -> version = scalar(p, value);
            case "requestId" -> requestId = scalar(p, value);
            case "timestamp" -> timestamp = longValue(p, value);
            case "lang" -> lang = scalar(p, value);
            case "enableTableDetection" ->
                tables = value == JsonToken.VALUE_TRUE || "true".equalsIgnoreCase(scalar(p, value));
            case "images" -> {
              if (value != JsonToken.START_ARRAY) {
                throw new RequestRejected(ClovaError.BODY_INVALID, "images must be an array.");
              }
              for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                if (e != JsonToken.START_OBJECT) {
                  throw new RequestRejected(ClovaError.BODY_INVALID, "images must hold objects.");
                }
                if (first == null) {
                  first = new ImageEntry();
                  data = readImage(p, first, file == null);
                } else {
                  p.skipChildren();
                }
                imageCount++;
              }
              if (file != null && first != null) {
                imageCount--; // the upload is the file of images[0], not an extra image
              }
            }
            default -> p.skipChildren();
          }
        }
      } catch (RequestRejected | IOException | RuntimeException e) {
        if (data != null) {
          data.close();
        }
        throw e;
      }
    }
    Payload payload = file != null ? file : data;
    if (file != null && data != null) {
      data.close();
    }
    return new OcrRequest(
        version,
        requestId,
        timestamp,
        lang,
        tables,
        imageCount,
        first == null ? null : first.format,
        first == null ? null : first.name,
        fileName,
        first == null ? null : first.url,
        payload);
  }

  /** Reads one {@code images[]} object; returns the decoded {@code data} when asked to and present. */
  private static @Nullable Payload readImage(JsonParser p, ImageEntry entry, boolean decodeData)
      throws IOException {
    Payload data = null;
    try {
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "format" -> entry.format = scalar(p, value);
          case "name" -> entry.name = scalar(p, value);
          case "url" -> entry.url = scalar(p, value);
          case "data" -> {
            if (decodeData && value == JsonToken.VALUE_STRING && data == null) {
              data = decode(p);
            } else {
              p.skipChildren();
            }
          }
          default -> p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (data != null) {
        data.close();
      }
      throw e;
    }
    if (data != null && data.size() == 0) {
      data.close();
      return null;
    }
    return data;
  }

  private static Payload decode(JsonParser p) throws IOException {
    try (Payload.Sink sink = Payload.sink(MEMORY_LIMIT, MAX_IMAGE_BYTES)) {
      OutputStream out = new BufferedOutputStream(sink, 64 * 1024);
      try {
        p.readBinaryValue(BASE64, out);
      } catch (IllegalArgumentException e) {
        // Jackson reports bad base64 characters this way.
        throw new JsonParseException(p, "images[0].data is not base64: " + e.getMessage(), e);
      }
      out.flush();
      return sink.finish();
    }
  }

  private static @Nullable String scalar(JsonParser p, @Nullable JsonToken value) throws IOException {
    if (value == null) {
      return null;
    }
    if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
      return p.getValueAsString();
    }
    p.skipChildren();
    return null;
  }

  private static @Nullable Long longValue(JsonParser p, @Nullable JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getValueAsLong();
    }
    String text = scalar(p, value);
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The fields of {@code images[0]} as they arrive. */
  private static final class ImageEntry {
    @Nullable String format;
    @Nullable String name;
    @Nullable String url;
  }
}
