package io.docstruct.testing.server;

import io.docstruct.client.ImageFormat;
import io.docstruct.clova.client.ClovaDomain;
import io.docstruct.clova.client.ClovaEndpoint;
import io.docstruct.clova.client.ClovaLimits;
import io.docstruct.privacy.Masking;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that answers like CLOVA OCR: General ({@code …/general}, V1 and V2), Template
 * ({@code …/infer}) and the seven Document OCR endpoints ({@code …/document/receipt}, {@code credit-card},
 * {@code name-card}, {@code biz-license}, {@code id-card}, {@code medical-receipt}, {@code passport}), under any
 * path prefix, with JSON or {@code multipart/form-data} bodies. It binds to 127.0.0.1 only.
 *
 * <p>Use it in your integration tests in place of the real invoke URL:
 *
 * <pre>{@code
 * try (LocalClovaServer clova = LocalClovaServer.builder()
 *     .responses(Path.of("src/test/resources/clova"))   // receipt-01.json answers an image named "receipt-01"
 *     .secret("test-secret")
 *     .start()) {
 *   String invokeUrl = clova.invokeUrl("general");      // http://127.0.0.1:PORT/general
 *   // configure your CLOVA client with invokeUrl and X-OCR-SECRET "test-secret", then call it as usual
 * }
 * }</pre>
 *
 * <p><b>Answers.</b> A recorded response is looked up first by the SHA-256 of the image bytes
 * ({@code <sha256-hex>.json}, or that hash's entry in an {@code index.json} of {@code {"<sha256-hex>":
 * "file.json"}}), then by name ({@code <name>.json}, where the name is {@code images[0].name}, with or without
 * an image extension; for a JSON request with only a {@code url}, the URL's last path segment without
 * extension is tried first). Directories and classpath prefixes are searched in the order they were added. The
 * replayed answer carries the request's {@code requestId}, {@code timestamp} and image name. Without a
 * recording, General OCR answers a synthesised result with one {@code SUCCESS} image per page and no fields
 * (pages counted from the file, see below), and Document and Template OCR answer 200 with one image whose
 * {@code inferResult} is {@code FAILURE} and whose message is {@code "no recorded response for <name>"}.
 *
 * <p><b>Errors</b>, checked in this order, with the documented body {@code {code, message, path, traceId,
 * timestamp}}: missing or wrong {@code X-OCR-SECRET} → 401 {@code 0002}; unknown path or a method other than
 * POST → 404 {@code 0001}; unreadable body, no image, more than one image, no {@code url}/{@code data}/file
 * part, an image over the endpoint's size or page limit ({@link ClovaLimits}, the client's own checks: 50 MB,
 * Template images 20 MB; General 10 pages, Template 5, Document 1) → 400 {@code 0011};
 * {@code version} absent or not V1/V2 (Document OCR: not V2) → 400 {@code 0021}. Messages are the documented
 * ones, followed by a detail for {@code 0011} and {@code 0021}.
 *
 * <p><b>Pages</b> are counted from the bytes: JPEG/PNG one page (sized from the file header); TIFF one per IFD;
 * PDF one per {@code /Type /Page} object found in the raw bytes, so pages inside compressed object streams are
 * not seen (such a PDF counts as one page) and incremental updates may count a page twice. PDF pages are
 * reported as 1240×1754.
 *
 * <p><b>Faults</b> come from a {@link FaultPlan}; every request takes one fault (usually {@link Fault#none()})
 * before anything else is checked, and {@link #faultsInjected()} lists them in arrival order.
 *
 * <p>Each request is logged through SLF4J at debug level as method, path, status, duration and fault; headers
 * (the secret) and bodies (image data) are never logged. Large uploads are spilled to temporary files that are
 * deleted when the request ends.
 */
public final class LocalClovaServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalClovaServer.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final String SECRET_HEADER = "X-OCR-SECRET";
  private static final String JSON = "application/json; charset=UTF-8";
  /** The response header that names the recording that answered, or what was tried when none did. */
  public static final String RECORDING_HEADER = "X-DocStruct-Recording";
  /** Thread name prefix of every server's threads. */
  static final String THREAD_PREFIX = "docstruct-clova-server-";

  private final LoopbackHttpServer http;
  private final byte @Nullable [] secret;
  private final RecordedResponses responses;
  private final FaultPlan plan;
  private final FaultSchedule schedule;
  private final boolean synthesizeUnknownImages;
  private final String baseUrl;

  private LocalClovaServer(Builder b) {
    this.secret = b.secret == null ? null : b.secret.getBytes(StandardCharsets.UTF_8);
    this.responses = new RecordedResponses(b.sources);
    this.plan = b.plan;
    this.schedule = new FaultSchedule(b.plan);
    this.synthesizeUnknownImages = b.synthesizeUnknownImages;
    String threadPrefix = THREAD_PREFIX + INSTANCES.incrementAndGet() + "-";
    try {
      this.http = new LoopbackHttpServer(b.port, b.threads, threadPrefix, this::handle);
    } catch (IOException e) {
      throw new LocalClovaServerException("cannot bind 127.0.0.1:" + b.port + ": " + e.getMessage(), e);
    }
    this.baseUrl = "http://127.0.0.1:" + http.port() + "/";
  }

  /** A builder with the defaults: ephemeral port, any non-empty secret, no recordings, no faults, 4 threads. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on. */
  public int port() {
    return http.port();
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The invoke URL of an endpoint: a label ({@code "general"}, {@code "template"}, or a Document model such as
   * {@code "receipt"}, see {@link ClovaEndpoint#fromLabel}), or any path ending as an invoke URL does
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

  /** The invoke URL of {@code endpoint}: {@code http://127.0.0.1:PORT/document/receipt} for {@code RECEIPT}. */
  public String invokeUrl(ClovaEndpoint endpoint) {
    return baseUrl + endpoint.path();
  }

  /** How many requests arrived so far, whatever they were answered. */
  public int requestCount() {
    return schedule.count();
  }

  /** The fault each request got, in arrival order ({@link Fault#none()} for undisturbed ones). */
  public List<Fault> faultsInjected() {
    return schedule.handedOut();
  }

  /** The fault plan this server runs. */
  public FaultPlan faultPlan() {
    return plan;
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
    return "LocalClovaServer[" + baseUrl + "]";
  }

  /** One access-log line. Takes no headers or body on purpose: nothing secret can reach the log. */
  static String accessLine(String method, String path, int status, Duration elapsed, Fault fault) {
    String outcome = status == 0 ? "dropped" : Integer.toString(status);
    String line = method + " " + path + " -> " + outcome + " in " + elapsed.toMillis() + " ms";
    return fault.kind() == Fault.Kind.NONE ? line : line + " (fault " + fault + ")";
  }

  /** A status, a JSON body and further header fields. */
  private record Answer(int status, byte[] body, List<Map.Entry<String, String>> headers) {
    Answer(int status, byte[] body) {
      this(status, body, List.of());
    }
  }

  private LoopbackHttpServer.@Nullable Reply handle(LoopbackHttpServer.Request request)
      throws InterruptedException {
    long started = System.nanoTime();
    Fault fault = schedule.next();
    String method = request.method();
    String path = request.rawPath();
    int status = 0;
    try {
      pause(plan.latency().plus(fault.delay()));
      long now = System.currentTimeMillis();
      Answer answer =
          switch (fault.kind()) {
            case DROP_CONNECTION -> null;
            case SERVER_ERROR -> fail(ErrorCode.UNKNOWN_SERVICE_ERROR, path, now);
            case OCR_ERROR -> fail(ErrorCode.OCR_SERVICE_ERROR, path, now);
            case RATE_LIMIT -> fail(ErrorCode.RATE_LIMITED, path, now);
            case QUOTA -> fail(ErrorCode.QUOTA_REACHED, path, now);
            case MALFORMED_BODY -> {
              Answer whole = answer(request, now);
              yield new Answer(200, Answers.truncate(whole.body()), whole.headers());
            }
            case NONE, DELAY -> answer(request, now);
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
      ErrorCode code = ErrorCode.UNKNOWN_SERVICE_ERROR;
      status = code.status();
      return new LoopbackHttpServer.Reply(
          status, JSON, List.of(), Answers.error(code, code.message(), path, System.currentTimeMillis()));
    } finally {
      if (LOG.isDebugEnabled()) {
        LOG.debug(accessLine(method, path, status, Duration.ofNanos(System.nanoTime() - started), fault));
      }
    }
  }

  private Answer answer(LoopbackHttpServer.Request request, long now) throws IOException {
    String path = request.rawPath();
    if (!secretAccepted(request.header(SECRET_HEADER))) {
      return fail(ErrorCode.SECRET_INVALID, path, now);
    }
    Optional<ClovaEndpoint> endpoint = endpointOf(path);
    if (endpoint.isEmpty() || !request.method().equals("POST")) {
      return fail(ErrorCode.URL_INVALID, path, now);
    }
    try (OcrRequest ocr = RequestParser.parse(request.header("Content-Type"), request.body())) {
      return answer(endpoint.get(), ocr, path, now);
    } catch (RequestRejected e) {
      return new Answer(e.error().status(), Answers.error(e.error(), e.getMessage(), path, now));
    }
  }

  /** What the request path serves, read as a client reads an invoke URL; empty for any other path. */
  private Optional<ClovaEndpoint> endpointOf(String rawPath) {
    try {
      return Optional.of(ClovaDomain.of(baseUrl + rawPath.substring(1)).endpoint());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Answer answer(ClovaEndpoint endpoint, OcrRequest request, String path, long now) throws RequestRejected {
    String version = request.version();
    boolean document = endpoint.documentType().isPresent();
    if (!"V2".equals(version) && !("V1".equals(version) && !document)) {
      throw new RequestRejected(
          ErrorCode.VERSION_UNSUPPORTED,
          (document ? "Document OCR supports V2 only" : "version must be V1 or V2")
              + ", got " + (version == null ? "none" : "\"" + version + "\"") + ".");
    }
    if (request.imageCount() != 1) {
      throw new RequestRejected(
          ErrorCode.BODY_INVALID, "images must hold exactly one image, got " + request.imageCount() + ".");
    }
    Payload payload = request.payload();
    String url = request.url();
    if (payload == null && (url == null || url.isBlank())) {
      throw new RequestRejected(ErrorCode.BODY_INVALID, "images[0] needs url, data or a file part.");
    }
    ImageFormat declared = ImageFormat.fromName(Objects.requireNonNullElse(request.format(), ""));
    ImageInspector.Facts facts;
    try {
      facts =
          payload == null
              ? new ImageInspector.Facts(declared, List.of(PageSize.DEFAULT))
              : ImageInspector.inspect(payload, declared);
    } catch (IOException e) {
      return serverFault("cannot read the uploaded image: " + e.getMessage(), path, now);
    }
    if (payload != null && payload.size() > ClovaLimits.maxBytes(endpoint, facts.format())) {
      throw new RequestRejected(ErrorCode.BODY_INVALID, sizeLimitMessage(endpoint, facts, payload.size()));
    }
    if (facts.pageCount() > ClovaLimits.maxPagesPerCall(endpoint)) {
      throw new RequestRejected(ErrorCode.BODY_INVALID, pageLimitMessage(endpoint, facts));
    }
    RecordedResponses.Lookup lookup;
    try {
      lookup = responses.find(RecordedResponses.keysOf(request));
      Optional<RecordedResponses.Match> match = lookup.match();
      if (match.isPresent()) {
        RecordedResponses.Match m = match.get();
        if (LOG.isDebugEnabled()) {
          LOG.debug("{}: answering {} (matched by {})", path, Masking.numbersIn(m.file()), m.key().by().label());
        }
        byte[] body = Answers.replay(m.json(), m.file(), request, now);
        return new Answer(200, body, recordingHeader(m.key().by().label() + " " + m.file()));
      }
    } catch (IOException e) {
      return serverFault(e.getMessage(), path, now);
    }
    String tried = lookup.triedText();
    if (endpoint == ClovaEndpoint.GENERAL && synthesizeUnknownImages) {
      LOG.info(
          "{}: no recorded response for this image; tried {} ({}); answering a synthesised empty page",
          path, lookup.triedTextMasked(), responses.describeSources());
      return new Answer(
          200,
          Answers.syntheticGeneral(request, facts.pages(), version, now),
          recordingHeader("none (synthesised); tried " + tried));
    }
    LOG.warn(
        "{}: no recorded response for this image; tried {} ({}); answering an image FAILURE",
        path, lookup.triedTextMasked(), responses.describeSources());
    return new Answer(
        200,
        Answers.imageFailure(request, version, "no recorded response for this image; tried " + tried, now),
        recordingHeader("none; tried " + tried));
  }

  /** The header that says which recording answered, or what was tried; non-ASCII percent-encoded. */
  private static List<Map.Entry<String, String>> recordingHeader(String value) {
    StringBuilder ascii = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 0x20 && c < 0x7F && c != '%') {
        ascii.append((char) c);
      } else {
        ascii.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return List.of(Map.entry(RECORDING_HEADER, ascii.toString()));
  }

  private static String pageLimitMessage(ClovaEndpoint endpoint, ImageInspector.Facts facts) {
    int max = ClovaLimits.maxPagesPerCall(endpoint);
    String reads =
        max == 1 ? "reads single-page files only" : "reads at most " + max + " pages of a PDF or TIFF";
    return "The " + what(facts) + " has " + facts.pageCount() + " pages; " + endpoint.title() + " " + reads + ".";
  }

  private static String sizeLimitMessage(ClovaEndpoint endpoint, ImageInspector.Facts facts, long size) {
    return "The " + what(facts) + " has " + size + " bytes; " + endpoint.title() + " accepts at most "
        + ClovaLimits.maxBytes(endpoint, facts.format()) / ClovaLimits.MB + " MB of it.";
  }

  private static String what(ImageInspector.Facts facts) {
    return facts.format() == ImageFormat.UNKNOWN ? "file" : facts.format().wireName().toUpperCase(Locale.ROOT);
  }

  /** A misconfigured recording or an unreadable temporary file: the server's fault, answered as 0500. */
  private static Answer serverFault(@Nullable String detail, String path, long now) {
    LOG.warn("{}: {}", path, detail);
    ErrorCode code = ErrorCode.UNKNOWN_SERVICE_ERROR;
    return new Answer(code.status(), Answers.error(code, code.message() + " " + detail, path, now));
  }

  private boolean secretAccepted(@Nullable String sent) {
    if (sent == null || sent.isEmpty()) {
      return false;
    }
    byte[] expected = secret;
    return expected == null || MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8));
  }

  /** An error answer with the documented message; the connection reads what is left of the body. */
  private static Answer fail(ErrorCode code, String path, long now) {
    return new Answer(code.status(), Answers.error(code, code.message(), path, now));
  }

  private static void pause(Duration d) throws InterruptedException {
    if (!d.isZero()) {
      TimeUnit.NANOSECONDS.sleep(d.toNanos());
    }
  }

  /**
   * Configures and starts a {@link LocalClovaServer}. Each setter checks its argument and names it in the
   * message.
   *
   * <pre>{@code
   * LocalClovaServer server = LocalClovaServer.builder()
   *     .port(0)                                            // ephemeral (the default)
   *     .secret("test-secret")
   *     .responsesFromClasspath(getClass().getClassLoader(), "clova")
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
     * The {@code X-OCR-SECRET} value requests must carry. When never set, any non-empty value is accepted.
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
     * Adds a directory of recorded responses ({@code <sha256-hex>.json}, {@code index.json}, {@code <name>.json}).
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
     * Whether General OCR answers an image without a recording with a synthesised result: one {@code SUCCESS}
     * page per page of the file, sized from it, with no text. Off by default: such an image is answered with
     * an image {@code FAILURE} whose message names what was looked up, so that a missing recording cannot pass
     * for a page without text. Turn it on for load tests and for code that only needs an answer of the right
     * shape. Template and Document OCR answer the FAILURE either way; there is nothing to synthesise them from.
     */
    public Builder synthesizeUnknownImages(boolean synthesize) {
      this.synthesizeUnknownImages = synthesize;
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
     * @throws LocalClovaServerException if the port cannot be bound
     */
    public LocalClovaServer start() {
      return new LocalClovaServer(this);
    }

    @Override
    public String toString() {
      // Never shows the secret.
      return "LocalClovaServer.Builder[port=" + port + ", secret=" + (secret == null ? "any" : "set") + ", sources="
          + sources.size() + ", faults=" + plan + ", threads=" + threads + ", synthesizeUnknownImages="
          + synthesizeUnknownImages + "]";
    }
  }
}
