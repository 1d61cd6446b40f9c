package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.RetryPolicy;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Word;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.nhn.model.NhnResponse;
import io.docstruct.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NHN Cloud General OCR face of the server, through the real {@link NhnOcrClient} where it can send. */
class NhnEndpointsTest {
  private static final String TOKEN = "nhn-test-token";

  @TempDir Path dir;

  private LocalOcrServer server;
  private final OcrHttp http = new OcrHttp();

  @BeforeEach
  void start() throws IOException {
    // A statement photo with its recording beside it, as a user keeps them; cropping answers have their own.
    Files.write(dir.resolve("statement.png"), Fixtures.bytes("fixtures/server/white-4x3.png"));
    Files.write(dir.resolve("statement.json"), Fixtures.bytes("fixtures/nhn/nhn-general-response.json"));
    Files.write(dir.resolve("long-receipt.json"), Fixtures.bytes("fixtures/nhn/nhn-general-cropping-response.json"));
    Files.write(dir.resolve("clova-page.json"), Fixtures.bytes("fixtures/server/hello.json"));
    server = LocalOcrServer.builder().secret(TOKEN).responses(dir).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private NhnOcrClient.Builder client() {
    return NhnOcrClient.builder().baseUrl(server.baseUrl()).appKey("APPKEY-1").retryPolicy(RetryPolicy.none());
  }

  @Test
  void generalReplaysTheRecordingByteForByteThroughTheRealClient() throws Exception {
    try (NhnOcrClient nhn = client().userAccessToken(TOKEN).build()) {
      ProviderAnswer<NhnResponse> answer = nhn.generalAnswer(ImageSource.of(dir.resolve("statement.png")));

      assertThat(answer.body().toByteArray()).isEqualTo(Fixtures.bytes("fixtures/nhn/nhn-general-response.json"));
      assertThat(answer.response().header().successful()).isTrue();
      OcrDocument doc = nhn.generalDocument(ImageSource.of(dir.resolve("statement.png")));
      assertThat(doc.pages().get(0).words()).extracting(Word::text).isNotEmpty();
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void croppingIsAnsweredByItsOwnRecordingAndTheSecretKeyOfApiV10IsAccepted() throws Exception {
    Path photo = Files.write(dir.resolve("long-receipt.jpg"), TestFiles.jpeg(300, 1800));
    try (NhnOcrClient nhn = client().secretKey(TOKEN).build()) {
      NhnResponse response = nhn.generalCropping(ImageSource.of(photo));

      assertThat(response.result()).isNotNull();
      assertThat(response.result().slicesImages()).isEqualTo(2);
    }
  }

  @Test
  void anImageUrlIsMatchedByItsLastSegment() throws Exception {
    try (NhnOcrClient nhn = client().userAccessToken(TOKEN).build()) {
      NhnResponse response = nhn.general(ImageSource.ofUrl("https://example.com/scans/statement.png?sig=1"));

      assertThat(response.header().successful()).isTrue();
    }
  }

  @Test
  void anImageWithoutRecordingIs4000002NamingWhatWasTriedNeverAnEmptyResult() throws Exception {
    byte[] png = Fixtures.bytes("fixtures/server/black-2x2.png");
    Path photo = Files.write(dir.resolve("unknown-7.png"), png);
    try (NhnOcrClient nhn = client().userAccessToken(TOKEN).build()) {
      assertThatThrownBy(() -> nhn.general(ImageSource.of(photo)))
          .isInstanceOfSatisfying(
              OcrApiException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(200);
                assertThat(e.code()).isEqualTo("4000002");
                assertThat(e.retryable()).isFalse();
                assertThat(e.providerMessage())
                    .isEqualTo(
                        "no recorded response for this image; tried sha256 " + ClovaEndpointsTest.sha256(png)
                            + ", file name \"unknown-7.png\"");
              });
    }
  }

  @Test
  void synthesisAnswersASuccessfulEnvelopeWithoutTextsWhenAskedFor() throws Exception {
    Path photo = Files.write(dir.resolve("unknown-8.jpg"), TestFiles.jpeg(20, 20));
    try (LocalOcrServer synthesizing = LocalOcrServer.builder().synthesizeUnknownImages(true).start();
        NhnOcrClient nhn =
            NhnOcrClient.builder().baseUrl(synthesizing.baseUrl()).appKey("k").userAccessToken("t").build()) {
      NhnResponse response = nhn.general(ImageSource.of(photo));

      assertThat(response.header().successful()).isTrue();
      assertThat(response.result().fileType()).isEqualTo("jpg");
      assertThat(response.result().listOfInferTexts()).isEmpty();
    }
  }

  @Test
  void aMissingOrWrongCredentialIs4000005AtHttp200() throws Exception {
    try (NhnOcrClient wrong = client().userAccessToken("not-the-token").build()) {
      assertThatThrownBy(() -> wrong.general(ImageSource.of(dir.resolve("statement.png"))))
          .isInstanceOfSatisfying(
              OcrApiException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(200);
                assertThat(e.code()).isEqualTo("4000005");
              });
    }
    OcrHttp.Reply none = http.send(nhnPost("general", "application/json", "{\"imageUrl\":\"https://x/a.png\"}", null));

    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json().at("/header/isSuccessful").asBoolean()).isFalse();
    assertThat(none.json().at("/header/resultCode").asInt()).isEqualTo(4000005);
    assertThat(none.json().at("/header/resultMessage").asText()).startsWith("Required headers is missing.");
  }

