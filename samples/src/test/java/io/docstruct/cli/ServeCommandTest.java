package io.docstruct.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.DocumentType;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code docstruct serve} in-process: started on port 0 in a background thread, called through the CLOVA
 * client at the URL it printed, stopped as Ctrl-C would stop it.
 */
class ServeCommandTest {
  private static final Pattern INVOKE_URL =
      Pattern.compile("^  General OCR:  (http://127\\.0\\.0\\.1:(\\d+)/general)$", Pattern.MULTILINE);

  @TempDir Path dir;

  private final ExecutorService background = Executors.newSingleThreadExecutor();

  @AfterEach
  void shutDown() {
    background.shutdownNow();
  }

  /** A {@code serve} running in the background; {@link #stop()} ends it and returns its exit code. */
  private final class Serving {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final ServeCommand command;
    final Future<Integer> exit;

    Serving(Map<String, String> environment, String... args) throws InterruptedException {
      CommandLine cl =
          DocStructCommand.newCommandLine(() -> environment)
              .setOut(new PrintWriter(out, true))
              .setErr(new PrintWriter(err, true));
      command = cl.getSubcommands().get("serve").getCommand();
      String[] all = new String[args.length + 1];
      all[0] = "serve";
      System.arraycopy(args, 0, all, 1, args.length);
      exit = background.submit(() -> cl.execute(all));
      assertThat(command.awaitReady(30, TimeUnit.SECONDS)).as("serve started").isTrue();
    }

    String invokeUrl() {
      Matcher m = INVOKE_URL.matcher(out.toString());
      assertThat(m.find()).as("invoke URL in %s", out).isTrue();
      return m.group(1);
    }

    int port() {
      Matcher m = INVOKE_URL.matcher(out.toString());
      assertThat(m.find()).isTrue();
      return Integer.parseInt(m.group(2));
    }

    int stop() throws InterruptedException, ExecutionException, TimeoutException {
      command.stop();
      return exit.get(30, TimeUnit.SECONDS);
    }
  }

