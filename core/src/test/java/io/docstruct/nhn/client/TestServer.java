package io.docstruct.nhn.client;

import io.docstruct.client.RetryPolicy;
import io.docstruct.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** Canned NHN answers, a client builder aimed at a MockWebServer, and a reader for recorded multipart bodies. */
final class TestServer {
  static final String APP_KEY = "APPKEY";
  static final String TOKEN = "tok-SECRET-4f9a1c";
  static final String SECRET_KEY = "sk-SECRET-77b2e0";

  /** Three attempts with millisecond delays, so retry tests are fast. */
  static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 2.0);

  private TestServer() {}

  /** Base URL and app key set; add a credential (or use {@link #withToken}). */
  static NhnOcrClient.Builder builder(MockWebServer server) {
    return NhnOcrClient.builder().baseUrl(server.url("/").toString()).appKey(APP_KEY);
  }

  static NhnOcrClient.Builder withToken(MockWebServer server) {
    return builder(server).userAccessToken(TOKEN);
  }

  static MockResponse success() {
    return json(Fixtures.text("fixtures/nhn/nhn-general-response.json"));
  }

  static MockResponse croppingSuccess() {
    return json(Fixtures.text("fixtures/nhn/nhn-general-cropping-response.json"));
  }

  /** NHN's failure envelope, sent with HTTP 200 as NHN does. */
  static MockResponse failure(long code, String message) {
    return json(
        "{\"header\":{\"isSuccessful\":false,\"resultCode\":"
            + code
            + ",\"resultMessage\":\""
            + message
            + "\"}}");
  }

  static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** One part of a recorded multipart body. */
  record Part(String contentDisposition, String contentType, byte[] bytes) {}

  static List<Part> parts(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    String boundary = MediaType.get(contentType).parameter("boundary");
    List<Part> parts = new ArrayList<>();
    Buffer body = request.getBody().clone();
    try (MultipartReader reader = new MultipartReader(body, boundary)) {
      for (MultipartReader.Part p = reader.nextPart(); p != null; p = reader.nextPart()) {
        parts.add(
            new Part(
                p.headers().get("Content-Disposition"),
                p.headers().get("Content-Type"),
                p.body().readByteArray()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }
}
