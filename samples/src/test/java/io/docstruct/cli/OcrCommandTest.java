package io.docstruct.cli;

import io.docstruct.ocr.OcrModel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code docstruct ocr} against a {@link LocalOcrServer} with recordings written by the test: each exit code
 * of the contract, the atomic output file, and that the secret is never printed.
 */
class OcrCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "s3cret-7f1e0c9a";

  @TempDir static Path recordings;

  private static LocalOcrServer server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws IOException {
    // "page.png" is answered by page.json (General), "receipt.png" by receipt.json (Document OCR receipt).
    copy(SampleResponse.CLOVA_GENERAL, recordings.resolve("page.json"));
    copy(SampleResponse.CLOVA_RECEIPT, recordings.resolve("receipt.json"));
    server = LocalOcrServer.builder().secret(SECRET).responses(recordings).start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static void copy(SampleResponse sample, Path target) throws IOException {
    try (InputStream in = sample.open()) {
      Files.copy(in, target);
    }
  }

  /** A domain per type the tests call, each at its own invoke URL of the local server. */
  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    for (ClovaEndpoint endpoint : List.of(ClovaEndpoint.GENERAL, ClovaEndpoint.TEMPLATE, ClovaEndpoint.RECEIPT)) {
      environment.put(ClovaConfiguration.urlVariable(endpoint), server.invokeUrl(endpoint.path()));
      environment.put(ClovaConfiguration.secretVariable(endpoint), SECRET);
    }
    return environment;
  }

  /** A bundled sample image saved under {@code name}, so that the server answers {@code name}'s recording. */
  private Path image(SampleResponse sample, String name) throws IOException {
    return Files.write(dir.resolve(name), sample.readImage());
  }

  private CliRun ocr(String... args) {
    return ocr(environment(), args);
  }

  private static CliRun ocr(Map<String, String> environment, String... args) {
    String[] all = Stream.concat(Stream.of("ocr"), Stream.of(args)).toArray(String[]::new);
    return CliRun.of(environment, OcrCommandTest::fastRetries, all);
  }

  /** Three attempts a millisecond apart, so that the unreachable-server test does not wait for backoff. */
  private static void fastRetries(CommandLine cl) {
    OcrCommand ocr = cl.getSubcommands().get("ocr").getCommand();
    ocr.retryPolicy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), 1.0);
  }

  @Test
  void generalWithoutOutputPrintsTheResponseOnStdout() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run = ocr(page.toString(), "--type", "general", "--tables", "--lang", "ko");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("version").asText()).isEqualTo("V2");
    JsonNode image = json.get("images").get(0);
    assertThat(image.get("name").asText()).isEqualTo("page");
    assertThat(image.get("inferResult").asText()).isEqualTo("SUCCESS");
    assertThat(image.get("fields")).hasSize(31);
    assertThat(image.get("fields").get(0).get("inferText").asText()).isEqualTo("한결마트");
    assertThat(image.get("tables")).hasSize(1);
  }

  @Test
  void documentWithOutputWritesTheFileAndASummaryLine() throws IOException {
    Path receipt = image(SampleResponse.CLOVA_RECEIPT, "receipt.png");
    Path out = Files.createDirectory(dir.resolve("out")).resolve("receipt.json");

    CliRun run = ocr(receipt.toString(), "--type", "receipt", "-o", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "wrote " + out
                + ": clova-receipt, 1 page, 22 words (derived from the fields), 0 tables, 22 fields, 0 warnings");
    JsonNode json = JSON.readTree(out.toFile());
    JsonNode fields = json.get("images").get(0).get("receipt").get("result");
    assertThat(fields.get("storeInfo").get("bizNum").get("text").asText()).isEqualTo("107-86-41378");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out); // no temporary file left beside it
    }
  }

  @Test
  void outputReplacesAnExistingFile() throws IOException {
    Path receipt = image(SampleResponse.CLOVA_RECEIPT, "receipt.png");
    Path out = Files.writeString(dir.resolve("receipt.json"), "old content that is longer than nothing");

    CliRun run = ocr(receipt.toString(), "--type", "receipt", "--output", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(out.toFile()).get("images")).hasSize(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("receipt.png", "receipt.json");
    }
  }

  @Test
  void anImageFailureInsideA200IsAWarningAndExitZero() throws Exception {
    // No recording for "unknown": the server answers 200 with the image's inferResult FAILURE.
    Path unknown = image(SampleResponse.CLOVA_RECEIPT, "unknown.png");
    Path out = dir.resolve("unknown.json");
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(unknown)));

    CliRun run = ocr(unknown.toString(), "--type", "receipt", "-o", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: warning: "
                + unknown
                + ": image 0 \"unknown\": FAILURE, no recorded response for this image; tried sha256 " + sha256
                + ", file name \"unknown.png\", image name \"unknown\"",
            // the adapter's warning about the failed page is counted in the summary
            "wrote " + out + ": clova-receipt, 1 page, 0 words, 0 tables, 0 fields, 1 warning");
    assertThat(JSON.readTree(out.toFile()).get("images").get(0).get("inferResult").asText())
        .isEqualTo("FAILURE");
  }

  /** The environment for a MockWebServer standing in for CLOVA's receipt domain, in the one-domain variables. */
  private static Map<String, String> clova(MockWebServer clova) {
    return Map.of(
        ClovaConfiguration.URL_VARIABLE, clova.url("/custom/v1/1/abc/document/receipt").toString(),
        ClovaConfiguration.SECRET_VARIABLE, SECRET);
  }

  @Test
  void outputIsTheProvidersAnswerByteForByte() throws Exception {
    Path receipt = image(SampleResponse.CLOVA_RECEIPT, "receipt.png");
    Path out = dir.resolve("receipt.json");
    try (MockWebServer clova = new MockWebServer()) {
      clova.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "application/json; charset=UTF-8")
              .setBody(RawAnswers.RECEIPT));

      CliRun run = ocr(clova(clova), receipt.toString(), "--type", "receipt", "-o", out.toString());

      assertThat(run.exit()).isZero();
      assertThat(Files.readAllBytes(out)).isEqualTo(RawAnswers.bytes(RawAnswers.RECEIPT));
      assertThat(run.errLines()).singleElement().asString().startsWith("wrote " + out + ": clova-receipt, 1 page,");
    }
  }

  @Test
  void stdoutIsTheProvidersAnswerAsSent() throws Exception {
    Path receipt = image(SampleResponse.CLOVA_RECEIPT, "receipt.png");
    try (MockWebServer clova = new MockWebServer()) {
      clova.enqueue(new MockResponse().setBody(RawAnswers.RECEIPT));

      CliRun run = ocr(clova(clova), receipt.toString(), "--type", "receipt");

      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEqualTo(RawAnswers.RECEIPT);
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void aSplitPdfSavesEachCallsAnswerBesideTheMergedOne() throws Exception {
    Path pdf = RawAnswers.pdf(dir.resolve("receipts.pdf"), 3);
    Path folder = Files.createDirectory(dir.resolve("out"));
    Path out = folder.resolve("receipts.json");
    RawAnswers.ByPage provider = new RawAnswers.ByPage(0);
    CliRun run;
    try (MockWebServer clova = new MockWebServer()) {
      clova.setDispatcher(provider);

      run = ocr(clova(clova), pdf.toString(), "--type", "receipt", "-o", out.toString());
    }

    assertThat(run.exit()).isZero();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "receipts.json", "receipts.part-01.json", "receipts.part-02.json", "receipts.part-03.json");
    }
    for (int page = 1; page <= 3; page++) {
      assertThat(Files.readString(folder.resolve("receipts.part-0" + page + ".json"), UTF_8))
          .isEqualTo(provider.sent.get(page));
    }
    JsonNode merged = JSON.readTree(out.toFile());
    assertThat(merged.get("images")).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode image = merged.get("images").get(i);
      assertThat(image.get("convertedImageInfo").get("pageIndex").asInt()).isEqualTo(i);
      assertThat(image.get("imageType").asText()).isEqualTo("PDF");
      assertThat(image.get("receipt").get("result").get("storeInfo").get("name").get("text").asText())
          .isEqualTo("페이지 " + (i + 1));
    }
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("wrote " + out + ": clova-receipt, 3 pages,")
        .endsWith("; answered in 3 calls, each saved as it came: receipts.part-01.json … receipts.part-03.json");
  }

  @Test
  void aSplitPdfOnStdoutIsTheMergedAnswerWithAWarning() throws Exception {
    Path pdf = RawAnswers.pdf(dir.resolve("receipts.pdf"), 2);
    CliRun run;
    try (MockWebServer clova = new MockWebServer()) {
      clova.setDispatcher(new RawAnswers.ByPage(0));

      run = ocr(clova(clova), pdf.toString(), "--type", "receipt");
    }

    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(run.out()).get("images")).hasSize(2);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: warning: " + pdf + ": answered in 2 calls (the PDF was split); this is the merged"
                + " answer: use -o OUT to keep each call's answer as it came");
  }

  @Test
  void aSplitPdfWhoseCallFailsSavesNothing() throws Exception {
    Path pdf = RawAnswers.pdf(dir.resolve("receipts.pdf"), 3);
    Path folder = Files.createDirectory(dir.resolve("out"));
    CliRun run;
    try (MockWebServer clova = new MockWebServer()) {
      clova.setDispatcher(new RawAnswers.ByPage(2));

      run = ocr(clova(clova), pdf.toString(), "--type", "receipt", "-o", folder.resolve("receipts.json").toString());
    }

    assertThat(run.exit()).isEqualTo(3);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void templateSendsTheTemplateIds() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run = ocr(page.toString(), "--type", "template", "--template-id", "7", "--template-id", "8");

    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(run.out()).get("images").get(0).get("name").asText()).isEqualTo("page");
  }

  @ParameterizedTest
  @ValueSource(strings = {ClovaConfiguration.URL_VARIABLE, ClovaConfiguration.SECRET_VARIABLE})
  void aMissingVariableIsExitTwoNamingIt(String variable) throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");
    Map<String, String> environment =
        new HashMap<>(
            Map.of(
                ClovaConfiguration.URL_VARIABLE, server.invokeUrl("general"),
                ClovaConfiguration.SECRET_VARIABLE, SECRET));
    environment.remove(variable);

    CliRun run = ocr(environment, page.toString(), "--type", "general");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.err()).startsWith("docstruct: " + variable + " is not set");
  }

  @Test
  void anInvokeUrlThatIsNotAUrlIsExitTwo() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run =
        ocr(Map.of(ClovaConfiguration.URL_VARIABLE, "ftp://x", ClovaConfiguration.SECRET_VARIABLE, SECRET),
            page.toString(), "--type", "general");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("docstruct: CLOVA_OCR_URL is not an http(s) URL: ftp://x");
  }

  @Test
  void aWrongSecretIsExitThreeInOneLineWithoutTheSecret() throws IOException {
    Path receipt = image(SampleResponse.CLOVA_RECEIPT, "receipt.png");
    Path out = dir.resolve("receipt.json");
    String wrong = "wrong-secret-5521";

    CliRun run =
        ocr(Map.of(ClovaConfiguration.URL_VARIABLE, server.invokeUrl("receipt"), ClovaConfiguration.SECRET_VARIABLE, wrong),
            receipt.toString(), "--type", "receipt", "-o", out.toString());

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.err())
        .startsWith("docstruct: " + receipt + ": CLOVA OCR error 0002 (HTTP 401)")
        .contains("(check CLOVA_OCR_SECRET)")
        .doesNotContain(wrong)
        .doesNotContain(SECRET);
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(receipt); // nothing half-written
    }
  }

  @Test
  void anUnreachableServerIsExitThreeAfterTheRetries() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run =
        ocr(Map.of(ClovaConfiguration.URL_VARIABLE, "http://127.0.0.1:1/general", ClovaConfiguration.SECRET_VARIABLE, SECRET),
            page.toString(), "--type", "general");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: "
                + page
                + ": network error after 3 attempts: Failed to connect to /127.0.0.1:1");
  }

  @Test
  void aFileTooBigIsRefusedBeforeSendingWithExitTwo() throws IOException {
    Path big = dir.resolve("big.png");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      file.setLength(51L * 1024 * 1024); // sparse: nothing is written
    }
    int before = server.requestCount();

    CliRun run = ocr(big.toString(), "--type", "general");

    assertThat(run.exit()).isEqualTo(2);
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.err()).contains("51.0 MB", "at most 50 MB");
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void anUnsupportedFormatIsExitTwo() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "not an image");

    CliRun run = ocr(text.toString(), "--type", "receipt");

    assertThat(run.exit()).isEqualTo(2);
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.err())
        .startsWith("docstruct: " + text + ": ")
        .contains("not a JPEG, PNG, PDF or TIFF file");
  }

  @Test
  void aMissingFileIsExitTwo() {
    Path missing = dir.resolve("nope.png");

    CliRun run = ocr(missing.toString(), "--type", "general");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: " + missing + ": no such file");
  }

  @Test
  void aDirectoryIsExitTwo() {
    CliRun run = ocr(dir.toString(), "--type", "general");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("docstruct: " + dir + ": is a directory, not an image or PDF");
  }

  @Test
  void anOutputInAMissingDirectoryIsRefusedBeforeTheCall() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");
    Path out = dir.resolve("no-such-dir").resolve("page.json");
    int before = server.requestCount();

    CliRun run = ocr(page.toString(), "--type", "general", "-o", out.toString());

    assertThat(run.exit()).isEqualTo(2);
    InfoCommandTest.assertSingleErrorLine(run);
    assertThat(run.err()).contains(out + ": directory ").endsWith(" does not exist\n");
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void anUnknownTypeIsExitTwoListingTheTypes() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run = ocr(page.toString(), "--type", "invoice");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: Invalid value for option '--type': 'invoice' is not one of general, template,"
                + " receipt, credit-card, name-card, biz-license, id-card, medical-receipt, passport"
                + " (see 'docstruct ocr --help')");
  }

  @Test
  void typeIsRequired() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run = ocr(page.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: Missing required option: '--type=TYPE' (see 'docstruct ocr --help')");
  }

  @Test
  void optionsOfAnotherTypeAreUsageErrors() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    assertThat(ocr(page.toString(), "--type", "receipt", "--tables").errLines())
        .containsExactly("docstruct: --tables applies to --type general only");
    assertThat(ocr(page.toString(), "--type", "passport", "--lang", "ko").errLines())
        .containsExactly("docstruct: --lang applies to --type general only");
    CliRun run = ocr(page.toString(), "--type", "general", "--template-id", "3");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("docstruct: --template-id applies to --type template only");
  }

  @Test
  void providerNhnSendsGeneralOcrToNhnCloudWithTheBearerToken() throws Exception {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");
    try (MockWebServer nhn = new MockWebServer()) {
      String body =
          "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"},"
              + "\"result\":{\"fileType\":\"png\",\"listOfInferTexts\":[{\"inferTexts\":"
              + "[{\"value\":\"합계\",\"conf\":0.99}]}],\"listOfBoundingBoxes\":[{\"boundingBoxes\":"
              + "[{\"x1\":1,\"y1\":2,\"x2\":30,\"y2\":2,\"x3\":30,\"y3\":12,\"x4\":1,\"y4\":12}]}]}}";
      nhn.enqueue(new MockResponse().setBody(body));
      nhn.start();
      Map<String, String> env =
          Map.of(
              NhnService.APPKEY_VARIABLE, "APPKEY",
              NhnService.TOKEN_VARIABLE, "tok-123456",
              NhnService.URL_VARIABLE, nhn.url("/").toString());
      Path out = dir.resolve("nhn.json");

      CliRun run = ocr(env, page.toString(), "--type", "general", "--provider", "nhn", "-o", out.toString());

      assertThat(run.exit()).isZero();
      assertThat(run.errLines()).containsExactly("wrote " + out + ": nhn-general, 1 page, 1 word, 0 tables, 0 fields, 0 warnings");
      assertThat(Files.readString(out, UTF_8)).isEqualTo(body);
      RecordedRequest request = nhn.takeRequest();
      assertThat(request.getPath()).isEqualTo("/v1.1/appkeys/APPKEY/general");
      assertThat(request.getHeader("X-NHN-Authorization")).isEqualTo("Bearer tok-123456");
      assertThat(run.out() + run.err()).doesNotContain("tok-123456");
    }
  }

  @Test
  void providerNhnNeedsItsAppKeyAndExactlyOneCredential() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    assertThat(ocr(Map.of(), page.toString(), "--type", "general", "--provider", "nhn").errLines())
        .containsExactly(
            "docstruct: NHN_OCR_APPKEY is not set: export it with the OCR app key from the NHN Cloud console");
    CliRun run =
        ocr(Map.of(NhnService.APPKEY_VARIABLE, "k"), page.toString(), "--type", "general", "--provider", "nhn");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: set exactly one of NHN_OCR_TOKEN (User Access Key token) and NHN_OCR_SECRET_KEY");
  }

  @Test
  void providerNhnReadsGeneralOnly() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");
    Map<String, String> env = Map.of(NhnService.APPKEY_VARIABLE, "k", NhnService.TOKEN_VARIABLE, "t");

    CliRun run = ocr(env, page.toString(), "--type", "receipt", "--provider", "nhn");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("docstruct: --provider nhn reads --type general only, not --type receipt");
  }

  @Test
  void anUnknownProviderIsAUsageError() throws IOException {
    Path page = image(SampleResponse.CLOVA_GENERAL, "page.png");

    CliRun run = ocr(page.toString(), "--type", "general", "--provider", "google");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("docstruct: Invalid value for option '--provider'");
  }

  @Test
  void typesAreParsedCaseInsensitivelyWithEitherSeparator() {
    TypeOption.Converter type = new TypeOption.Converter();
    assertThat(type.convert("CREDIT_CARD")).isEqualTo(OcrModel.CREDIT_CARD);
    assertThat(type.convert("medical-receipt").isDocument()).isTrue();
    assertThat(type.convert("template").isDocument()).isFalse();
    assertThat(List.of(OcrModel.values())).extracting(OcrModel::label).doesNotHaveDuplicates();
  }
}
