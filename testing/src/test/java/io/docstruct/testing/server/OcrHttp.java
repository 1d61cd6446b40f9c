package io.docstruct.testing.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.json.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Sends CLOVA-shaped requests with the JDK client, the way an application would. */
final class OcrHttp {
  static final String SECRET = "test-secret";

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * A parsed answer.
   *
   * @param recording the {@code X-DocStruct-Recording} header, or {@code null}
   */
  record Reply(int status, String body, @Nullable String recording) {
    JsonNode json() {
      try {
        return WireJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The request JSON: one image with format and name, plus data or url when given. */
  static ObjectNode message(String version, String format, String name, byte @Nullable [] data, @Nullable String url) {
    ObjectNode m = WireJson.mapper().createObjectNode();
    m.put("version", version);
    m.put("requestId", "req-" + UUID.randomUUID());
    m.put("timestamp", 1_700_000_000_123L);
    ObjectNode image = m.putArray("images").addObject();
    image.put("format", format);
    image.put("name", name);
    if (data != null) {
      image.put("data", Base64.getEncoder().encodeToString(data));
    }
    if (url != null) {
      image.put("url", url);
    }
    return m;
  }

  Reply postJson(String url, String json) throws IOException, InterruptedException {
    return postJson(url, json, SECRET);
  }

  Reply postJson(String url, String json, @Nullable String secret) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (secret != null) {
      b.header("X-OCR-SECRET", secret);
    }
    return send(b.build());
  }

  /** A multipart request: a {@code message} part and a {@code file} part, as the vendor samples send them. */
  Reply postMultipart(String url, String message, byte @Nullable [] file, String filename)
      throws IOException, InterruptedException {
    String boundary = "----docstruct" + UUID.randomUUID().toString().replace("-", "");
    byte[] body = multipartBody(boundary, message, file, filename);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-OCR-SECRET", SECRET)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return send(request);
  }

  static byte[] multipartBody(String boundary, String message, byte @Nullable [] file, String filename) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(message.getBytes(StandardCharsets.UTF_8));
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    if (file != null) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue(LocalOcrServer.RECORDING_HEADER).orElse(null));
  }
}
