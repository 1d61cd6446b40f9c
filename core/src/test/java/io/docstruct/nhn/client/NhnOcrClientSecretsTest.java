package io.docstruct.nhn.client;

import static io.docstruct.nhn.client.TestServer.APP_KEY;
import static io.docstruct.nhn.client.TestServer.SECRET_KEY;
import static io.docstruct.nhn.client.TestServer.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.RequestLogging;
import io.docstruct.client.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token and the secret key never show in toString(), exception messages or request logs. */
class NhnOcrClientSecretsTest {
  private MockWebServer server;
  @TempDir Path dir;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void noCredentialInAnyFailureMessage() {
    Path image = TestImages.write(dir, "r.png", TestImages.png(100));
    List<Throwable> failures = new ArrayList<>();

    try (NhnOcrClient withToken = TestServer.withToken(server).retryPolicy(RetryPolicy.none()).build();
        NhnOcrClient withKey =
            TestServer.builder(server).secretKey(SECRET_KEY).retryPolicy(RetryPolicy.none()).build()) {
      for (NhnOcrClient client : List.of(withToken, withKey)) {
        List<MockResponse> answers =
            List.of(
                TestServer.failure(4000005, "Required headers is missing."),
                new MockResponse().setResponseCode(401).setBody("denied"),
                TestServer.json("not json"),
                // On a kept-alive connection MockWebServer only honours disconnects after the request.
                new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        for (MockResponse answer : answers) {
          server.enqueue(answer);
          failures.add(catchThrowable(() -> client.general(ImageSource.of(image))));
        }
        failures.add(catchThrowable(() -> client.general(ImageSource.of(dir.resolve("no.png")))));
      }
    }

    assertThat(failures)
        .hasSize(10)
        .hasAtLeastOneElementOfType(OcrApiException.class)
        .hasAtLeastOneElementOfType(OcrResponseException.class)
        .hasAtLeastOneElementOfType(OcrTransportException.class)
        .hasAtLeastOneElementOfType(OcrRequestException.class);
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertThat(t.toString()).doesNotContain(TOKEN, SECRET_KEY);
      }
    }
  }

  @Test
  void toStringShowsNoCredentialNorAppKey() {
    NhnOcrClient.Builder builder = TestServer.withToken(server);
    try (NhnOcrClient token = builder.build();
        NhnOcrClient secret = TestServer.builder(server).secretKey(SECRET_KEY).build()) {
      assertThat(builder.toString()).doesNotContain(TOKEN, APP_KEY).contains("userAccessToken");
      assertThat(token.toString())
          .doesNotContain(TOKEN, APP_KEY)
          .contains("X-NHN-Authorization: ██", "v1.1");
      assertThat(secret.toString())
          .doesNotContain(SECRET_KEY, APP_KEY)
          .contains("Authorization: ██", "v1.0");
    }
  }

  @Test
  void headerLogRedactsTheBearerToken() {
    server.enqueue(TestServer.success());

    String log =
        capturingStandardError(
            () -> {
              try (NhnOcrClient client =
                  TestServer.withToken(server).requestLogging(RequestLogging.HEADERS).build()) {
                client.general(ImageSource.ofUrl("https://example.com/a.png"));
              }
            });

    assertThat(log)
        .contains("--> POST /v1.1/appkeys/APPKEY/general")
        .contains("X-NHN-Authorization: ██")
        .doesNotContain(TOKEN);
  }

  @Test
  void headerLogRedactsTheSecretKeyAndFailures() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    String log =
        capturingStandardError(
            () -> {
              try (NhnOcrClient client =
                  TestServer.builder(server)
                      .secretKey(SECRET_KEY)
                      .retryPolicy(RetryPolicy.none())
                      .requestLogging(RequestLogging.HEADERS)
                      .build()) {
                catchThrowable(() -> client.general(ImageSource.ofUrl("https://example.com/a.png")));
              }
            });

    assertThat(log)
        .contains("Authorization: ██")
        .contains("<-- FAILED POST /v1.0/appkeys/APPKEY/general")
        .doesNotContain(SECRET_KEY);
  }

  /**
   * slf4j-simple (the test binding) writes to whatever {@code System.err} is at the time of each log line,
   * so replacing it around the call captures the client's log.
   */
  private static String capturingStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
