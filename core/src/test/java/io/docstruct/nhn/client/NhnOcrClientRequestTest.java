package io.docstruct.nhn.client;

import static io.docstruct.nhn.client.TestServer.APP_KEY;
import static io.docstruct.nhn.client.TestServer.SECRET_KEY;
import static io.docstruct.nhn.client.TestServer.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Word;
import io.docstruct.nhn.model.NhnResponse;
import io.docstruct.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client sends: path, method, credential header, multipart part or JSON body. */
class NhnOcrClientRequestTest {
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
  void generalAnswerKeepsNhnsExactBytesIncludingTheRepeatedKeyAParserCollapses() throws Exception {
    // NHN's documented answer repeats "inferTexts" in one object: the parsed model concatenates the arrays,
    // the saved evidence must hold both occurrences exactly as sent.
    byte[] body = Fixtures.bytes("fixtures/nhn/nhn-general-response.json");
    Path file = TestImages.write(dir, "receipt-01.png", TestImages.png(2048));
    server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody(new okio.Buffer().write(body)));

    ProviderAnswer<NhnResponse> answer;
    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      answer = client.generalAnswer(ImageSource.of(file));
    }

    assertThat(answer.body().toByteArray()).isEqualTo(body);
    assertThat(answer.response().result().listOfInferTexts().get(0).repeatedKeys()).isEqualTo(1);
  }

  @Test
  void generalSendsFileAsMultipartImagePartWithBearerToken() throws Exception {
    byte[] png = TestImages.png(2048);
    Path file = TestImages.write(dir, "receipt-01.png", png);
    server.enqueue(TestServer.success());

    NhnResponse response;
    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      response = client.general(ImageSource.of(file));
    }

    assertThat(response.header().successful()).isTrue();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1.1/appkeys/" + APP_KEY + "/general");
    assertThat(request.getHeader("X-NHN-Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("Authorization")).isNull();
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
    List<TestServer.Part> parts = TestServer.parts(request);
    assertThat(parts).hasSize(1);
    TestServer.Part part = parts.get(0);
    assertThat(part.contentDisposition())
        .isEqualTo("form-data; name=\"image\"; filename=\"receipt-01.png\"");
    assertThat(part.contentType()).isEqualTo("image/png");
    assertThat(part.bytes()).isEqualTo(png);
  }

  @Test
  void generalCroppingSendsJpegToCroppingPath() throws Exception {
    byte[] jpg = TestImages.jpg(4096);
    // The extension comes from the detected format, not the file's name.
    Path file = TestImages.write(dir, "long-receipt.jpeg", jpg);
    server.enqueue(TestServer.croppingSuccess());

    NhnResponse response;
    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      response = client.generalCropping(ImageSource.of(file));
    }

    assertThat(response.result()).isNotNull();
    assertThat(response.result().slicesImages()).isEqualTo(2);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1.1/appkeys/APPKEY/general/cropping");
    assertThat(request.getHeader("X-NHN-Authorization")).isEqualTo("Bearer " + TOKEN);
    TestServer.Part part = TestServer.parts(request).get(0);
    assertThat(part.contentDisposition())
        .isEqualTo("form-data; name=\"image\"; filename=\"long-receipt.jpg\"");
    assertThat(part.contentType()).isEqualTo("image/jpeg");
    assertThat(part.bytes()).isEqualTo(jpg);
  }

  @Test
  void urlSourceIsSentAsJsonImageUrl() throws Exception {
    server.enqueue(TestServer.success());

    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      client.general(ImageSource.ofUrl("https://example.com/example.jpg"));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1.1/appkeys/APPKEY/general");
    assertThat(request.getHeader("X-NHN-Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"imageUrl\":\"https://example.com/example.jpg\"}");
  }

  @Test
  void urlSourceToCroppingOnAnAllowedPort() throws Exception {
    server.enqueue(TestServer.croppingSuccess());

    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      client.generalCropping(ImageSource.ofUrl("http://images.example.com:10080/a.png"));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v1.1/appkeys/APPKEY/general/cropping");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"imageUrl\":\"http://images.example.com:10080/a.png\"}");
  }

  @Test
  void secretKeySendsAuthorizationHeaderOnApiV10() throws Exception {
    Path file = TestImages.write(dir, "scan.png", TestImages.png(100));
    server.enqueue(TestServer.success());

    try (NhnOcrClient client = TestServer.builder(server).secretKey(SECRET_KEY).build()) {
      client.general(ImageSource.of(file));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v1.0/appkeys/APPKEY/general");
    assertThat(request.getHeader("Authorization")).isEqualTo(SECRET_KEY);
    assertThat(request.getHeader("X-NHN-Authorization")).isNull();
  }

  @Test
  void explicitApiVersionGoesInThePath() throws Exception {
    server.enqueue(TestServer.success());

    try (NhnOcrClient client =
        TestServer.builder(server).secretKey(SECRET_KEY).apiVersion("v1.1").build()) {
      client.general(ImageSource.ofUrl("https://example.com/a.png"));
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v1.1/appkeys/APPKEY/general");
    assertThat(request.getHeader("Authorization")).isEqualTo(SECRET_KEY);
  }

  @Test
  void bytesAreSentAsImagePartNamedAfterTheSource() throws Exception {
    byte[] png = TestImages.png(300);
    server.enqueue(TestServer.success());

    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      client.general(ImageSource.ofBytes(png, "scan"));
    }

    TestServer.Part part = TestServer.parts(server.takeRequest()).get(0);
    assertThat(part.contentDisposition()).isEqualTo("form-data; name=\"image\"; filename=\"scan.png\"");
    assertThat(part.contentType()).isEqualTo("image/png");
    assertThat(part.bytes()).isEqualTo(png);
  }

  @Test
  void streamIsCopiedToATemporaryFileThatIsDeletedAfterTheCall() throws Exception {
    byte[] jpg = TestImages.jpg(10_000);
    Set<Path> before = temporaryUploads();
    server.enqueue(TestServer.success());

    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      client.general(ImageSource.ofStream(new ByteArrayInputStream(jpg), "photo"));
    }

    TestServer.Part part = TestServer.parts(server.takeRequest()).get(0);
    assertThat(part.contentDisposition()).isEqualTo("form-data; name=\"image\"; filename=\"photo.jpg\"");
    assertThat(part.bytes()).isEqualTo(jpg);
    assertThat(temporaryUploads()).isSubsetOf(before);
  }

  @Test
  void retriedStreamSendsTheSameBytesAgain() throws Exception {
    byte[] png = TestImages.png(5000);
    server.enqueue(TestServer.failure(-1, "Unknown error."));
    server.enqueue(TestServer.success());

    try (NhnOcrClient client =
        TestServer.withToken(server).retryPolicy(TestServer.FAST_RETRIES).build()) {
      client.general(ImageSource.ofStream(new ByteArrayInputStream(png), "photo"));
    }

    assertThat(TestServer.parts(server.takeRequest()).get(0).bytes()).isEqualTo(png);
    assertThat(TestServer.parts(server.takeRequest()).get(0).bytes()).isEqualTo(png);
  }

  @Test
  void generalDocumentAdaptsTheResponse() throws Exception {
    Path file = TestImages.write(dir, "beer.png", TestImages.png(64));
    server.enqueue(TestServer.success());

    OcrDocument document;
    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      document = client.generalDocument(ImageSource.of(file));
    }

    assertThat(document.kind()).isEqualTo(ResponseKind.NHN_GENERAL);
    assertThat(document.pages()).hasSize(1);
    assertThat(document.pages().get(0).words()).extracting(Word::text).isNotEmpty();
  }

  @Test
  void generalCroppingDocumentHasTheCroppingKind() throws Exception {
    server.enqueue(TestServer.croppingSuccess());

    OcrDocument document;
    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      document = client.generalCroppingDocument(ImageSource.ofUrl("https://example.com/long.png"));
    }

    assertThat(document.kind()).isEqualTo(ResponseKind.NHN_GENERAL_CROPPING);
    assertThat(server.takeRequest().getPath()).endsWith("/general/cropping");
  }

  @Test
  void fileIsStreamedNotReadIntoTheRequestUpFront() throws Exception {
    // The multipart body holds a file-backed part: changing the file before the call changes what is sent.
    Path file = TestImages.write(dir, "late.png", TestImages.png(100));
    server.enqueue(TestServer.success());
    byte[] replaced = TestImages.png(120);

    try (NhnOcrClient client = TestServer.withToken(server).build()) {
      Upload upload = Upload.prepare(ImageSource.of(file));
      Files.write(file, replaced);
      assertThat(upload).isInstanceOf(Upload.Multipart.class);
      assertThat(((Upload.Multipart) upload).part().body().contentLength()).isEqualTo(120);
      client.general(ImageSource.of(file));
    }

    assertThat(TestServer.parts(server.takeRequest()).get(0).bytes()).isEqualTo(replaced);
  }

  private static Set<Path> temporaryUploads() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> files = Files.list(tmp)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("docstruct-nhn-"))
          .collect(Collectors.toSet());
    }
  }
}