  @Test
  void requestsTheClientWouldRefuseGetNhnsDocumentedCodes() throws Exception {
    byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0};
    byte[] tooLarge = java.util.Arrays.copyOf(TestFiles.jpeg(10, 10), (int) NhnOcrClient.MAX_IMAGE_BYTES + 1);

    assertThat(code(http.send(upload("image", "a.gif", gif)))).isEqualTo(4000003);
    assertThat(code(http.send(upload("image", "a.png", new byte[0])))).isEqualTo(4000004);
    assertThat(code(http.send(upload("picture", "a.png", TestFiles.jpeg(5, 5))))).isEqualTo(4000001);
    assertThat(code(http.send(upload("image", "big.jpg", tooLarge)))).isEqualTo(4131000);
    assertThat(code(http.send(nhnPost("general", "application/json", "{\"url\":\"x\"}", TOKEN)))).isEqualTo(4000001);
    assertThat(code(http.send(nhnPost("general", "application/json", "not json", TOKEN)))).isEqualTo(4000001);
  }

  @Test
  void aClovaRecordingIsNotReplayedAsAnNhnAnswer() throws Exception {
    Path photo = Files.write(dir.resolve("clova-page.png"), Fixtures.bytes("fixtures/server/black-2x2.png"));
    try (NhnOcrClient nhn = client().userAccessToken(TOKEN).build()) {
      assertThatThrownBy(() -> nhn.general(ImageSource.of(photo)))
          .isInstanceOfSatisfying(
              OcrApiException.class,
              e -> {
                assertThat(e.code()).isEqualTo("-1");
                assertThat(e.providerMessage()).contains("clova-page.json", "not an NHN Cloud OCR response");
              });
    }
  }

  @Test
  void faultsAreAnsweredInNhnsTermsAt200() throws Exception {
    server.useFaults(FaultPlan.script(Fault.serverError(), Fault.rateLimit(), Fault.quota()));
    try (NhnOcrClient nhn = client().userAccessToken(TOKEN).build()) {
      ImageSource statement = ImageSource.of(dir.resolve("statement.png"));

      assertThatThrownBy(() -> nhn.general(statement))
          .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("-1"));
      assertThatThrownBy(() -> nhn.general(statement))
          .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.code()).isEqualTo("4000006"));
      assertThatThrownBy(() -> nhn.general(statement))
          .isInstanceOfSatisfying(OcrApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(200));
      assertThat(nhn.general(statement).header().successful()).isTrue();
      assertThat(server.faultsInjected())
          .containsExactly(Fault.serverError(), Fault.rateLimit(), Fault.quota(), Fault.none());
    }
  }

  @Test
  void onlyNhnShapedPathsAreNhn() {
    assertThat(NhnResponder.operationOf("/v1.1/appkeys/K/general")).hasValue(NhnResponder.Operation.GENERAL);
    assertThat(NhnResponder.operationOf("/nhn/v1.0/appkeys/K/general/cropping/"))
        .hasValue(NhnResponder.Operation.CROPPING);
    assertThat(NhnResponder.operationOf("/general")).isEmpty();
    assertThat(NhnResponder.operationOf("/custom/v1/123/abc/general")).isEmpty();
    assertThat(NhnResponder.operationOf("/v1.1/appkeys//general")).isEmpty();
    assertThat(NhnResponder.operationOf("/v1.1/appkeys/K/document/receipt")).isEmpty();
  }

  private HttpRequest upload(String part, String filename, byte[] bytes) {
    String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
    byte[] head =
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + "v1.1/appkeys/K/general"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-NHN-Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private HttpRequest nhnPost(String operation, String contentType, String body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "v1.1/appkeys/K/" + operation))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("X-NHN-Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static int code(OcrHttp.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().at("/header/isSuccessful").asBoolean()).isFalse();
    return reply.json().at("/header/resultCode").asInt();
  }
}
