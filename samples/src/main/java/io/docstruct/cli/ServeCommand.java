package io.docstruct.cli;

import io.docstruct.clova.client.DocumentType;
import io.docstruct.tesseract.TesseractOcrEngine;
import io.docstruct.testing.server.LocalOcrServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct serve [--port N] [--responses DIR]... [--secret S]}: runs {@link LocalOcrServer} on
 * 127.0.0.1 until Ctrl-C, so that {@code docstruct ocr}, the library's clients or any CLOVA or NHN Cloud OCR
 * client can be pointed at it instead of the real API.
 *
 * <pre>{@code
 * java -jar docstruct.jar serve --port 8090 --responses recordings/
 * # in another terminal:
 * CLOVA_OCR_URL_RECEIPT=http://127.0.0.1:8090/document/receipt CLOVA_OCR_SECRET_RECEIPT=any \
 *     java -jar docstruct.jar ocr receipt-01.jpg --type receipt
 * }</pre>
 *
 * <p>A shutdown hook closes the server on Ctrl-C (the port is free when the JVM exits). The secret is taken
 * from {@code --secret} or {@code CLOVA_OCR_SECRET} and never printed; without either, any non-empty secret
 * is accepted. It is CLOVA's {@code X-OCR-SECRET} and NHN's token or secret key alike.
 *
 * <p>The server sets no JVM-wide option; this command owns its JVM and has nothing to set either.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    versionProvider = VersionProvider.class,
    header = "Run a local CLOVA and NHN Cloud OCR-compatible server on 127.0.0.1 until Ctrl-C.",
    description =
        "Answers General, Template and Document OCR requests like CLOVA OCR does, and General OCR"
            + " requests (general, general/cropping) like NHN Cloud OCR does, from recorded"
            + " responses: DIR/<sha256 of the image>.json, the hash's entry in DIR/index.json, or"
            + " DIR/<file name>.json (receipt-01.jpg is answered by receipt-01.json, whether it is the"
            + " multipart file name or the image name in the message). An image without a recording is"
            + " answered with a failure (CLOVA: an image FAILURE, NHN: 4000002) whose message, like the"
            + " X-DocStruct-Recording header, says what was looked up; with --synthesize-unknown-images"
            + " it gets empty pages instead. Requests must carry the X-OCR-SECRET given with --secret or"
            + " CLOVA_OCR_SECRET (for NHN: as the token or secret key); when neither is set, any non-empty"
            + " secret is accepted. Errors are the documented ones (CLOVA 0002 wrong secret, 0011 bad body,"
            + " 0021 bad version; NHN 4000005, 4000001…).",
    footer = {
      "",
      "Examples:",
      "  docstruct serve --responses recordings/",
      "  docstruct serve --port 0 --secret test-secret",
      "  docstruct serve --synthesize-unknown-images          # load tests: any image gets an answer",
      "  docstruct serve --engine tesseract                   # real OCR, offline, for unrecorded images"
    })
final class ServeCommand implements Callable<Integer> {
  /** The port when none is given. */
  static final int DEFAULT_PORT = 8090;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_PORT,
      description = "The port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port = DEFAULT_PORT;

  @Option(
      names = "--responses",
      paramLabel = "DIR",
      description = "A directory of recorded responses; repeat to search several, in order.")
  List<Path> responses = new ArrayList<>();

  @Option(
      names = "--secret",
      paramLabel = "S",
      description =
          "The X-OCR-SECRET requests must carry. Default: CLOVA_OCR_SECRET; if that is unset too,"
              + " any non-empty secret.")
  @Nullable String secret;

  @Option(
      names = "--synthesize-unknown-images",
      description =
          "Answer an image without a recording with empty pages (CLOVA General OCR: one per page of"
              + " the file; NHN: no texts) instead of a failure.")
  boolean synthesizeUnknownImages;

