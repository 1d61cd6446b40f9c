package io.docstruct.clova.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.PdfSplitter;
import io.docstruct.client.RequestLogging;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.adapt.ClovaAdapter;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.clova.model.InferResult;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.json.WireJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The CLOVA client against MockWebServer: the exact outgoing requests, and one test per failure mode. */
class ClovaOcrClientTest {
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  private static final String SECRET = "TOPSECRET-xyz-123";
  private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5), 2.0);
  private static final String OK =
      "{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1,\"images\":[{\"uid\":\"u\",\"name\":\"receipt-01\","
          + "\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",\"fields\":[{\"inferText\":\"합계\","
          + "\"inferConfidence\":0.99,\"boundingPoly\":{\"vertices\":[{\"x\":1,\"y\":2},{\"x\":30,\"y\":2},"
          + "{\"x\":30,\"y\":12},{\"x\":1,\"y\":12}]},\"lineBreak\":true}]}]}";

  private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;
  private ClovaOcrClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = client(b -> {});
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.shutdown();
  }

  private interface Config {
    void apply(ClovaOcrClient.Builder b);
  }

  private ClovaOcrClient client(Config config) {
    return client("/custom/v1/123/abc/general", config);
  }

  /** A client for the domain whose invoke URL has this path on the mock server. */
  private ClovaOcrClient client(String invokePath, Config config) {
    ClovaOcrClient.Builder b =
        ClovaOcrClient.builder()
            .invokeUrl(server.url(invokePath).toString())
            .secret(SECRET);
    config.apply(b);
    try {
      b.retryPolicy(FAST);
    } catch (IllegalStateException alreadySet) {
      // the test chose its own policy
    }
    return b.build();
  }

  private Path jpeg(String name) throws IOException {
    return Files.write(dir.resolve(name), JPEG);
  }

  private static JsonNode json(String text) throws IOException {
    return WireJson.mapper().readTree(text);
  }

  private record Part(String disposition, String contentType, byte[] body) {}

  private static List<Part> parts(RecordedRequest request) throws IOException {
    String boundary = request.getHeader("Content-Type").replaceFirst(".*boundary=", "");
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(request.getBody(), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        parts.add(
            new Part(
                part.headers().get("Content-Disposition"),
                part.headers().get("Content-Type"),
                part.body().readByteArray()));
      }
    }
    return parts;
  }

  // ---- outgoing requests ----------------------------------------------------------------------

  @Test
  void generalSendsAFileAsMultipartWithMessageAndStreamedFile() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    client.close();
    client = client(b -> b.clock(() -> 1_700_000_000_000L));

    ClovaResponse response = client.general(ImageSource.of(jpeg("receipt-01.jpg")));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/custom/v1/123/abc/general");
    assertThat(request.getHeader("X-OCR-SECRET")).isEqualTo(SECRET);
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(request.getHeader("x-ncp-apigw-signature-v2")).isNull();
    List<Part> parts = parts(request);
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).disposition()).isEqualTo("form-data; name=\"message\"");
    assertThat(parts.get(0).contentType()).isNull();
    JsonNode message = json(new String(parts.get(0).body(), UTF_8));
    assertThat(message.get("version").asText()).isEqualTo("V2");
    assertThat(message.get("requestId").asText()).hasSize(36);
    assertThat(message.get("timestamp").asLong()).isEqualTo(1_700_000_000_000L);
    assertThat(message.get("images")).hasSize(1);
    assertThat(message.get("images").get(0).get("format").asText()).isEqualTo("jpg");
    assertThat(message.get("images").get(0).get("name").asText()).isEqualTo("receipt-01");
    assertThat(message.get("images").get(0).has("data")).isFalse();
    assertThat(message.get("images").get(0).has("url")).isFalse();
    assertThat(message.has("enableTableDetection")).isFalse();
    assertThat(message.has("lang")).isFalse();
    assertThat(parts.get(1).disposition()).isEqualTo("form-data; name=\"file\"; filename=\"receipt-01.jpg\"");
    assertThat(parts.get(1).contentType()).isEqualTo("image/jpeg");
    assertThat(parts.get(1).body()).isEqualTo(JPEG);
    assertThat(response.images().get(0).fields().get(0).inferText()).isEqualTo("합계");
  }

  @Test
  void generalWithAUrlSendsJsonWithLanguageAndTableDetection() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));

    client.general(
        ImageSource.ofUrl("https://example.com/scans/statement.png?sig=1"),
        GeneralOptions.defaults().withLang("ko,ja").withTables(true));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/custom/v1/123/abc/general");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    JsonNode body = json(request.getBody().readUtf8());
    assertThat(body.get("version").asText()).isEqualTo("V2");
    assertThat(body.get("lang").asText()).isEqualTo("ko,ja");
    assertThat(body.get("enableTableDetection").asBoolean()).isTrue();
    JsonNode image = body.get("images").get(0);
    assertThat(image.get("format").asText()).isEqualTo("png");
    assertThat(image.get("name").asText()).isEqualTo("statement");
    assertThat(image.get("url").asText()).isEqualTo("https://example.com/scans/statement.png?sig=1");
    assertThat(image.has("data")).isFalse();
  }

  @Test
  void jsonTransportSendsBase64DataAndTheV1Version() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    client.close();
    client = client(b -> b.transport(ClovaOcrClient.Transport.JSON));

    client.general(ImageSource.ofBytes(PNG, "scan"), GeneralOptions.defaults().withVersion("V1"));

    JsonNode body = json(server.takeRequest().getBody().readUtf8());
    assertThat(body.get("version").asText()).isEqualTo("V1");
    JsonNode image = body.get("images").get(0);
    assertThat(image.get("format").asText()).isEqualTo("png");
    assertThat(image.get("data").asText()).isEqualTo(java.util.Base64.getEncoder().encodeToString(PNG));
  }

  @Test
  void templateGoesToInferWithTheTemplateIds() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    client.close();
    client = client("/custom/v1/123/abc/infer", b -> {});

    client.template(ImageSource.of(jpeg("form.jpg")), List.of(101, 102));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/custom/v1/123/abc/infer");
    JsonNode message = json(new String(parts(request).get(0).body(), UTF_8));
    assertThat(message.get("images").get(0).get("templateIds"))
        .extracting(JsonNode::asInt)
        .containsExactly(101, 102);
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void eachDocumentModelHasItsOwnEndpoint(DocumentType type) throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    client.close();
    client = client("/custom/v1/123/abc/document/" + type.path(), b -> {});

    client.document(type, ImageSource.of(jpeg("doc.jpg")));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/custom/v1/123/abc/document/" + type.path());
    JsonNode message = json(new String(parts(request).get(0).body(), UTF_8));
    assertThat(message.get("version").asText()).isEqualTo("V2");
    assertThat(message.get("images").get(0).get("name").asText()).isEqualTo("doc");
  }

  @ParameterizedTest
  @CsvSource({
    "/custom/v1/123/abc/general, GENERAL, /custom/v1/123/abc/general",
    "/custom/v1/123/abc/general/, GENERAL, /custom/v1/123/abc/general",
    "/custom/v1/123/abc/infer, TEMPLATE, /custom/v1/123/abc/infer",
    "/custom/v1/123/abc/document/receipt, RECEIPT, /custom/v1/123/abc/document/receipt",
    "/custom/v1/123/abc/document/medical-receipt, MEDICAL_RECEIPT, /custom/v1/123/abc/document/medical-receipt",
    "/general, GENERAL, /general"
  })
  void theInvokeUrlSaysWhatTheDomainServes(String invokePath, ClovaEndpoint endpoint, String calledPath) {
    try (ClovaOcrClient c =
        ClovaOcrClient.builder().invokeUrl(server.url(invokePath).toString()).secret("s").build()) {
      assertThat(c.domain().endpoint()).isEqualTo(endpoint);
      assertThat(c.domain().invokeUrl()).isEqualTo(server.url(calledPath).toString());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/custom/v1/123/abc/ | does not end in /general, /infer or /document/<model>",
        "/custom/v1/123/abc | does not end in /general, /infer or /document/<model>",
        "/custom/v1/123/abc/document/invoice | no Document OCR model 'invoice'",
        "/custom/v1/123/abc/document/Receipt | the path is case-sensitive: document/receipt"
      })
  void anInvokeUrlThatNamesNoEndpointIsRefusedByTheBuilder(String invokePath, String message) {
    // A URL that names no endpoint used to be taken as a base every endpoint was derived from; a domain has
    // one invoke URL, so a client cannot know what such a URL serves.
    assertThatThrownBy(() -> ClovaOcrClient.builder().invokeUrl(server.url(invokePath).toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void apiGatewayCredentialsAddTheSignatureV2Headers() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    client.close();
    ApiGatewayCredentials keys = new ApiGatewayCredentials("AKIDEXAMPLE0001", "SECRETEXAMPLEKEY0123456789");
    client = client(b -> b.apiGatewayCredentials(keys).clock(() -> 1_700_000_000_000L));

    client.general(ImageSource.of(jpeg("a.jpg")));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("x-ncp-apigw-timestamp")).isEqualTo("1700000000000");
    assertThat(request.getHeader("x-ncp-iam-access-key")).isEqualTo("AKIDEXAMPLE0001");
    // Same vector as ApiGatewayCredentialsTest, computed independently with Python for this path.
    assertThat(request.getPath()).isEqualTo("/custom/v1/123/abc/general");
    assertThat(request.getHeader("x-ncp-apigw-signature-v2"))
        .isEqualTo(keys.sign("POST", "/custom/v1/123/abc/general", 1_700_000_000_000L))
        .isEqualTo("PPfmnVDxwT8DqvgNNRK4X+L6a4t2uUzFaMm7JNYCq60=");
  }

  @Test
  void streamSourceIsCopiedToATemporaryFileThatIsDeletedAfterwards() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    long before = countTempUploads();

    client.general(ImageSource.ofStream(new ByteArrayInputStream(JPEG), "piped"));

    assertThat(parts(server.takeRequest()).get(1).body()).isEqualTo(JPEG);
    assertThat(countTempUploads()).isEqualTo(before);
  }

  private static long countTempUploads() throws IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("docstruct-upload-")).count();
    }
  }

  // ---- refused before sending --------------------------------------------------------------------

  @Test
  void fileOverFiftyMegabytesIsRefusedBeforeAnythingIsSent() throws Exception {
    Path big = dir.resolve("huge.jpg");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write(JPEG);
      f.setLength(60L * 1024 * 1024);
    }

    assertThatThrownBy(() -> client.general(ImageSource.of(big)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessage("General OCR general 'huge': 60.0 MB, General OCR accepts at most 50 MB for jpg");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void templateImagesOverTwentyMegabytesAreRefused() throws Exception {
    client.close();
    client = client("/custom/v1/123/abc/infer", b -> {});
    Path big = dir.resolve("form.jpg");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write(JPEG);
      f.setLength(21L * 1024 * 1024);
    }

    assertThatThrownBy(() -> client.template(ImageSource.of(big), List.of()))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageEndingWith("Template OCR accepts at most 20 MB for jpg");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unknownFormatEmptyFileAndMissingFileAreRefused() throws Exception {
    Path gif = Files.write(dir.resolve("a.gif"), "GIF89a....".getBytes(UTF_8));
    Path empty = Files.write(dir.resolve("e.jpg"), new byte[0]);

    assertThatThrownBy(() -> client.general(ImageSource.of(gif)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("not a JPEG, PNG, PDF or TIFF file");
    assertThatThrownBy(() -> client.general(ImageSource.of(empty)))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("the image is empty");
    assertThatThrownBy(() -> client.general(ImageSource.of(dir.resolve("nope.jpg"))))
        .isInstanceOf(OcrRequestException.class)
        .hasMessageContaining("no such file");
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- failures --------------------------------------------------------------------------------

  private static MockResponse error(int status, String code, String message) {
    return new MockResponse()
        .setResponseCode(status)
        .setBody(
            "{\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"path\":\"/custom/v1/123/abc/general\",\"traceId\":\"trace-" + code
                + "\",\"timestamp\":1570776853475}");
  }

  @ParameterizedTest(name = "HTTP {0} {1} is not retried")
  @CsvSource({
    "400, 0001, URL is invalid.",
    "401, 0002, Secret key validate failed.",
    "400, 0011, Request body invalid.",
    "400, 0021, Protocol version not support.",
    "400, 0022, Request domain invalid.",
    "400, 0023, API request count reach the upper limit.",
    "400, 0028, Table detection is disabled.",
    "400, 1021, Not found deploy infomation. Please confirm the template is released."
  })
  void permanentErrorsAreTypedAndNotRetried(int status, String code, String message) throws Exception {
    server.enqueue(error(status, code, message));
    server.enqueue(new MockResponse().setBody(OK));

    assertThatThrownBy(() -> client.general(ImageSource.of(jpeg("a.jpg"))))
        .isInstanceOfSatisfying(
            OcrApiException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(status);
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.providerMessage()).isEqualTo(message);
              assertThat(e.traceId()).isEqualTo("trace-" + code);
              assertThat(e.requestId()).hasSize(36);
              assertThat(e.retryable()).isFalse();
              assertThat(e.getMessage()).doesNotContain(SECRET);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "HTTP {0} {1} is retried")
  @CsvSource({
    "400, 0025, Calls to this api have exceeded the rate limit.",
    "500, 0500, Unknown service error.",
    "500, 0501, OCR service error."
  })
  void transientErrorsAreRetriedUntilSuccess(int status, String code, String message) throws Exception {
    server.enqueue(error(status, code, message));
    server.enqueue(error(status, code, message));
    server.enqueue(new MockResponse().setBody(OK));

    ClovaResponse response = client.general(ImageSource.of(jpeg("a.jpg")));

    assertThat(response.images()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void theRetryListenerHearsEachRetryWithItsFailureButNotTheFinalOutcome() throws Exception {
    client.close();
    List<String> heard = new CopyOnWriteArrayList<>();
    client =
        client(
            b ->
                b.retryListener(
                    (attempt, failure, delay) ->
                        heard.add(
                            attempt + " " + ((OcrApiException) failure).code() + " "
                                + (delay.isNegative() ? "negative" : "waits"))));
    server.enqueue(error(400, "0025", "Calls to this api have exceeded the rate limit."));
    server.enqueue(error(500, "0500", "Unknown service error."));
    server.enqueue(new MockResponse().setBody(OK));

    assertThat(client.general(ImageSource.of(jpeg("a.jpg"))).images()).hasSize(1);
    assertThat(heard).containsExactly("1 0025 waits", "2 0500 waits");
  }

  @Test
  void aRetryListenerThatThrowsDoesNotChangeTheCall() throws Exception {
    client.close();
    client = client(b -> b.retryListener((attempt, failure, delay) -> { throw new IllegalStateException("boom"); }));
    server.enqueue(error(400, "0025", "Calls to this api have exceeded the rate limit."));
    server.enqueue(new MockResponse().setBody(OK));

    assertThat(client.general(ImageSource.of(jpeg("a.jpg"))).images()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void gatewayErrorWithoutAClovaBodyIsRetriedThenSucceeds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("<html>Service Unavailable</html>"));
    server.enqueue(new MockResponse().setBody(OK));

    assertThat(client.general(ImageSource.of(jpeg("a.jpg"))).images()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesStopAtTheLimitWithTheLastFailure() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(error(400, "0025", "Calls to this api have exceeded the rate limit."));
    }

    assertThatThrownBy(() -> client.general(ImageSource.of(jpeg("a.jpg"))))
        .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("0025"));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void disconnectAtStartIsRetried() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setBody(OK));

    assertThat(client.general(ImageSource.of(jpeg("a.jpg"))).images()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void disconnectMidResponseIsATransportFailureAfterRetries() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          new MockResponse().setBody(OK).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    assertThatThrownBy(() -> client.general(ImageSource.of(jpeg("a.jpg"))))
        .isInstanceOf(OcrTransportException.class)
        .hasMessageStartingWith("General OCR general 'a': ");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void slowServerPastTheReadTimeoutIsATimeout() throws Exception {
    client.close();
    client = client(b -> b.readTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()));
    server.enqueue(new MockResponse().setBody(OK).setHeadersDelay(2, TimeUnit.SECONDS));

    assertThatThrownBy(() -> client.general(ImageSource.of(jpeg("a.jpg"))))
        .isInstanceOf(OcrTransportException.class)
        .hasMessageContaining("timed out");
  }

  @Test
  void malformedBodyIsAResponseErrorAndNotRetried() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"version\":\"V2\",\"images\":[{\"fields\":"));
    server.enqueue(new MockResponse().setBody(OK));

    assertThatThrownBy(() -> client.general(ImageSource.of(jpeg("a.jpg"))))
        .isInstanceOf(OcrResponseException.class)
        .hasMessageStartingWith("General OCR general 'a': the answer is not a CLOVA OCR result");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void imageFailureInsideA200IsReportedPerImageNotHidden() throws Exception {
    server.enqueue(
        new MockResponse()
            .setBody(
                "{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1,\"images\":[{\"name\":\"a\","
                    + "\"inferResult\":\"FAILURE\",\"message\":\"image too small\",\"fields\":[]}]}"));

    ClovaResponse response = client.general(ImageSource.of(jpeg("a.jpg")));

    assertThat(response.images().get(0).inferResult()).isEqualTo(InferResult.FAILURE);
    OcrDocument doc = ClovaAdapter.adapt(response);
    assertThat(doc.pages().get(0).status()).isEqualTo(Page.PageStatus.FAILURE);
    assertThat(doc.warnings())
        .extracting(w -> w.path() + ": " + w.message())
        .containsExactly("$.images[0].inferResult: page not recognised: FAILURE (image too small)");
  }

  @Test
  void asyncFailureCompletesWithTheTypedException() throws Exception {
    server.enqueue(error(401, "0002", "Secret key validate failed."));

    CompletableFuture<ClovaResponse> future =
        client.generalAsync(ImageSource.of(jpeg("a.jpg")), GeneralOptions.defaults());

    assertThatThrownBy(future::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(OcrApiException.class);
  }

  // ---- concurrency, long PDFs, secrets -------------------------------------------------------------

  @Test
  void noMoreCallsInFlightThanTheBound() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            int now = inFlight.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            Thread.sleep(100);
            inFlight.decrementAndGet();
            return new MockResponse().setBody(OK);
          }
        });
    client.close();
    client = client(b -> b.maxConcurrentCalls(2));

    List<CompletableFuture<ClovaResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(client.generalAsync(ImageSource.of(jpeg("p" + i + ".jpg")), GeneralOptions.defaults()));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(most.get()).isEqualTo(2);
  }

  /** Splits a fake "PDF" whose content is its page count, so the server can answer per chunk. */
  private static final class CountingSplitter implements PdfSplitter {
    @Override
    public int pageCount(Path pdf) throws IOException {
      return Integer.parseInt(Files.readString(pdf).replaceAll("(?s).*pages=(\\d+).*", "$1"));
    }

    @Override
    public void extract(Path pdf, int from, int to, Path target) throws IOException {
      Files.writeString(target, "%PDF-1.4\npages=" + (to - from) + "\n");
    }
  }

  @Test
  void longPdfIsSplitIntoChunksOfTenAndMergedInPageOrder() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            try {
              String file = new String(parts(request).get(1).body(), UTF_8);
              int pages = Integer.parseInt(file.replaceAll("(?s).*pages=(\\d+).*", "$1"));
              StringBuilder images = new StringBuilder();
              for (int i = 0; i < pages; i++) {
                images.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"long\",\"inferResult\":\"SUCCESS\",\"convertedImageInfo\":")
                    .append("{\"width\":100,\"height\":200,\"pageIndex\":").append(i).append("}}");
              }
              return new MockResponse()
                  .setBody("{\"version\":\"V2\",\"requestId\":\"r\",\"timestamp\":1,\"images\":[" + images + "]}");
            } catch (IOException e) {
              return new MockResponse().setResponseCode(500);
            }
          }
        });
    client.close();
    client = client(b -> b.pdfSplitter(new CountingSplitter()));
    Path pdf = Files.writeString(dir.resolve("long.pdf"), "%PDF-1.4\npages=25\n");

    ClovaResponse response = client.general(ImageSource.of(pdf));

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(response.images()).hasSize(25);
    assertThat(response.images())
        .extracting(i -> i.convertedImageInfo().pageIndex())
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 25).boxed().toList());
    assertThat(ClovaAdapter.adapt(response).pages()).extracting(Page::index).startsWith(0, 1, 2).endsWith(24);
  }

  @Test
  void documentOcrSendsAMultiPagePdfOnePageAtATime() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse()
              .setBody("{\"images\":[{\"inferResult\":\"SUCCESS\",\"convertedImageInfo\":{\"pageIndex\":0}}]}"));
    }
    client.close();
    client = client("/custom/v1/123/abc/document/receipt", b -> b.pdfSplitter(new CountingSplitter()));
    Path pdf = Files.writeString(dir.resolve("receipts.pdf"), "%PDF-1.4\npages=3\n");

    ClovaResponse response = client.document(DocumentType.RECEIPT, ImageSource.of(pdf));

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(response.images())
        .extracting(i -> i.convertedImageInfo().pageIndex())
        .containsExactly(0, 1, 2);
  }

  @Test
  void secretNeverAppearsInLogsOrMessages() throws Exception {
    client.close();
    ApiGatewayCredentials keys = new ApiGatewayCredentials("AKIDEXAMPLE0001", "SECRETEXAMPLEKEY0123456789");
    client = client(b -> b.requestLogging(RequestLogging.HEADERS).apiGatewayCredentials(keys));
    server.enqueue(error(401, "0002", "Secret key validate failed."));
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, UTF_8));
    Throwable thrown;
    try {
      thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client.general(ImageSource.of(jpeg("a.jpg"))));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(UTF_8);
    String signature = server.takeRequest().getHeader("x-ncp-apigw-signature-v2");

    assertThat(log).contains("--> POST /custom/v1/123/abc/general").contains("<-- 401").contains("X-OCR-SECRET: ██");
    assertThat(log).doesNotContain(SECRET).doesNotContain("SECRETEXAMPLEKEY").doesNotContain(signature);
    assertThat(log).doesNotContain("AKIDEXAMPLE0001");
    assertThat(thrown).isInstanceOf(OcrApiException.class);
    assertThat(thrown.getMessage()).doesNotContain(SECRET);
    assertThat(client.toString()).doesNotContain(SECRET);
  }

  @Test
  void builderRefusesMissingAndRepeatedSettings() {
    assertThatThrownBy(() -> ClovaOcrClient.builder().secret("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("invokeUrl required");
    assertThatThrownBy(() -> ClovaOcrClient.builder().invokeUrl("http://localhost/general").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secret required");
    assertThatThrownBy(() -> ClovaOcrClient.builder().secret("a").secret("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secret was already set");
    assertThatThrownBy(() -> ClovaOcrClient.builder().invokeUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invokeUrl is not an http(s) URL: not a url");
    assertThatThrownBy(() -> ClovaOcrClient.builder().maxConcurrentCalls(0))
        .hasMessage("maxConcurrentCalls must be at least 1: 0");
  }

  @Test
  void responseBodyReadsThroughTheSharedWireMapper() throws Exception {
    server.enqueue(new MockResponse().setBody(new Buffer().writeUtf8(OK)));

    ClovaResponse response = client.general(ImageSource.of(jpeg("receipt-01.jpg")));

    assertThat(response).isEqualTo(WireJson.mapper().readValue(OK, ClovaResponse.class));
  }
}
