package io.docstruct.nhn.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.RetryPolicy;
import io.docstruct.document.ResponseKind;
import io.docstruct.nhn.model.NhnResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per way a call can fail, and whether it is retried. */
class NhnOcrClientFailureTest {
  private MockWebServer server;
  private NhnOcrClient client;
  @TempDir Path dir;
  private Path image;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = TestServer.withToken(server).retryPolicy(TestServer.FAST_RETRIES).build();
    image = TestImages.write(dir, "receipt.png", TestImages.png(1000));
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  @Test
  void unknownErrorEnvelopeIsRetriedThenSucceeds() {
    server.enqueue(TestServer.failure(-1, "Unknown error."));
    server.enqueue(TestServer.success());

    NhnResponse response = client.general(ImageSource.of(image));

    assertThat(response.header().successful()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void unknownErrorOnEveryAttemptFailsAfterTheLastOne() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestServer.failure(-1, "Unknown error."));
    }

    OcrApiException e =
        catchThrowableOfType(OcrApiException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.code()).isEqualTo("-1");
    assertThat(e.retryable()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void invalidFileTypeEnvelopeIsNotRetried() {
    server.enqueue(TestServer.failure(4000003, "Invalid file type."));
    server.enqueue(TestServer.success());

    OcrApiException e =
        catchThrowableOfType(OcrApiException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.provider()).isEqualTo(ResponseKind.Provider.NHN);
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.code()).isEqualTo("4000003");
    assertThat(e.providerMessage()).isEqualTo("Invalid file type.");
    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains("4000003", "Invalid file type.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void callLimitEnvelopeIsNotRetriedAndIsALimit() {
    server.enqueue(TestServer.failure(4000006, "Api call limit exceeded"));

    OcrApiException e =
        catchThrowableOfType(OcrApiException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.isLimit()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorIsRetriedThenSucceeds() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("busy"));
    server.enqueue(TestServer.success());

    NhnResponse response = client.general(ImageSource.of(image));

    assertThat(response.header().successful()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorOnEveryAttemptKeepsTheStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>"));
    }

    OcrApiException e =
        catchThrowableOfType(OcrApiException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.code()).isNull();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void clientErrorStatusWithEnvelopeCarriesItsCodeAndIsNotRetried() {
    server.enqueue(
        TestServer.json(
                "{\"header\":{\"isSuccessful\":false,\"resultCode\":4000005,"
                    + "\"resultMessage\":\"Required headers is missing.\"}}")
            .setResponseCode(401));

    OcrApiException e =
        catchThrowableOfType(OcrApiException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.code()).isEqualTo("4000005");
    assertThat(e.providerMessage()).isEqualTo("Required headers is missing.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void malformedBodyIsAResponseErrorAndNotRetried() {
    server.enqueue(TestServer.json("{\"header\": {\"isSuccessful\": tru"));
    server.enqueue(TestServer.success());

    OcrResponseException e =
        catchThrowableOfType(
            OcrResponseException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains("not an NHN OCR response");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void jsonThatIsNotTheEnvelopeIsAResponseErrorNamingThePath() {
    server.enqueue(TestServer.json("{\"code\":\"0001\",\"message\":\"URL is invalid.\"}"));

    OcrResponseException e =
        catchThrowableOfType(
            OcrResponseException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.getMessage()).contains("$.header is missing");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void wrongTypeInTheEnvelopeIsAResponseErrorNamingThePath() {
    server.enqueue(TestServer.json("{\"header\":{\"isSuccessful\":\"maybe\"}}"));

    OcrResponseException e =
        catchThrowableOfType(
            OcrResponseException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.getMessage()).contains("at $.header.isSuccessful");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void emptyBodyIsAResponseError() {
    server.enqueue(TestServer.json(""));

    assertThatThrownBy(() -> client.general(ImageSource.of(image)))
        .isInstanceOf(OcrResponseException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void disconnectAtStartIsRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(TestServer.success());

    NhnResponse response = client.general(ImageSource.of(image));

    assertThat(response.header().successful()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void disconnectDuringResponseBodyIsATransportFailureAndRetried() {
    server.enqueue(
        TestServer.success().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(TestServer.success());

    NhnResponse response = client.general(ImageSource.of(image));

    assertThat(response.header().successful()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void bodyCutShortOnEveryAttemptIsATransportException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          TestServer.success().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    OcrTransportException e =
        catchThrowableOfType(
            OcrTransportException.class, () -> client.general(ImageSource.of(image)));

    assertThat(e.retryable()).isTrue();
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void slowServerPastTheReadTimeoutIsATransportException() throws IOException {
    try (NhnOcrClient impatient =
        TestServer.withToken(server)
            .readTimeout(Duration.ofMillis(100))
            .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5), 2.0))
            .build()) {
      server.enqueue(TestServer.success().setHeadersDelay(1, TimeUnit.SECONDS));
      server.enqueue(TestServer.success().setHeadersDelay(1, TimeUnit.SECONDS));

      OcrTransportException e =
          catchThrowableOfType(
              OcrTransportException.class, () -> impatient.general(ImageSource.of(image)));

      assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void slowBodyPastTheReadTimeoutIsATransportException() {
    try (NhnOcrClient impatient =
        TestServer.withToken(server)
            .readTimeout(Duration.ofMillis(100))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      server.enqueue(TestServer.success().setBodyDelay(1, TimeUnit.SECONDS));

      assertThatThrownBy(() -> impatient.general(ImageSource.of(image)))
          .isInstanceOf(OcrTransportException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void fileOverFiveMegabytesIsRefusedBeforeSending() {
    Path big = TestImages.write(dir, "big.png", TestImages.png(6 * 1024 * 1024));

    assertThatThrownBy(() -> client.general(ImageSource.of(big)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining(big.toString())
        .hasMessageContaining("6.0 MB (6291456 bytes)")
        .hasMessageContaining("5 MB (5242880 bytes)");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void fileOfExactlyTheLimitIsSentAndOneByteMoreIsNot() throws InterruptedException {
    Path atLimit = TestImages.write(dir, "at.png", TestImages.png((int) NhnOcrClient.MAX_IMAGE_BYTES));
    Path over = TestImages.write(dir, "over.png", TestImages.png((int) NhnOcrClient.MAX_IMAGE_BYTES + 1));
    server.enqueue(TestServer.success());

    client.general(ImageSource.of(atLimit));
    assertThatThrownBy(() -> client.general(ImageSource.of(over)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("5242881 bytes");

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getBodySize()).isGreaterThan(NhnOcrClient.MAX_IMAGE_BYTES);
  }

  @Test
  void streamOverFiveMegabytesIsRefusedBeforeSending() {
    byte[] big = TestImages.jpg(6 * 1024 * 1024);

    assertThatThrownBy(
            () -> client.general(ImageSource.ofStream(new ByteArrayInputStream(big), "huge")))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("stream 'huge'")
        .hasMessageContaining("5 MB (5242880 bytes)");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void emptyFileIsRefusedBeforeSending() {
    Path empty = TestImages.write(dir, "empty.png", new byte[0]);

    assertThatThrownBy(() -> client.general(ImageSource.of(empty)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("empty");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void pdfIsRefusedBeforeSending() {
    Path pdf = TestImages.write(dir, "scan.pdf", TestImages.pdf(500));

    assertThatThrownBy(() -> client.general(ImageSource.of(pdf)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining(pdf.toString())
        .hasMessageContaining("PDF")
        .hasMessageContaining("only JPEG and PNG");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unrecognisedBytesAreRefusedEvenWithAnImageName() {
    Path text = TestImages.write(dir, "notes.png", "just some text".getBytes());

    assertThatThrownBy(() -> client.general(ImageSource.of(text)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("not an image format");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void missingFileIsRefusedBeforeSending() {
    Path missing = dir.resolve("nowhere.jpg");

    assertThatThrownBy(() -> client.general(ImageSource.of(missing)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void directoryIsRefusedBeforeSending() {
    assertThatThrownBy(() -> client.general(ImageSource.of(dir)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("directory");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void urlOnAPortNhnDoesNotFetchFromIsRefused() {
    assertThatThrownBy(() -> client.general(ImageSource.ofUrl("https://example.com:8443/a.png")))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("port 8443");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void refusedUrlIsQuotedWithoutItsQueryWhichMayHoldASignature() {
    String signed = "https://bucket.example.com:9000/a.png?X-Amz-Signature=s3cr3t";

    assertThatThrownBy(() -> client.general(ImageSource.ofUrl(signed)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("https://bucket.example.com:9000/a.png?…")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void asyncFailureCompletesWithTheTypedExceptionAsCause() {
    server.enqueue(TestServer.failure(4000003, "Invalid file type."));

    CompletableFuture<NhnResponse> future = client.generalAsync(ImageSource.of(image));

    assertThatThrownBy(future::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(OcrApiException.class)
        .hasMessageContaining("4000003");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncRefusalCompletesTheFutureInsteadOfThrowing() {
    CompletableFuture<NhnResponse> future =
        client.generalCroppingAsync(ImageSource.of(dir.resolve("missing.png")));

    assertThatThrownBy(future::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(OcrRequestException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncRetriesToo() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(500));
    server.enqueue(TestServer.croppingSuccess());

    NhnResponse response = client.generalCroppingAsync(ImageSource.of(image)).get();

    assertThat(response.result().slicesImages()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
