package io.docstruct.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.clova.model.ClovaErrorBody;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.junit5.LocalOcrServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClovaEndpointsTest {
  private static final String PREFIX = "external/v1/123/abc/";

  /** The recordings under fixtures/server; one server for the class, its counts reset before each test. */
  @RegisterExtension
  static final LocalOcrServerExtension RECORDED =
      new LocalOcrServerExtension(
          LocalOcrServer.builder().secret(OcrHttp.SECRET).responsesFromClasspath("/fixtures/server/"));

  /** The same recordings, and General OCR synthesises an answer for an image without one. */
  @RegisterExtension
  static final LocalOcrServerExtension SYNTHESIZING =
      new LocalOcrServerExtension(
          LocalOcrServer.builder()
              .secret(OcrHttp.SECRET)
              .responsesFromClasspath("/fixtures/server/")
              .synthesizeUnknownImages(true));

  private final OcrHttp http = new OcrHttp();
  private final LocalOcrServer server = RECORDED.server();
  private final LocalOcrServer synthesizing = SYNTHESIZING.server();

  // ---- General OCR without a recording ----

  @Test
  void generalWithoutRecordingIsAnImageFailureNamingWhatWasTriedInTheRequestsVersion() throws Exception {
    byte[] jpeg = TestFiles.jpeg(640, 480);
    ObjectNode message = OcrHttp.message("V1", "jpg", "unrecorded", jpeg, null);

    OcrHttp.Reply reply = http.postJson(server.invokeUrl("general"), message.toString());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("version").asText()).isEqualTo("V1");
    assertThat(body.get("requestId").asText()).isEqualTo(message.get("requestId").asText());
    JsonNode image = body.get("images").get(0);
    assertThat(image.get("inferResult").asText()).isEqualTo("FAILURE");
    assertThat(image.get("message").asText())
        .isEqualTo("no recorded response for this image; tried sha256 " + sha256(jpeg) + ", image name \"unrecorded\"");
    assertThat(image.has("fields")).isFalse();
    assertThat(reply.recording()).isEqualTo("none; tried sha256 " + sha256(jpeg) + ", image name \"unrecorded\"");
  }

  @Test
  void theRecordingHeaderNamesTheFileThatAnsweredAndHowItWasFound() throws Exception {
    OcrHttp.Reply reply =
        http.postJson(
            server.invokeUrl("general"), OcrHttp.message("V2", "jpg", "hello", TestFiles.jpeg(9, 9), null).toString());

    assertThat(reply.recording()).isEqualTo("image name classpath:fixtures/server/hello.json");
  }

  @Test
  void aNonAsciiNameIsPercentEncodedInTheHeader() throws Exception {
    OcrHttp.Reply reply =
        http.postJson(
            server.invokeUrl("receipt"), OcrHttp.message("V2", "jpg", "영수증", TestFiles.jpeg(9, 9), null).toString());

    assertThat(reply.recording()).endsWith("image name \"%EC%98%81%EC%88%98%EC%A6%9D\"");
    assertThat(reply.json().at("/images/0/message").asText()).endsWith("image name \"영수증\"");
  }

  // ---- General OCR, synthesised on request ----

  @Test
  void generalJsonWithoutRecordingSynthesisesOneSizedPageAndEchoesTheRequest() throws Exception {
    ObjectNode message = OcrHttp.message("V2", "jpg", "unrecorded", TestFiles.jpeg(640, 480), null);

    OcrHttp.Reply reply = http.postJson(synthesizing.invokeUrl("general"), message.toString());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("version").asText()).isEqualTo("V2");
    assertThat(body.get("requestId").asText()).isEqualTo(message.get("requestId").asText());
    assertThat(body.get("timestamp").asLong()).isEqualTo(1_700_000_000_123L);
    JsonNode image = body.get("images").get(0);
    assertThat(image.get("name").asText()).isEqualTo("unrecorded");
    assertThat(image.get("inferResult").asText()).isEqualTo("SUCCESS");
    assertThat(image.get("fields")).isEmpty();
    assertThat(image.get("convertedImageInfo").get("width").asInt()).isEqualTo(640);
    assertThat(image.get("convertedImageInfo").get("height").asInt()).isEqualTo(480);
    assertThat(image.has("tables")).isFalse();
    assertThat(reply.recording()).startsWith("none (synthesised); tried sha256 ");
    ClovaResponse parsed = WireJson.mapper().readValue(reply.body(), ClovaResponse.class);
    assertThat(parsed.images()).hasSize(1);
  }

  @Test
  void generalMultipartPdfUnderAPrefixAnswersOneImagePerPageInOrder() throws Exception {
    String message = OcrHttp.message("V2", "pdf", "three-pages", null, null).toString();

    OcrHttp.Reply reply =
        http.postMultipart(synthesizing.invokeUrl(PREFIX + "general"), message, TestFiles.pdf(3), "three-pages.pdf");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode images = reply.json().get("images");
    assertThat(images).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode info = images.get(i).get("convertedImageInfo");
      assertThat(info.get("pageIndex").asInt()).isEqualTo(i);
      assertThat(info.get("width").asInt()).isEqualTo(1240);
      assertThat(info.get("height").asInt()).isEqualTo(1754);
      assertThat(images.get(i).get("name").asText()).isEqualTo("three-pages");
      assertThat(images.get(i).get("inferResult").asText()).isEqualTo("SUCCESS");
    }
  }

  @Test
  void generalTiffCountsEveryDirectoryWithItsOwnSize() throws Exception {
    byte[] tiff = TestFiles.tiff(new int[][] {{100, 200}, {300, 400}});
    OcrHttp.Reply reply =
        http.postJson(synthesizing.invokeUrl("general"), OcrHttp.message("V2", "tiff", "scan", tiff, null).toString());

    JsonNode images = reply.json().get("images");
    assertThat(images).hasSize(2);
    assertThat(images.get(1).get("convertedImageInfo").get("width").asInt()).isEqualTo(300);
    assertThat(images.get(1).get("convertedImageInfo").get("height").asInt()).isEqualTo(400);
  }

  @Test
  void generalV1IsAnsweredAsV1AndTableDetectionAddsTables() throws Exception {
    ObjectNode message = OcrHttp.message("V1", "jpg", "v1", TestFiles.jpeg(10, 10), null);
    message.put("enableTableDetection", "true");

    JsonNode body = http.postJson(synthesizing.invokeUrl("general"), message.toString()).json();

    assertThat(body.get("version").asText()).isEqualTo("V1");
    assertThat(body.get("images").get(0).get("tables")).isEmpty();
  }

  @Test
  void tenPdfPagesAreAcceptedAndElevenRefusedNamingTheLimit() throws Exception {
    String message = OcrHttp.message("V2", "pdf", "long", null, null).toString();

    OcrHttp.Reply ten = http.postMultipart(synthesizing.invokeUrl("general"), message, TestFiles.pdf(10), "long.pdf");
    OcrHttp.Reply eleven = http.postMultipart(synthesizing.invokeUrl("general"), message, TestFiles.pdf(11), "long.pdf");

    assertThat(ten.json().get("images")).hasSize(10);
    assertError(eleven, 400, "0011");
    assertThat(eleven.json().get("message").asText()).startsWith("Request body invalid.").contains("10 pages");
  }

  // ---- Document and Template OCR ----

  @ParameterizedTest
  @ValueSource(strings = {"receipt", "credit-card", "name-card", "biz-license", "id-card", "medical-receipt", "passport"})
  void everyDocumentEndpointAnswersAPerImageFailureWithoutRecording(String kind) throws Exception {
    String message = OcrHttp.message("V2", "jpg", "card-" + kind, null, null).toString();
    byte[] jpeg = TestFiles.jpeg(50, 30);

    // Synthesis is asked for, but there is nothing to synthesise a Document answer from.
    OcrHttp.Reply reply =
        http.postMultipart(synthesizing.invokeUrl(PREFIX + "document/" + kind), message, jpeg, "c.jpg");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode image = reply.json().get("images").get(0);
    assertThat(image.get("inferResult").asText()).isEqualTo("FAILURE");
    assertThat(image.get("message").asText())
        .isEqualTo(
            "no recorded response for this image; tried sha256 " + sha256(jpeg) + ", file name \"c.jpg\", image name"
                + " \"card-" + kind + "\"");
    assertThat(image.get("name").asText()).isEqualTo("card-" + kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"receipt-01", "receipt-01.jpg"})
  void documentJsonIsAnsweredFromTheRecordingNamedAfterTheImage(String name) throws Exception {
    ObjectNode message = OcrHttp.message("V2", "jpg", name, TestFiles.jpeg(50, 30), null);

    OcrHttp.Reply reply = http.postJson(server.invokeUrl("receipt"), message.toString());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("requestId").asText()).isEqualTo(message.get("requestId").asText());
    assertThat(body.get("timestamp").asLong()).isEqualTo(1_700_000_000_123L);
    JsonNode image = body.get("images").get(0);
    assertThat(image.get("name").asText()).isEqualTo(name);
    assertThat(image.at("/receipt/result/storeInfo/name/text").asText()).isEqualTo("emart everyday");
  }

  @Test
  void templateWithoutRecordingAnswersAPerImageFailure() throws Exception {
    OcrHttp.Reply reply =
        http.postJson(
            server.invokeUrl(PREFIX + "infer"),
            OcrHttp.message("V2", "png", "form", Fixtures.bytes("fixtures/server/black-2x2.png"), null).toString());

    // black-2x2.png has a recording by hash, which is a General answer: the hash wins on any endpoint.
    assertThat(reply.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-sha256-file");

    OcrHttp.Reply unrecorded =
        http.postJson(
            server.invokeUrl("infer"), OcrHttp.message("V2", "jpg", "form", TestFiles.jpeg(5, 5), null).toString());
    assertThat(unrecorded.json().at("/images/0/inferResult").asText()).isEqualTo("FAILURE");
  }

  @Test
  void documentRefusesMoreThanOnePage() throws Exception {
    String message = OcrHttp.message("V2", "pdf", "two", null, null).toString();

    OcrHttp.Reply reply = http.postMultipart(server.invokeUrl("receipt"), message, TestFiles.pdf(2), "two.pdf");

    assertError(reply, 400, "0011");
    assertThat(reply.json().get("message").asText()).contains("single-page");
  }

  @Test
  void templateRefusesAnImageOverItsLimitOf20MbThatGeneralAccepts() throws Exception {
    byte[] jpeg = java.util.Arrays.copyOf(TestFiles.jpeg(40, 30), 21 * 1024 * 1024);
    String message = OcrHttp.message("V2", "jpg", "large", null, null).toString();

    OcrHttp.Reply template = http.postMultipart(server.invokeUrl("template"), message, jpeg, "large.jpg");
    OcrHttp.Reply general = http.postMultipart(server.invokeUrl("general"), message, jpeg, "large.jpg");

    assertError(template, 400, "0011");
    assertThat(template.json().get("message").asText())
        .isEqualTo("Request body invalid. The JPG has 22020096 bytes; Template OCR accepts at most 20 MB of it.");
    assertThat(general.status()).isEqualTo(200);
  }

  // ---- Lookup order ----

  @Test
  void theHashInIndexJsonWinsOverTheName() throws Exception {
    byte[] png = Fixtures.bytes("fixtures/server/white-4x3.png");

    OcrHttp.Reply reply =
        http.postJson(server.invokeUrl("general"), OcrHttp.message("V2", "png", "hello", png, null).toString());

    assertThat(reply.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-index");
    assertThat(reply.json().at("/images/0/name").asText()).isEqualTo("hello");
  }

  @Test
  void aFileNamedAfterTheHashMatchesMultipartUploads() throws Exception {
    byte[] png = Fixtures.bytes("fixtures/server/black-2x2.png");
    String message = OcrHttp.message("V2", "png", "hello", null, null).toString();

    OcrHttp.Reply reply = http.postMultipart(server.invokeUrl("general"), message, png, "black.png");

    assertThat(reply.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-sha256-file");
  }

  @Test
  void withoutAHashMatchTheNameDecides() throws Exception {
    OcrHttp.Reply reply =
        http.postJson(
            server.invokeUrl("general"), OcrHttp.message("V2", "jpg", "hello", TestFiles.jpeg(9, 9), null).toString());

    assertThat(reply.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-name");
  }

  @Test
  void aUrlOnlyRequestMatchesTheUrlsLastSegment() throws Exception {
    String url = "https://example.com/scans/hello.jpg?signature=x";

    OcrHttp.Reply reply =
        http.postJson(server.invokeUrl("general"), OcrHttp.message("V2", "jpg", "other", null, url).toString());

    assertThat(reply.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-name");
    assertThat(reply.json().at("/images/0/name").asText()).isEqualTo("other");
  }

  @Test
  void aDirectoryOfRecordingsIsSearchedAndNamesCannotEscapeIt(@TempDir Path dir) throws Exception {
    Path inner = Files.createDirectory(dir.resolve("inner"));
    Files.writeString(dir.resolve("secret-file.json"), "{\"images\":[{\"inferResult\":\"SUCCESS\"}]}");
    Files.copy(Path.of(Fixtures.path("fixtures/server/hello.json").toString()), inner.resolve("scan-7.json"));
    try (LocalOcrServer local = LocalOcrServer.builder().responses(inner).start()) {
      OcrHttp.Reply named =
          http.postJson(
              local.invokeUrl("general"), OcrHttp.message("V2", "jpg", "scan-7", TestFiles.jpeg(5, 5), null).toString());
      OcrHttp.Reply escaping =
          http.postJson(
              local.invokeUrl("general"),
              OcrHttp.message("V2", "jpg", "../secret-file", TestFiles.jpeg(5, 5), null).toString());

      assertThat(named.json().at("/images/0/fields/0/inferText").asText()).isEqualTo("matched-by-name");
      assertThat(escaping.status()).isEqualTo(200);
      // not the file outside: no recording, though the name was tried
      assertThat(escaping.json().at("/images/0/inferResult").asText()).isEqualTo("FAILURE");
      assertThat(escaping.json().at("/images/0/message").asText()).endsWith("image name \"../secret-file\"");
    }
  }

  @Test
  void noRecordingNameCanLeaveTheDirectory() {
    for (String name :
        java.util.List.of(
            "../x.json", "..\\x.json", "a/b.json", "C:x.json", ".hidden.json", "..json", "x\u0000.json",
            "/etc/passwd", "%2e%2e/x.json".replace("%2e", "."), " ")) {
      assertThat(RecordedResponses.isSafeFileName(name)).as(name).isFalse();
    }
    assertThat(RecordedResponses.isSafeFileName("receipt-01.json")).isTrue();
    // A URL's last segment is percent-decoded before the check: an encoded separator is still refused.
    assertThat(RecordedResponses.urlName("https://example.com/scans/..%2F..%2Fsecret.png")).contains("/");
  }

  @Test
  void aBrokenRecordingIsTheServersFault() throws Exception {
    OcrHttp.Reply reply =
        http.postJson(
            server.invokeUrl("general"), OcrHttp.message("V2", "jpg", "broken", TestFiles.jpeg(5, 5), null).toString());

    assertError(reply, 500, "0500");
    assertThat(reply.json().get("message").asText()).contains("broken.json");
  }

  // ---- Errors ----

  @Test
  void aMissingOrWrongSecretIs0002() throws Exception {
    String json = OcrHttp.message("V2", "jpg", "x", TestFiles.jpeg(5, 5), null).toString();

    assertError(http.postJson(server.invokeUrl("general"), json, null), 401, "0002");
    assertError(http.postJson(server.invokeUrl("general"), json, "wrong"), 401, "0002");
  }

  @Test
  void withoutAConfiguredSecretAnyNonEmptySecretIsAccepted() throws Exception {
    try (LocalOcrServer open = LocalOcrServer.builder().start()) {
      String json = OcrHttp.message("V2", "jpg", "x", TestFiles.jpeg(5, 5), null).toString();

      assertThat(http.postJson(open.invokeUrl("general"), json, "anything").status()).isEqualTo(200);
      assertError(http.postJson(open.invokeUrl("general"), json, null), 401, "0002");
    }
  }

  @Test
  void theSecretIsCheckedBeforeThePath() throws Exception {
    assertError(http.postJson(server.baseUrl() + "nowhere", "{}", null), 401, "0002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nowhere", "document/unknown", "general/extra", "document"})
  void anUnknownPathIs0001(String path) throws Exception {
    OcrHttp.Reply reply = http.postJson(server.baseUrl() + path, "{}");

    assertError(reply, 404, "0001");
    assertThat(reply.json().get("path").asText()).isEqualTo("/" + path);
  }

  @Test
  void aMethodOtherThanPostIs0001() throws Exception {
    OcrHttp.Reply reply =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.invokeUrl("general")))
                .header("X-OCR-SECRET", OcrHttp.SECRET)
                .GET()
                .build());

    assertError(reply, 404, "0001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[1,2]",
        "{\"version\":\"V2\"}",
        "{\"version\":\"V2\",\"images\":[]}",
        "{\"version\":\"V2\",\"images\":{}}",
        "{\"version\":\"V2\",\"images\":[{\"format\":\"jpg\",\"name\":\"a\"}]}",
        "{\"version\":\"V2\",\"images\":[{\"format\":\"jpg\",\"name\":\"a\",\"url\":\"http://x/a.jpg\"},"
            + "{\"format\":\"jpg\",\"name\":\"b\",\"url\":\"http://x/b.jpg\"}]}",
        "{\"version\":\"V2\",\"images\":[{\"format\":\"jpg\",\"name\":\"a\",\"data\":\"%%%not-base64\"}]}",
        "{\"version\":\"V2\",\"images\":[{\"format\":\"jpg\",\"name\":\"a\",\"url\":\"http://x/a.jpg\"}"
      })
  void anUnusableBodyIs0011(String body) throws Exception {
    OcrHttp.Reply reply = http.postJson(server.invokeUrl("general"), body);

    assertError(reply, 400, "0011");
    assertThat(reply.json().get("message").asText()).startsWith("Request body invalid.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"V3", "v2", ""})
  void anUnsupportedVersionIs0021(String version) throws Exception {
    OcrHttp.Reply reply =
        http.postJson(server.invokeUrl("general"), OcrHttp.message(version, "jpg", "x", TestFiles.jpeg(5, 5), null)
            .toString());

    assertError(reply, 400, "0021");
    assertThat(reply.json().get("message").asText()).startsWith("Protocol version not support.");
  }

  @Test
  void documentOcrSpeaksV2Only() throws Exception {
    OcrHttp.Reply reply =
        http.postJson(server.invokeUrl("receipt"), OcrHttp.message("V1", "jpg", "x", TestFiles.jpeg(5, 5), null)
            .toString());

    assertError(reply, 400, "0021");
  }

  @Test
  void multipartWithoutMessageOrWithTwoFilesIs0011() throws Exception {
    String boundary = "b0undary";
    byte[] noMessage =
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nxyz\r\n--"
                + boundary + "--\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String message = OcrHttp.message("V2", "jpg", "two", null, null).toString();
    byte[] one = OcrHttp.multipartBody(boundary, message, TestFiles.jpeg(5, 5), "a.jpg");
    byte[] extraFile =
        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.jpg\"\r\n\r\nxyz\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] twoFiles = new byte[one.length + extraFile.length];
    System.arraycopy(extraFile, 0, twoFiles, 0, extraFile.length);
    System.arraycopy(one, 0, twoFiles, extraFile.length, one.length);

    assertError(postRawMultipart(boundary, noMessage), 400, "0011");
    assertError(postRawMultipart(boundary, twoFiles), 400, "0011");
    assertThat(postRawMultipart(boundary, one).status()).isEqualTo(200);
  }

  @Test
  void aLargeUploadIsSpilledToATemporaryFileThatIsDeletedAfterTheRequest() throws Exception {
    byte[] big = new byte[RequestParser.MEMORY_LIMIT + 1_000_000];
    new java.util.Random(1).nextBytes(big);
    byte[] pdfHead = TestFiles.pdf(2);
    System.arraycopy(pdfHead, 0, big, 0, pdfHead.length);
    long before = tempFiles();
    String message = OcrHttp.message("V2", "pdf", "big", null, null).toString();

    OcrHttp.Reply multipart = http.postMultipart(synthesizing.invokeUrl("general"), message, big, "big.pdf");
    OcrHttp.Reply json =
        http.postJson(synthesizing.invokeUrl("general"), OcrHttp.message("V2", "pdf", "big", big, null).toString());

    assertThat(multipart.json().get("images")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(json.json().get("images").size()).isEqualTo(multipart.json().get("images").size());
    assertThat(tempFiles()).isEqualTo(before);
  }

  @Test
  void errorBodiesCarryTheDocumentedFields() throws Exception {
    OcrHttp.Reply reply = http.postJson(server.invokeUrl(PREFIX + "general"), "{}", "wrong");

    ClovaErrorBody error = WireJson.mapper().readValue(reply.body(), ClovaErrorBody.class);
    assertThat(error.code()).isEqualTo("0002");
    assertThat(error.message()).isEqualTo("Secret key validate failed.");
    assertThat(error.path()).isEqualTo("/" + PREFIX + "general");
    assertThat(error.traceId()).isNotBlank();
    assertThat(error.timestamp()).isPositive();
  }

  @Test
  void requestsAreCounted() throws Exception {
    http.postJson(server.invokeUrl("general"), "{}");
    http.postJson(server.invokeUrl("general"), "{}", null);

    assertThat(server.requestCount()).isEqualTo(2);
    assertThat(server.faultsInjected()).containsExactly(Fault.none(), Fault.none());
  }

  @Test
  void nothingTheServerLogsHoldsTheSecretOrImageData() throws Exception {
    byte[] image = TestFiles.jpeg(5, 5);
    String data = base64(image);
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      // A broken recording makes the server log a warning for a request that carries both.
      http.postJson(server.invokeUrl("general"), OcrHttp.message("V2", "jpg", "broken", image, null).toString());
      http.postJson(server.invokeUrl("general"), OcrHttp.message("V2", "jpg", "x", image, null).toString(), "wrong");
    } finally {
      System.setErr(original);
    }

    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(log).contains("broken.json"); // the capture works
    assertThat(log).doesNotContain(OcrHttp.SECRET).doesNotContain("wrong").doesNotContain(data);
  }

  private OcrHttp.Reply postRawMultipart(String boundary, byte[] body) throws IOException, InterruptedException {
    return http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.invokeUrl("general")))
            .header("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"")
            .header("X-OCR-SECRET", OcrHttp.SECRET)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private static long tempFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("docstruct-ocr-server-")).count();
    }
  }

  static void assertError(OcrHttp.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    JsonNode body = reply.json();
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("traceId").asText()).isNotBlank();
    assertThat(body.get("timestamp").asLong()).isPositive();
    assertThat(body.has("path")).isTrue();
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