  /** What reads a CLOVA image without a recording, besides the failure or the empty pages. */
  enum Engine {
    /** Nothing: a failure, or empty pages with --synthesize-unknown-images. */
    NONE,
    /** Tesseract on this machine: real OCR in CLOVA General V2's shape. */
    TESSERACT
  }

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "none",
      description =
          "tesseract: read CLOVA General OCR images without a recording with Tesseract on this machine and"
              + " answer in CLOVA's format (real OCR, offline); none (default): answer them as above.")
  Engine engine = Engine.NONE;

  @ParentCommand DocStructCommand parent;

  @Spec CommandSpec spec;

  /** Counted down by {@link #stop()}, or by the shutdown hook on Ctrl-C. */
  private final CountDownLatch stopRequested = new CountDownLatch(1);

  /** Counted down once the server has started and its addresses are printed, or the command has failed. */
  private final CountDownLatch ready = new CountDownLatch(1);

  /** Counted down when {@link #call()} ends, so that the shutdown hook lets it finish its output. */
  private final CountDownLatch finished = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    try {
      return serve();
    } finally {
      ready.countDown();
      finished.countDown();
    }
  }

  private int serve() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65_535) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, "--port must be within 0..65535, got " + port);
    }
    LocalOcrServer.Builder builder =
        LocalOcrServer.builder().port(port).synthesizeUnknownImages(synthesizeUnknownImages);
    for (Path dir : responses) {
      if (!Files.isDirectory(dir)) {
        throw new CommandFailedException(
            ExitStatus.UNUSABLE_INPUT,
            dir + (Files.exists(dir) ? ": not a directory" : ": no such directory"));
      }
      builder.responses(dir);
    }
    String secretSource = secretSource(builder);
    TesseractOcrEngine tesseract = engine == Engine.TESSERACT ? Provider.tesseract() : null;
    if (tesseract != null) {
      builder.recognizeUnknownImagesWith(tesseract);
    }
    try {
      return serve(out, builder, secretSource, tesseract);
    } finally {
      if (tesseract != null) {
        tesseract.close();
      }
    }
  }

  private int serve(
      PrintWriter out, LocalOcrServer.Builder builder, String secretSource, @Nullable TesseractOcrEngine tesseract)
      throws InterruptedException {
    LocalOcrServer server = builder.start();
    Thread hook = new Thread(() -> stop(server), "docstruct-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      printBanner(out, server, secretSource, tesseract);
      ready.countDown();
      stopRequested.await();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook is running or has run, and closes the server itself.
      }
    }
    out.println("Stopped.");
    out.flush();
    return ExitStatus.SUCCESS.code();
  }

  /** Sets the secret on the builder, if one was given, and says where it came from. */
  private String secretSource(LocalOcrServer.Builder builder) {
    if (secret != null) {
      if (secret.isBlank()) {
        throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "--secret must not be blank");
      }
      builder.secret(secret);
      return "requests must carry the --secret value as X-OCR-SECRET (NHN: as the token or secret key)";
    }
    String fromEnvironment = parent.environment().get(ClovaConfiguration.SECRET_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      builder.secret(fromEnvironment.strip());
      return "requests must carry "
          + ClovaConfiguration.SECRET_VARIABLE
          + "'s value as X-OCR-SECRET (NHN: as the token or secret key)";
    }
    return "any non-empty X-OCR-SECRET, NHN token or secret key is accepted (neither --secret nor "
        + ClovaConfiguration.SECRET_VARIABLE
        + " is set)";
  }

  private void printBanner(
      PrintWriter out, LocalOcrServer server, String secretSource, @Nullable TesseractOcrEngine tesseract) {
    String types =
        Arrays.stream(DocumentType.values()).map(DocumentType::path).collect(Collectors.joining(", "));
    out.println("Local OCR server at " + server.baseUrl() + " (CLOVA and NHN Cloud)");
    out.println("  General OCR:  " + server.invokeUrl("general"));
    out.println("  Template OCR: " + server.invokeUrl("infer"));
    out.println("  Document OCR: " + server.baseUrl() + "document/TYPE (TYPE: " + types + ")");
    out.println(
        "  NHN Cloud:    " + server.baseUrl() + " is the service root (" + NhnService.URL_VARIABLE
            + "); any app key; general and general/cropping");
    out.println("  Secret:       " + secretSource);
    if (responses.isEmpty()) {
      out.println("  Responses:    none recorded");
    } else {
      for (int i = 0; i < responses.size(); i++) {
        out.println(
            (i == 0 ? "  Responses:    " : "                ")
                + responses.get(i)
                + " (by image SHA-256, index.json, file name or image name)");
      }
    }
    out.println(
        "  Unrecorded:   "
            + (tesseract != null
                ? "General OCR images are read by tesseract " + tesseract.installation().version() + " ("
                    + String.join("+", tesseract.languages()) + ") on this machine and answered in CLOVA's"
                    + " format; other models "
                    + (synthesizeUnknownImages ? "as below" : "an image FAILURE") + "\n                "
                : "")
            + (synthesizeUnknownImages
                ? "General OCR answers empty pages, NHN no texts; Template and Document OCR an image"
                    + " FAILURE"
                : "a failure saying what was looked up (--synthesize-unknown-images: empty pages)"));
    out.println(
        "Point CLOVA_OCR_URL at it, e.g. CLOVA_OCR_URL="
            + server.invokeUrl("general")
            + " docstruct ocr IMAGE --type general");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  /** The shutdown hook: closes the server, then gives {@link #call()} a moment to say so before the JVM halts. */
  private void stop(LocalOcrServer server) {
    server.close();
    stopRequested.countDown();
    try {
      finished.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends {@link #call()} as Ctrl-C would: the server is closed and the command returns 0. */
  void stop() {
    stopRequested.countDown();
  }

  /**
   * Waits until the server is serving (its addresses printed) or the command has failed.
   *
   * @return {@code false} if neither happened within the timeout
   */
  boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
    return ready.await(timeout, unit);
  }
}