  private Path recordings() throws IOException {
    Path responses = Files.createDirectory(dir.resolve("responses"));
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      Files.copy(in, responses.resolve("bakery.json"));
    }
    return responses;
  }

  private static ClovaOcrClient client(String invokeUrl, String secret) {
    return ClovaOcrClient.builder()
        .invokeUrl(invokeUrl)
        .secret(secret)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void servesRecordedResponsesUntilStoppedAndFreesThePort() throws Exception {
    Path responses = recordings();
    Serving serve =
        new Serving(Map.of(), "--port", "0", "--responses", responses.toString(), "--secret", "t0p-s3cret");

    ClovaResponse answer;
    // the banner's invoke URL is the General domain's; the receipt domain is beside it
    String receipts = serve.invokeUrl().replaceFirst("/general$", "/document/receipt");
    try (ClovaOcrClient client = client(receipts, "t0p-s3cret")) {
      answer =
          client.document(
              DocumentType.RECEIPT,
              ImageSource.ofBytes(SampleResponse.CLOVA_RECEIPT.readImage(), "bakery"));
    }
    int port = serve.port();

    assertThat(serve.stop()).isZero();
    assertThat(answer.images().get(0).receipt()).isNotNull();
    assertThat(answer.images().get(0).name()).isEqualTo("bakery");
    assertThat(serve.out.toString())
        .contains("  Template OCR: http://127.0.0.1:" + port + "/infer")
        .contains("  Document OCR: http://127.0.0.1:" + port + "/document/TYPE (TYPE: receipt, credit-card,")
        .contains("  Secret:       requests must carry the --secret value as X-OCR-SECRET")
        .contains("  Responses:    " + responses + " (by image SHA-256, index.json, file name or image name)")
        .contains("Press Ctrl-C to stop.")
        .endsWith("Stopped.\n")
        .doesNotContain("t0p-s3cret");
    assertThat(serve.err.toString()).isEmpty();
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(socket.getLocalPort()).isEqualTo(port); // released
    }
  }

  @Test
  void nhnCloudClientsAreAnsweredAtTheServiceRoot() throws Exception {
    Path responses = Files.createDirectory(dir.resolve("responses"));
    try (InputStream in = SampleResponse.NHN_GENERAL.open()) {
      Files.copy(in, responses.resolve("statement.json"));
    }
    Path image = Files.write(dir.resolve("statement.png"), SampleResponse.CLOVA_GENERAL.readImage());
    Path saved = dir.resolve("saved.json");
    Serving serve = new Serving(Map.of(), "--port", "0", "--responses", responses.toString(), "--secret", "n-t0ken");
    String root = "http://127.0.0.1:" + serve.port() + "/";
    CliRun run;
    try {
      run =
          CliRun.of(
              Map.of("NHN_OCR_URL", root, "NHN_OCR_APPKEY", "any-app-key", "NHN_OCR_TOKEN", "n-t0ken"),
              cl -> {},
              "ocr", image.toString(), "--type", "general", "--provider", "nhn", "-o", saved.toString());
    } finally {
      assertThat(serve.stop()).isZero();
    }

    assertThat(run.exit()).as(run.err()).isZero();
    try (InputStream in = SampleResponse.NHN_GENERAL.open()) {
      assertThat(Files.readAllBytes(saved)).isEqualTo(in.readAllBytes());
    }
    assertThat(serve.out.toString())
        .contains("  NHN Cloud:    " + root + " is the service root (NHN_OCR_URL); any app key")
        .doesNotContain("n-t0ken");
  }

  @Test
  void theSecretComesFromTheEnvironmentWithoutTheOption() throws Exception {
    Serving serve = new Serving(Map.of(ClovaConfiguration.SECRET_VARIABLE, "env-s3cret"), "--port", "0");

    try (ClovaOcrClient wrong = client(serve.invokeUrl(), "something-else");
        ClovaOcrClient right = client(serve.invokeUrl(), "env-s3cret")) {
      byte[] png = SampleResponse.CLOVA_GENERAL.readImage();
      assertThatThrownBy(() -> wrong.general(ImageSource.ofBytes(png, "page")))
          .isInstanceOfSatisfying(
              OcrApiException.class, e -> assertThat(e.code()).isEqualTo("0002"));
      // No recording: the image is answered with a FAILURE that says so, not an empty page.
      assertThat(right.general(ImageSource.ofBytes(png, "page")).images())
          .singleElement()
          .satisfies(i -> assertThat(i.message()).startsWith("no recorded response for this image; tried sha256 "));
    } finally {
      assertThat(serve.stop()).isZero();
    }
    assertThat(serve.out.toString())
        .contains("  Secret:       requests must carry CLOVA_OCR_SECRET's value as X-OCR-SECRET")
        .contains("  Responses:    none recorded")
        .doesNotContain("env-s3cret");
  }

  @Test
  void withoutASecretAnyNonEmptySecretIsAcceptedAndTheBannerSaysSo() throws Exception {
    Serving serve = new Serving(Map.of(), "--port", "0");

    try (ClovaOcrClient client = client(serve.invokeUrl(), "whatever")) {
      assertThat(
              client.general(ImageSource.ofBytes(SampleResponse.CLOVA_GENERAL.readImage(), "p")).images())
          .hasSize(1);
    } finally {
      assertThat(serve.stop()).isZero();
    }
    assertThat(serve.out.toString())
        .contains(
            "  Secret:       any non-empty X-OCR-SECRET, NHN token or secret key is accepted (neither"
                + " --secret nor CLOVA_OCR_SECRET is set)");
  }

  @Test
  void aPortInUseIsExitTwoInOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of(Map.of(), cl -> {}, "serve", "--port", "" + taken.getLocalPort());

      assertThat(run.exit()).isEqualTo(2);
      InfoCommandTest.assertSingleErrorLine(run);
      assertThat(run.err())
          .startsWith(
              "docstruct: local OCR server: cannot bind 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }

  @Test
  void aMissingResponsesDirectoryIsExitTwo() {
    Path missing = dir.resolve("nope");

    CliRun run = CliRun.of(Map.of(), cl -> {}, "serve", "--port", "0", "--responses", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: " + missing + ": no such directory");
  }

  @Test
  void aPortOutOfRangeIsExitTwo() {
    CliRun run = CliRun.of(Map.of(), cl -> {}, "serve", "--port", "70000");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: --port must be within 0..65535, got 70000");
  }

  /** With --engine tesseract, an image without a recording gets real OCR in CLOVA's format. */
  @Test
  void withTheTesseractEngineAnUnrecordedImageIsReadForReal() throws Exception {
    io.docstruct.export.pdf.ExternalTool.require("tesseract", io.docstruct.tesseract.TesseractInstallation.APT_PACKAGES);
    Serving serve = new Serving(Map.of(), "--port", "0", "--secret", "s3cret", "--engine", "tesseract");
    try (ClovaOcrClient client = client(serve.invokeUrl(), "s3cret")) {
      ClovaResponse r =
          client.general(ImageSource.ofBytes(SampleResponse.CLOVA_GENERAL.readImage(), "unrecorded"));

      assertThat(r.images().get(0).inferResult()).isEqualTo(io.docstruct.clova.model.InferResult.SUCCESS);
      assertThat(r.images().get(0).fields()).extracting(f -> f.inferText()).contains("5,050");
      assertThat(r.unknown()).containsKey("docstructEngine");
    } finally {
      assertThat(serve.stop()).isZero();
    }
    assertThat(serve.out.toString()).containsPattern("Unrecorded: +General OCR images are read by tesseract");
  }
}
