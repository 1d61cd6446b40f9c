package io.docstruct.testing.server;

import io.docstruct.clova.client.ClovaDomain;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.ocr.OcrEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that answers like CLOVA OCR and NHN Cloud OCR, for integration tests and demos. It binds
 * to 127.0.0.1 only.
 *
 * <ul>
 *   <li><b>CLOVA OCR</b>: General ({@code …/general}, V1 and V2), Template ({@code …/infer}) and the seven
 *       Document OCR endpoints ({@code …/document/receipt}, {@code credit-card}, {@code name-card}, {@code
 *       biz-license}, {@code id-card}, {@code medical-receipt}, {@code passport}) under any path prefix, with
 *       JSON or {@code multipart/form-data} bodies: {@link #invokeUrl(String)} gives each domain's URL.
 *   <li><b>NHN Cloud OCR</b>: {@code …/{version}/appkeys/{appKey}/general} and {@code …/general/cropping}, with
 *       the multipart part {@code image} or {@code {"imageUrl": …}}, in NHN's envelope and always HTTP 200:
 *       {@link #baseUrl()} is the service root to give {@code NhnOcrClient}, any app key is accepted.
 * </ul>
 *
 * <pre>{@code
 * try (LocalOcrServer server = LocalOcrServer.builder()
 *         .responses(Path.of("src/test/resources/recordings"))   // receipt-01.json answers receipt-01.jpg
 *         .secret("test-secret")
 *         .start();
 *      ClovaOcrClient receipts = ClovaOcrClient.builder()
 *         .invokeUrl(server.invokeUrl("receipt"))                  // http://127.0.0.1:PORT/document/receipt
 *         .secret("test-secret")
 *         .build();
 *      NhnOcrClient nhn = NhnOcrClient.builder()
 *         .baseUrl(server.baseUrl()).appKey("any").userAccessToken("test-secret")
 *         .build()) {
 *   ClovaResponse receipt = receipts.document(DocumentType.RECEIPT, ImageSource.of(Path.of("receipt-01.jpg")));
 *   NhnResponse statement = nhn.general(ImageSource.of(Path.of("statement.png")));
 * }
 * }</pre>
 *
 * <p><b>Answers.</b> A recorded response is looked up by the image's SHA-256 ({@code <sha256-hex>.json}, or
 * that hash's entry in an {@code index.json} of {@code {"<sha256-hex>": "file.json"}}), then by the multipart
 * part's file name, then by an image URL's last path segment, then (CLOVA) by {@code images[0].name}; a name
 * is tried as sent and without its image extension ({@code receipt-01.jpg.json}, {@code receipt-01.json}).
 * What identifies the image comes before the label a request gives it: CLOVA's own Java sample sends {@code
 * "name": "demo"} for every file. Directories and classpath prefixes are searched in the order they were
 * added. A CLOVA recording is replayed with the request's {@code requestId}, {@code timestamp} and image name;
 * an NHN recording byte for byte. The response header {@value #RECORDING_HEADER} names the file and how it was
 * found.
 *
 * <p><b>No recording</b> is never a plausible empty result: CLOVA answers 200 with one image whose {@code
 * inferResult} is {@code FAILURE} and whose message lists what was tried ({@code no recorded response for this
 * image; tried sha256 …, file name "receipt-01.jpg", image name "demo"}), NHN answers {@code 4000002} with the
 * same message, {@value #RECORDING_HEADER} says {@code none; tried …}, and a warning is logged. With {@link
 * Builder#synthesizeUnknownImages(boolean)}, CLOVA General OCR answers one {@code SUCCESS} page per page of the
 * file with no text, and NHN a successful envelope with no texts, instead. With {@link
 * Builder#recognizeUnknownImagesWith(io.docstruct.ocr.OcrEngine)}, an OCR engine (DocStruct's Tesseract engine)
 * reads them and its answer is sent: real OCR, offline.
 *
 * <p><b>CLOVA errors</b>, checked in this order, with the documented body {@code {code, message, path,
 * traceId, timestamp}}: missing or wrong {@code X-OCR-SECRET} → 401 {@code 0002}; unknown path or a method
 * other than POST → 404 {@code 0001}; unreadable body, no image, more than one image, no {@code
 * url}/{@code data}/file part, an image over the endpoint's size or page limit ({@link
 * io.docstruct.clova.client.ClovaLimits}, the client's own checks: 50 MB, Template images 20 MB; General 10
 * pages, Template 5, Document 1) → 400 {@code 0011}; {@code version} absent or not V1/V2 (Document OCR: not
 * V2) → 400 {@code 0021}. Messages are the documented ones, followed by a detail for {@code 0011} and {@code
 * 0021}. <b>NHN errors</b>, always with HTTP 200 and {@code "isSuccessful": false}, in this order: {@code
 * 4000005} for a missing or wrong credential (NHN documents no code for a wrong one), {@code 4000001} for a
 * method other than POST or a body without an {@code image} part or {@code imageUrl}, {@code 4131000} for an
 * image over 5 MB ({@code NhnOcrClient.MAX_IMAGE_BYTES}), {@code 4000004} for an empty one, {@code 4000003}
 * for one that is neither JPEG nor PNG.
 *
 * <p><b>Pages</b> are counted from the bytes: JPEG/PNG one page (sized from the file header); TIFF one per IFD;
 * PDF one per {@code /Type /Page} object found in the raw bytes, so pages inside compressed object streams are
 * not seen (such a PDF counts as one page) and incremental updates may count a page twice. PDF pages are
 * reported as 1240×1754.
 *
 * <p><b>Faults</b> come from a {@link FaultPlan}; every request takes one fault (usually {@link Fault#none()})
 * before anything else is checked, and {@link #faultsInjected()} lists them in arrival order. {@link
 * #useFaults(FaultPlan)} changes the plan of a running server.
 *
 * <p><b>HTTP.</b> The server speaks HTTP/1.1 over plain sockets and writes each answer in one write on a socket
 * with {@code TCP_NODELAY}, so no answer waits for a delayed ACK; it sets no system property and changes
 * nothing outside its own sockets. Each request is logged through SLF4J at debug level as method, path,
 * status, duration and fault; headers (the secret) and bodies (image data) are never logged. Large uploads are
 * spilled to temporary files that are deleted when the request ends.
 */
public final class LocalOcrServer implements AutoCloseable {
  /** The response header that names the recording that answered, or what was tried when none did. */
  public static final String RECORDING_HEADER = Answer.RECORDING_HEADER;

  /** Thread name prefix of every server's threads. */
  static final String THREAD_PREFIX = "docstruct-ocr-server-";

  private static final Logger LOG = LoggerFactory.getLogger(LocalOcrServer.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final String JSON = "application/json; charset=UTF-8";

  /** A fault plan and the position in it, replaced together. */
  private record Faults(FaultPlan plan, FaultSchedule schedule) {
    Faults(FaultPlan plan) {
      this(plan, new FaultSchedule(plan));
    }
  }

  private final LoopbackHttpServer http;
  private final String baseUrl;
  private final ClovaResponder clova;
  private final NhnResponder nhn;
  private volatile Faults faults;

  private LocalOcrServer(Builder b) {
    this.faults = new Faults(b.plan);
    SharedSecret secret = new SharedSecret(b.secret);
    RecordedResponses responses = new RecordedResponses(b.sources);
    String threadPrefix = THREAD_PREFIX + INSTANCES.incrementAndGet() + "-";
    try {
      this.http = new LoopbackHttpServer(b.port, b.threads, threadPrefix, this::handle);
    } catch (IOException e) {
      throw new LocalOcrServerException("cannot bind 127.0.0.1:" + b.port + ": " + e.getMessage(), e);
    }
    this.baseUrl = "http://127.0.0.1:" + http.port() + "/";
    this.clova = new ClovaResponder(baseUrl, secret, responses, b.synthesizeUnknownImages, b.engine);
    this.nhn = new NhnResponder(secret, responses, b.synthesizeUnknownImages);
  }

  /** A builder with the defaults: ephemeral port, any non-empty secret, no recordings, no faults, 4 threads. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on. */
  public int port() {
    return http.port();
  }

  /** {@code http://127.0.0.1:PORT/}: the service root for {@code NhnOcrClient.Builder.baseUrl}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The CLOVA invoke URL of an endpoint: a label ({@code "general"}, {@code "template"}, or a Document model
   * such as {@code "receipt"}, see {@link ClovaEndpoint#fromLabel}), or any path ending as an invoke URL does
   * ({@code "infer"}, {@code "document/receipt"}, {@code "custom/v1/123/abc/general"}).
   *
   * @throws IllegalArgumentException if {@code endpoint} names none of them
   */
  public String invokeUrl(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    String path = endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
    try {
      return invokeUrl(ClovaEndpoint.fromLabel(path));
    } catch (IllegalArgumentException notALabel) {
      try {
        return ClovaDomain.of(baseUrl + path).invokeUrl();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "endpoint must be one of " + ClovaEndpoint.labels() + ", or a path ending in /general, /infer or"
                + " /document/<model>: " + endpoint,
            e);
      }
    }
  }

  /** The CLOVA invoke URL of {@code endpoint}: {@code http://127.0.0.1:PORT/document/receipt} for {@code RECEIPT}. */
  public String invokeUrl(ClovaEndpoint endpoint) {
    return baseUrl + endpoint.path();
  }

  /** How many requests arrived since the start or the last {@link #useFaults(FaultPlan)}, however answered. */
  public int requestCount() {
    return faults.schedule().count();
  }

  /**
   * The fault each request got since the start or the last {@link #useFaults(FaultPlan)}, in arrival order
   * ({@link Fault#none()} for undisturbed ones).
   */
  public List<Fault> faultsInjected() {
    return faults.schedule().handedOut();
  }

  /** The fault plan this server runs. */
  public FaultPlan faultPlan() {
    return faults.plan();
  }

  /**
   * Runs {@code plan} from the next request on, from its start: its script applies to the requests that arrive
   * after this call, and {@link #requestCount()} and {@link #faultsInjected()} count from here.
   */
  public void useFaults(FaultPlan plan) {
    this.faults = new Faults(Objects.requireNonNull(plan, "plan == null"));
  }

  /**
   * Stops accepting requests, closes open connections, interrupts requests still being answered and waits for
   * the server's threads to end. The port is free when this returns. Idempotent.
   */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "LocalOcrServer[" + baseUrl + "]";
  }

  /** One access-log line. Takes no headers or body on purpose: nothing secret can reach the log. */
  static String accessLine(String method, String path, int status, Duration elapsed, Fault fault) {
    String outcome = status == 0 ? "dropped" : Integer.toString(status);
    String line = method + " " + path + " -> " + outcome + " in " + elapsed.toMillis() + " ms";
    return fault.kind() == Fault.Kind.NONE ? line : line + " (fault " + fault + ")";
  }

  private LoopbackHttpServer.@Nullable Reply handle(LoopbackHttpServer.Request request)
      throws InterruptedException {
    long started = System.nanoTime();
    Faults current = faults;
    Fault fault = current.schedule().next();
    String method = request.method();
    String path = request.rawPath();
    Responder responder = NhnResponder.operationOf(path).isPresent() ? nhn : clova;
    int status = 0;
    try {
      pause(current.plan().latency().plus(fault.delay()));
      long now = System.currentTimeMillis();
      Answer answer =
          switch (fault.kind()) {
            case DROP_CONNECTION -> null;
            case SERVER_ERROR, OCR_ERROR, RATE_LIMIT, QUOTA -> responder.fault(fault.kind(), path, now);
            case MALFORMED_BODY -> responder.answer(request, now).truncated();
            case NONE, DELAY -> responder.answer(request, now);
          };
      if (answer == null) {
        return null; // drops the connection
      }
      status = answer.status();
      return new LoopbackHttpServer.Reply(answer.status(), JSON, answer.headers(), answer.body());
    } catch (IOException e) {
      LOG.debug("{} {}: connection failed: {}", method, path, e.toString());
      return null;
    } catch (RuntimeException e) {
      LOG.warn("{} {}: unexpected failure", method, path, e);
      Answer answer = responder.unexpectedFailure(path, System.currentTimeMillis());
      status = answer.status();
      return new LoopbackHttpServer.Reply(answer.status(), JSON, answer.headers(), answer.body());
    } finally {
      if (LOG.isDebugEnabled()) {
        LOG.debug(accessLine(method, path, status, Duration.ofNanos(System.nanoTime() - started), fault));
      }
    }
  }

  private static void pause(Duration d) throws InterruptedException {
    if (!d.isZero()) {
      TimeUnit.NANOSECONDS.sleep(d.toNanos());
    }
  }

  /**
   * Configures and starts a {@link LocalOcrServer}. Each setter checks its argument and names it in the
   * message.
   *
   * <pre>{@code
   * LocalOcrServer server = LocalOcrServer.builder()
   *     .port(0)                                            // ephemeral (the default)
   *     .secret("test-secret")
   *     .responsesFromClasspath(getClass().getClassLoader(), "recordings")
   *     .faults(FaultPlan.script(Fault.rateLimit()))
   *     .start();
   * }</pre>
   */
  public static final class Builder {
    private int port;
    private @Nullable String secret;
    private final List<RecordedResponses.Source> sources = new ArrayList<>();
    private FaultPlan plan = FaultPlan.none();
    private int threads = 4;
    private boolean synthesizeUnknownImages;
    private @Nullable OcrEngine engine;

    private Builder() {}

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @throws IllegalArgumentException if {@code port} is outside 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be within 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The secret requests must carry: CLOVA's {@code X-OCR-SECRET}, and NHN's User Access Key token ({@code
     * X-NHN-Authorization: Bearer <token>}) or secret key ({@code Authorization}). When never set, any
     * non-empty value is accepted.
     *
     * @throws IllegalArgumentException if {@code secret} is empty or blank
     */
    public Builder secret(String secret) {
      Objects.requireNonNull(secret, "secret == null");
      if (secret.isBlank()) {
        throw new IllegalArgumentException("secret must not be blank");
      }
      this.secret = secret;
      return this;
    }

    /**
     * Adds a directory of recorded responses ({@code <sha256-hex>.json}, {@code index.json}, {@code <name>.json}),
     * CLOVA and NHN ones alike; images may sit beside them.
     *
     * @throws IllegalArgumentException if {@code dir} is not a directory
     */
    public Builder responses(Path dir) {
      Objects.requireNonNull(dir, "dir == null");
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("dir is not a directory: " + dir);
      }
      sources.add(RecordedResponses.directory(dir));
      return this;
    }

    /**
     * Adds recorded responses on the classpath under {@code prefix} (e.g. {@code "recordings"}, for {@code
     * src/test/resources/recordings}), read with the calling thread's context class loader, or this class's
     * when there is none.
     */
    public Builder responsesFromClasspath(String prefix) {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return responsesFromClasspath(context != null ? context : LocalOcrServer.class.getClassLoader(), prefix);
    }

    /**
     * Adds recorded responses on the classpath of {@code loader} under {@code prefix}
     * (e.g. {@code "fixtures/clova"}; leading and trailing slashes are ignored).
     */
    public Builder responsesFromClasspath(ClassLoader loader, String prefix) {
      Objects.requireNonNull(loader, "loader == null");
      Objects.requireNonNull(prefix, "prefix == null");
      String p = prefix.strip();
      while (p.startsWith("/")) {
        p = p.substring(1);
      }
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      sources.add(RecordedResponses.classpath(loader, p));
      return this;
    }

    /**
     * Adds the {@link SampleResponse} recordings that come with this artifact: each sample image is then
     * answered with its recording, CLOVA and NHN alike.
     */
    public Builder sampleResponses() {
      return responsesFromClasspath(SampleResponse.class.getClassLoader(), SampleResponse.RESOURCE_PREFIX);
    }

    /**
     * Whether an image without a recording gets a synthesised answer: CLOVA General OCR one {@code SUCCESS}
     * page per page of the file, sized from it, with no text; NHN a successful envelope with no texts. Off by
     * default: such an image is answered with a failure whose message names what was looked up (a CLOVA image
     * {@code FAILURE}, NHN {@code 4000002}), so that a missing recording cannot pass for a page without text.
     * Turn it on for load tests and for code that only needs an answer of the right shape. CLOVA Template and
     * Document OCR answer the FAILURE either way: there is nothing to synthesise them from.
     */
    public Builder synthesizeUnknownImages(boolean synthesize) {
      this.synthesizeUnknownImages = synthesize;
      return this;
    }

    /**
     * Reads CLOVA images without a recording with a real OCR engine instead of answering a failure: the
     * local server then answers an app written against CLOVA with real OCR, offline (with DocStruct's
     * Tesseract engine, {@code docstruct serve --engine tesseract}). The engine's answer goes back with the
     * request's id, timestamp and image name, as a recording would; the header {@value #RECORDING_HEADER}
     * says {@code read by the OCR engine}. Only the models the engine {@linkplain OcrEngine#serves serves}
     * are read (Tesseract: General OCR); other endpoints, image URLs and NHN Cloud requests are answered as
     * without it. An image the engine refuses is an image FAILURE with the engine's reason. The server does
     * not close the engine.
     *
     * <pre>{@code
     * try (OcrEngine tesseract = TesseractOcrEngine.create();
     *      LocalOcrServer server = LocalOcrServer.builder().recognizeUnknownImagesWith(tesseract).start()) { … }
     * }</pre>
     */
    public Builder recognizeUnknownImagesWith(OcrEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine == null");
      return this;
    }

    /** The faults to inject; {@link FaultPlan#none()} by default. */
    public Builder faults(FaultPlan plan) {
      this.plan = Objects.requireNonNull(plan, "plan == null");
      return this;
    }

    /**
     * How many requests are answered at once (default 4); more wait for their turn. Delayed requests hold their
     * turn while they wait.
     *
     * @throws IllegalArgumentException if {@code threads} is outside 1..256
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be within 1..256: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Binds 127.0.0.1 and starts serving.
     *
     * @throws LocalOcrServerException if the port cannot be bound
     */
    public LocalOcrServer start() {
      return new LocalOcrServer(this);
    }

    @Override
    public String toString() {
      // Never shows the secret.
      return "LocalOcrServer.Builder[port=" + port + ", secret=" + (secret == null ? "any" : "set") + ", sources="
          + sources.size() + ", faults=" + plan + ", threads=" + threads + ", synthesizeUnknownImages="
          + synthesizeUnknownImages + (engine == null ? "" : ", unknownImagesReadBy=" + engine) + "]";
    }
  }
}
