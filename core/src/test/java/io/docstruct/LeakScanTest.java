package io.docstruct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.docstruct.client.ImageSource;
import io.docstruct.client.RequestLogging;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ApiGatewayCredentials;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import io.docstruct.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Scans everything logged (SLF4J's simple binding writes to {@code System.err}, captured here) and every
 * exception message and {@code toString()} on the client and reader paths, with request logging at
 * HEADERS, for the CLOVA secret, the API Gateway access and secret keys, the signatures actually sent, the
 * NHN token and secret key, full resident registration numbers and full card numbers. Debug-level lines are
 * not enabled in the tests; the one that carries text from outside (the retry line) carries an exception
 * message, which is scanned here.
 */
class LeakScanTest {
  private static final String CLOVA_SECRET = "clova-SECRET-9d1e7b";
  private static final String ACCESS_KEY = "AKID-LEAKSCAN-4417";
  private static final String GATEWAY_SECRET = "gw-SECRET-0a8c55e1";
  private static final String NHN_TOKEN = "nhn-TOKEN-51c0aa";
  private static final String NHN_SECRET = "nhn-SECRET-b7e2f9";
  private static final String RESIDENT = "900101-1234568";
  private static final String RESIDENT_DIGITS = "9001011234568";
  private static final String CARD = "4111111111111111";
  private static final String CARD_SPACED = "4111 1111 1111 1111";
  private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), 2.0);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  /** The signature and header chunk of a 4×3 PNG: enough for the clients, which read the format from the bytes. */
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 4, 0, 0, 0, 3, 8, 0, 0, 0, 0, 0x0B, (byte) 0xA4, (byte) 0x96, 0x68
  };

  /** A 200 answer whose values hold personal numbers where the wire model expects other types. */
  private static final String HOSTILE_200 =
      "{\"images\":[{\"convertedImageInfo\":{\"width\":\"" + RESIDENT + "\"},\"fields\":[]}]}";

  private static final String HOSTILE_CARD_200 =
      "{\"images\":[{\"fields\":[{\"inferText\":\"x\",\"inferConfidence\":\"" + CARD + "\"}]}]}";

  @Test
  void noSecretOrFullPersonalNumberInLogsOrMessages() throws Exception {
    Set<String> secrets = new LinkedHashSet<>(List.of(CLOVA_SECRET, ACCESS_KEY, GATEWAY_SECRET, NHN_TOKEN, NHN_SECRET));
    List<Throwable> failures = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      clovaAgainstScriptedFailures(failures, texts);
      secrets.addAll(clovaWithGatewayCredentialsAgainstMockWebServer(failures, texts));
      nhnAgainstMockWebServer(failures, texts);
      readerAndVerifier(failures, texts);
    } finally {
      System.setErr(err);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("X-OCR-SECRET: ██", "x-ncp-iam-access-key: ██", "<-- 500", "<-- 401");

    List<String> scanned = new ArrayList<>(texts);
    scanned.add(logged);
    for (Throwable failure : failures) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        scanned.add(t.toString());
        scanned.add(String.valueOf(t.getMessage()));
      }
    }
    assertThat(failures).hasSizeGreaterThan(20);
    for (String text : scanned) {
      assertThat(text).doesNotContain(secrets).doesNotContain(RESIDENT, RESIDENT_DIGITS, CARD, CARD_SPACED);
    }
    System.out.printf(
        "leak scan: %d log characters, %d exception chains, %d other texts: no secret, no full number%n",
        logged.length(), failures.size(), texts.size());
  }

  /**
   * The CLOVA client through every failure CLOVA answers with (server and OCR errors, rate limit, quota, a
   * body cut short, dropped connections) and a refused secret, each as the documented error body.
   */
  private static void clovaAgainstScriptedFailures(List<Throwable> failures, List<String> texts) throws Exception {
    Queue<MockResponse> script =
        new ConcurrentLinkedQueue<>(
            List.of(
                clovaError(500, "0500", "Unknown service error."),
                clovaError(500, "0500", "Unknown service error."),
                clovaError(400, "0025", "Calls to this api have exceeded the rate limit."),
                clovaError(400, "0025", "Calls to this api have exceeded the rate limit."),
                clovaError(400, "0023", "API request count reach the upper limit."),
                new MockResponse().setBody("{\"version\":\"V2\",\"images\":[{\"inferRes"),
                new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START),
                new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START),
                clovaError(500, "0501", "OCR service error."),
                clovaError(500, "0501", "OCR service error.")));
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              if (!CLOVA_SECRET.equals(request.getHeader("X-OCR-SECRET"))) {
                return clovaError(401, "0002", "Secret key validate failed.");
              }
              MockResponse next = script.poll();
              return next != null
                  ? next
                  : new MockResponse().setBody("{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\"}]}");
            }
          });
      server.start();
      try (ClovaOcrClient client = clova(server.url("/general").toString(), CLOVA_SECRET);
          ClovaOcrClient wrongSecret = clova(server.url("/general").toString(), CLOVA_SECRET + "-wrong")) {
        texts.add(client.toString());
        for (int i = 0; i < 8; i++) {
          failures.add(catchThrowable(() -> client.general(ImageSource.ofBytes(PNG, "scan"))));
        }
        failures.add(catchThrowable(() -> wrongSecret.general(ImageSource.ofBytes(PNG, "scan"))));
        failures.add(catchThrowable(() -> client.general(ImageSource.ofBytes(new byte[] {1, 2}, "bad"))));
      }
    }
  }

  /** CLOVA's documented error body. */
  private static MockResponse clovaError(int status, String code, String message) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(
            "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"path\":\"/general\",\"traceId\":\"t\","
                + "\"timestamp\":1700000000000}");
  }

  /** Returns the signatures the client sent, which must not show anywhere either. */
  private static Set<String> clovaWithGatewayCredentialsAgainstMockWebServer(
      List<Throwable> failures, List<String> texts) throws Exception {
    Set<String> signatures = new LinkedHashSet<>();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      List<MockResponse> answers =
          List.of(
              new MockResponse().setResponseCode(401).setBody("{\"code\":\"0002\",\"message\":\"denied\"}"),
              new MockResponse().setResponseCode(500).setBody("<html>oops</html>"),
              new MockResponse().setBody(HOSTILE_200),
              new MockResponse().setBody(HOSTILE_CARD_200),
              new MockResponse().setBody("{\"images\":[{\"inferText\":" + CARD + "1234567890123456789012345}"),
              new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      try (ClovaOcrClient client =
          ClovaOcrClient.builder()
              .invokeUrl(server.url("/custom/v1/1/abc/document/id-card").toString())
              .secret(CLOVA_SECRET)
              .apiGatewayCredentials(new ApiGatewayCredentials(ACCESS_KEY, GATEWAY_SECRET))
              .requestLogging(RequestLogging.HEADERS)
              .retryPolicy(RetryPolicy.none())
              .build()) {
        texts.add(client.toString());
        for (MockResponse answer : answers) {
          server.enqueue(answer);
          failures.add(catchThrowable(() -> client.document(DocumentType.ID_CARD, ImageSource.ofBytes(JPEG, "id"))));
          RecordedRequest sent = server.takeRequest();
          String signature = sent.getHeader("x-ncp-apigw-signature-v2");
          assertThat(signature).isNotBlank();
          signatures.add(signature);
        }
      }
    }
    return signatures;
  }

  private static void nhnAgainstMockWebServer(List<Throwable> failures, List<String> texts) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      for (boolean token : new boolean[] {true, false}) {
        NhnOcrClient.Builder b =
            NhnOcrClient.builder()
                .baseUrl(server.url("/").toString())
                .appKey("APPKEY")
                .requestLogging(RequestLogging.HEADERS)
                .retryPolicy(FAST);
        try (NhnOcrClient client = (token ? b.userAccessToken(NHN_TOKEN) : b.secretKey(NHN_SECRET)).build()) {
          texts.add(client.toString());
          List<MockResponse> answers =
              List.of(
                  new MockResponse()
                      .setBody("{\"header\":{\"isSuccessful\":false,\"resultCode\":4000005,\"resultMessage\":\"x\"}}"),
                  new MockResponse().setResponseCode(401).setBody("denied"),
                  new MockResponse().setResponseCode(503),
                  new MockResponse().setResponseCode(503),
                  new MockResponse().setBody("{\"header\":{\"isSuccessful\":true},\"result\":{\"rotation\":\"" + RESIDENT + "\"}}"),
                  new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST),
                  new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
          for (MockResponse answer : answers) {
            server.enqueue(answer);
          }
          for (int i = 0; i < 5; i++) {
            failures.add(catchThrowable(() -> client.general(ImageSource.ofBytes(PNG, "nhn.png"))));
          }
        }
      }
    }
  }

  private static void readerAndVerifier(List<Throwable> failures, List<String> texts) {
    ResponseReader reader = ResponseReader.create();
    for (String hostile :
        List.of(
            HOSTILE_200,
            HOSTILE_CARD_200,
            "{\"images\":[{\"fields\":[{\"inferText\":\"" + RESIDENT + "\",\"boundingPoly\":" + RESIDENT + "}]}]}",
            "{\"images\":[{\"fields\":[{\"inferText\":" + CARD + "x}]}]}",
            "{\"images\":[{\"title\":{\"name\":\"" + CARD + "\",\"inferText\":[1]}}]}")) {
      failures.add(catchThrowable(() -> reader.read(hostile.getBytes(StandardCharsets.UTF_8), "hostile.json")));
    }
    Verifier verifier = Verifier.create(Clock.systemUTC());
    for (String fixture : List.of("id-card.json", "credit-card.json", "receipt.json", "passport.json")) {
      var doc = reader.read(Fixtures.bytes("fixtures/clova/document/" + fixture), fixture);
      texts.add(doc.toString());
      verifier.verify(doc).findings().forEach(f -> texts.add(f.toString()));
    }
  }

  private static ClovaOcrClient clova(String url, String secret) {
    return ClovaOcrClient.builder()
        .invokeUrl(url)
        .secret(secret)
        .requestLogging(RequestLogging.HEADERS)
        .retryPolicy(FAST)
        .build();
  }
}
