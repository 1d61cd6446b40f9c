package io.docstruct.nhn.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.docstruct.client.ImageSource;
import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.ProviderAnswer;
import io.docstruct.client.RequestLogging;
import io.docstruct.client.ResponseBytes;
import io.docstruct.client.RetryListener;
import io.docstruct.client.RetryPolicy;
import io.docstruct.client.internal.CallRunner;
import io.docstruct.client.internal.HttpTransport;
import io.docstruct.client.internal.SuccessBody;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.ResponseKind;
import io.docstruct.json.JsonPaths;
import io.docstruct.json.WireJson;
import io.docstruct.privacy.Masking;
import io.docstruct.nhn.adapt.NhnAdapter;
import io.docstruct.nhn.client.internal.NhnAuthInterceptor;
import io.docstruct.nhn.client.internal.NhnOcrApi;
import io.docstruct.nhn.model.NhnHeader;
import io.docstruct.nhn.model.NhnResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The NHN Cloud General OCR client: {@code POST /v1.1/appkeys/{appKey}/general} and {@code
 * /general/cropping}, for a local image (sent as the multipart part {@code image}) or a public URL (sent as
 * {@code {"imageUrl": …}}).
 *
 * <pre>{@code
 * try (NhnOcrClient client = NhnOcrClient.builder()
 *         .appKey(System.getenv("NHN_OCR_APPKEY"))
 *         .userAccessToken(token)                 // X-NHN-Authorization: Bearer <token>
 *         .build()) {
 *   NhnResponse wire = client.general(ImageSource.of(Path.of("receipt.jpg")));
 *   OcrDocument doc = client.generalDocument(ImageSource.ofUrl("https://example.com/receipt.png"));
 * }
 * }</pre>
 *
 * <p><b>Before sending</b>, a local image is refused with an {@link OcrRequestException} naming it when it is
 * missing or unreadable, empty, larger than {@link #MAX_IMAGE_BYTES}, or neither JPEG nor PNG (NHN's
 * documents list {@code fileType} {@code jpg} and {@code png} only; the format is read from the file's first
 * bytes, never its name). A URL naming a port other than 80, 443 or 10000–12000 is refused too, as NHN does
 * not fetch from other ports. Files are streamed, never read whole into memory; a stream is copied to a
 * temporary file first (so that a retry can send it again), which is deleted after the call.
 *
 * <p><b>Errors.</b> NHN answers HTTP 200 even on failure. A body whose {@code header.isSuccessful} is false
 * becomes an {@link OcrApiException} with HTTP status 200 and {@code header.resultCode} as its code; a
 * non-2xx status becomes an {@link OcrApiException} with that status (and the body's code, if it has one);
 * a body that is not the {@code header}/{@code result} envelope becomes an {@link OcrResponseException}; a
 * network failure or timeout becomes an {@link OcrTransportException}. Retryable failures (network, HTTP
 * 5xx, NHN {@code -1}) are retried per the {@link RetryPolicy}; the others ({@code 4000001}–{@code 4000006},
 * {@code 4131000}, unreadable bodies, refused requests) never are. All retries are the policy's: OkHttp's own
 * silent retry on connection failure is switched off for this client's calls.
 *
 * <p><b>The provider's bytes.</b> {@link #generalAnswer(ImageSource)} and {@link
 * #generalCroppingAnswer(ImageSource)} return a {@link ProviderAnswer}: the parsed response together with the
 * exact bytes NHN sent ({@link ResponseBytes}), for callers that keep the answer as evidence. The body is read
 * into memory once (at most {@link WireJson#MAX_DOCUMENT_LENGTH}) and parsed from those bytes.
 *
 * <p>Thread-safe. Synchronous calls run on the caller's thread; {@code …Async} calls on the client's
 * executor. At most {@code maxConcurrentCalls} HTTP requests are in flight at once across all callers. No
 * token or key ever appears in {@link #toString()}, exception messages or request logs.
 */
public final class NhnOcrClient implements AutoCloseable {

  /**
   * The largest image sent, in bytes: 5 × 1024 × 1024 = 5,242,880. NHN's error {@code 4131000} says "the
   * permissible limit is 5mb" without defining a megabyte, and it applies to the whole request; DocStruct
   * reads it as 5 MiB of image. The multipart envelope adds a few hundred bytes, so an image within a few
   * hundred bytes of this limit may still be refused by NHN with {@code 4131000} (not retried).
   */
  public static final long MAX_IMAGE_BYTES = Upload.MAX_BYTES;

  /** NHN Cloud OCR in the Korea (Pangyo) region. */
  public static final String DEFAULT_BASE_URL = "https://ocr.api.nhncloudservice.com/";


  private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

  private final HttpUrl baseUrl;
  private final String appKey;
  private final String apiVersion;
  private final String authHeader;
  private final HttpTransport http;
  private final NhnOcrApi api;
  private final CallRunner runner;
  private final AtomicBoolean closed = new AtomicBoolean();

  private NhnOcrClient(Builder b, String apiVersion, NhnAuthInterceptor auth) {
    this.baseUrl = b.baseUrl == null ? HttpUrl.get(DEFAULT_BASE_URL) : b.baseUrl;
    this.appKey = Objects.requireNonNull(b.appKey);
    this.apiVersion = apiVersion;
    this.authHeader = auth.headerName();
    this.http = b.http.build(auth, "docstruct-nhn-" + CLIENT_IDS.incrementAndGet() + "-");
    this.api = http.create(baseUrl, NhnOcrApi.class);
    this.runner = http.runner();
  }

  /**
   * A new builder; {@code appKey} and one credential are required.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * General OCR ({@code POST /{version}/appkeys/{appKey}/general}) on the caller's thread, retrying per the
   * policy.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the response, whose header says it succeeded
   * @throws OcrRequestException if the image was refused before sending
   * @throws OcrApiException if NHN answered with an error (after retries, when retryable)
   * @throws OcrResponseException if the answer is not an NHN OCR response
   * @throws OcrTransportException if the network failed or timed out on every attempt
   * @throws IllegalStateException if the client is closed
   */
  public NhnResponse general(ImageSource image) {
    return generalAnswer(image).response();
  }

  /**
   * {@link #general(ImageSource)} with the exact bytes of NHN's answer.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the response, whose header says it succeeded, and the body it was read from
   * @throws OcrClientException as {@link #general(ImageSource)}
   * @throws IllegalStateException if the client is closed
   */
  public ProviderAnswer<NhnResponse> generalAnswer(ImageSource image) {
    return call(Endpoint.GENERAL, image);
  }

  /**
   * General OCR with splitting ({@code …/general/cropping}): NHN cuts a long image into slices (reported as
   * {@code result.slicesImages}) before recognising it. Same contract as {@link #general(ImageSource)}.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the response, whose header says it succeeded
   * @throws OcrClientException as {@link #general(ImageSource)}
   * @throws IllegalStateException if the client is closed
   */
  public NhnResponse generalCropping(ImageSource image) {
    return generalCroppingAnswer(image).response();
  }

  /**
   * {@link #generalCropping(ImageSource)} with the exact bytes of NHN's answer.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the response, whose header says it succeeded, and the body it was read from
   * @throws OcrClientException as {@link #general(ImageSource)}
   * @throws IllegalStateException if the client is closed
   */
  public ProviderAnswer<NhnResponse> generalCroppingAnswer(ImageSource image) {
    return call(Endpoint.GENERAL_CROPPING, image);
  }

  /**
   * {@link #general(ImageSource)} on the client's executor. The image is checked, and a stream copied, before
   * this method returns, so the caller may close a stream as soon as it has the future. Every failure,
   * including a refused image, completes the future exceptionally with the typed {@link OcrClientException}
   * as the cause.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the response, or a future failed with an {@link OcrClientException}
   * @throws IllegalStateException if the client is closed
   */
  public CompletableFuture<NhnResponse> generalAsync(ImageSource image) {
    return callAsync(Endpoint.GENERAL, image).thenApply(ProviderAnswer::response);
  }

  /**
   * {@link #generalAnswer(ImageSource)} on the client's executor; see {@link #generalAsync(ImageSource)}.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the answer, or a future failed with an {@link OcrClientException}
   * @throws IllegalStateException if the client is closed
   */
  public CompletableFuture<ProviderAnswer<NhnResponse>> generalAnswerAsync(ImageSource image) {
    return callAsync(Endpoint.GENERAL, image);
  }

  /**
   * {@link #generalCropping(ImageSource)} on the client's executor; see {@link #generalAsync(ImageSource)}.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the response, or a future failed with an {@link OcrClientException}
   * @throws IllegalStateException if the client is closed
   */
  public CompletableFuture<NhnResponse> generalCroppingAsync(ImageSource image) {
    return callAsync(Endpoint.GENERAL_CROPPING, image).thenApply(ProviderAnswer::response);
  }

  /**
   * {@link #generalCroppingAnswer(ImageSource)} on the client's executor; see {@link
   * #generalAsync(ImageSource)}.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the answer, or a future failed with an {@link OcrClientException}
   * @throws IllegalStateException if the client is closed
   */
  public CompletableFuture<ProviderAnswer<NhnResponse>> generalCroppingAnswerAsync(ImageSource image) {
    return callAsync(Endpoint.GENERAL_CROPPING, image);
  }

  /**
   * {@link #general(ImageSource)} adapted to the canonical model ({@link ResponseKind#NHN_GENERAL}) by
   * {@link NhnAdapter}: one page, one word per text, polygons in image pixels with the origin top-left.
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the document
   * @throws OcrClientException as {@link #general(ImageSource)}
   * @throws IllegalStateException if the client is closed
   */
  public OcrDocument generalDocument(ImageSource image) {
    return NhnAdapter.adapt(general(image), ResponseKind.NHN_GENERAL);
  }

  /**
   * {@link #generalCropping(ImageSource)} adapted to the canonical model ({@link
   * ResponseKind#NHN_GENERAL_CROPPING}).
   *
   * @param image a local JPEG or PNG of at most {@link #MAX_IMAGE_BYTES}, or a public URL
   * @return the document
   * @throws OcrClientException as {@link #general(ImageSource)}
   * @throws IllegalStateException if the client is closed
   */
  public OcrDocument generalCroppingDocument(ImageSource image) {
    return NhnAdapter.adapt(generalCropping(image), ResponseKind.NHN_GENERAL_CROPPING);
  }

  /**
   * Shuts down what this client created: its executor (when none was given; calls already queued still run)
   * and its OkHttp connection pool and dispatcher (when no {@code OkHttpClient} was given). A given executor
   * or {@code OkHttpClient} is left running. Idempotent; later calls throw {@link IllegalStateException}.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    http.close();
  }

  /** Shows the endpoint, API version, credential header (never its value) and bound; never the app key. */
  @Override
  public String toString() {
    return "NhnOcrClient{baseUrl="
        + baseUrl
        + ", apiVersion="
        + apiVersion
        + ", auth="
        + authHeader
        + ": ██, maxConcurrentCalls="
        + http.maxConcurrentCalls()
        + (closed.get() ? ", closed" : "")
        + "}";
  }

  /** The executor async calls run on; for tests of {@link #close()}. */
  ExecutorService executor() {
    return http.executor();
  }

  private ProviderAnswer<NhnResponse> call(Endpoint endpoint, ImageSource image) {
    Objects.requireNonNull(image, "image == null");
    ensureOpen();
    String what = endpoint.describe(image);
    try (Upload upload = Upload.prepare(image)) {
      return runner.run(what, () -> attempt(endpoint, upload, what));
    }
  }

  private CompletableFuture<ProviderAnswer<NhnResponse>> callAsync(Endpoint endpoint, ImageSource image) {
    Objects.requireNonNull(image, "image == null");
    ensureOpen();
    String what = endpoint.describe(image);
    Upload upload;
    try {
      upload = Upload.prepare(image);
    } catch (OcrClientException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<ProviderAnswer<NhnResponse>> future;
    try {
      future = runner.runAsync(what, () -> attempt(endpoint, upload, what));
    } catch (RejectedExecutionException e) {
      upload.close();
      throw new IllegalStateException("NhnOcrClient is closed or its executor refused the call", e);
    }
    return future.whenComplete((response, failure) -> upload.close());
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("NhnOcrClient is closed");
    }
  }

  /**
   * One HTTP exchange, mapped to the answer or a typed failure: the body is read whole as NHN's bytes (cut
   * short: a transport fault, retried), then parsed from them (bad JSON: not retried).
   */
  private ProviderAnswer<NhnResponse> attempt(Endpoint endpoint, Upload upload, String what) {
    Response<ResponseBody> response;
    try {
      response = newCall(endpoint, upload).execute();
    } catch (IOException e) {
      // Connect refused, reset or a timeout.
      throw SuccessBody.transportFailure(what, e);
    }
    if (!response.isSuccessful()) {
      throw httpError(response);
    }
    ResponseBytes bytes;
    try (ResponseBody raw = response.body()) {
      bytes = SuccessBody.read(raw, what, response.code());
    }
    NhnResponse body;
    try (InputStream in = bytes.openStream()) {
      body = WireJson.responseMapper().readValue(in, NhnResponse.class);
    } catch (JsonProcessingException e) {
      throw new OcrResponseException(
          what
              + ": the response is not an NHN OCR response: "
              + Masking.numbersIn(e.getOriginalMessage())
              + at(e),
          Masking.scrubbed(e));
    } catch (IOException e) {
      throw new AssertionError("reading bytes in memory cannot fail", e);
    }
    if (body == null) {
      throw notEnvelope(what, response.code(), "the body is empty or JSON null");
    }
    NhnHeader header = body.header();
    if (header == null) {
      throw notEnvelope(what, response.code(), "$.header is missing");
    }
    if (header.isSuccessful() == null) {
      throw notEnvelope(what, response.code(), "$.header.isSuccessful is missing");
    }
    if (!header.successful()) {
      throw new OcrApiException(
          ResponseKind.Provider.NHN,
          response.code(),
          header.resultCode() == null ? null : String.valueOf(header.resultCode()),
          header.resultMessage(),
          null,
          null);
    }
    return ProviderAnswer.of(body, bytes);
  }

  private Call<ResponseBody> newCall(Endpoint endpoint, Upload upload) {
    if (upload instanceof Upload.Multipart m) {
      return endpoint == Endpoint.GENERAL
          ? api.generalMultipart(apiVersion, appKey, m.part())
          : api.generalCroppingMultipart(apiVersion, appKey, m.part());
    }
    Upload.Json json = (Upload.Json) upload;
    return endpoint == Endpoint.GENERAL
        ? api.generalJson(apiVersion, appKey, json.body())
        : api.generalCroppingJson(apiVersion, appKey, json.body());
  }

  /** A non-2xx answer: the status, plus NHN's code and message when the body is the envelope. */
  private static OcrApiException httpError(Response<ResponseBody> response) {
    String code = null;
    String message = response.message().isBlank() ? null : response.message();
    try (ResponseBody error = response.errorBody()) {
      if (error != null) {
        byte[] head;
        try (InputStream in = error.byteStream()) {
          head = in.readNBytes(64 * 1024);
        }
        NhnResponse parsed = WireJson.responseMapper().readValue(head, NhnResponse.class);
        NhnHeader header = parsed == null ? null : parsed.header();
        if (header != null) {
          code = header.resultCode() == null ? null : String.valueOf(header.resultCode());
          message = header.resultMessage() == null ? message : header.resultMessage();
        }
      }
    } catch (IOException e) {
      // Not the envelope (an HTML error page from a proxy, say) or cut short: the status says enough.
    }
    return new OcrApiException(ResponseKind.Provider.NHN, response.code(), code, message, null, null);
  }

  private static OcrResponseException notEnvelope(String what, int status, String problem) {
    String message = what + ": the response is not an NHN OCR response (HTTP " + status + "): " + problem;
    return new OcrResponseException(message);
  }

  /** {@code " at $.header.isSuccessful"} for a mapping failure with a path, else nothing. */
  private static String at(JsonProcessingException e) {
    return e instanceof JsonMappingException m && !m.getPath().isEmpty()
        ? " at " + JsonPaths.of(m.getPath())
        : "";
  }






  /** The two endpoints. */
  private enum Endpoint {
    GENERAL("general"),
    GENERAL_CROPPING("general/cropping");

    private final String path;

    Endpoint(String path) {
      this.path = path;
    }

    String describe(ImageSource image) {
      return "NHN " + path + " '" + image.name() + "'";
    }
  }

  /**
   * Configures an {@link NhnOcrClient}. Each setter checks its value, naming the parameter in the message,
   * and may be called once.
   *
   * <pre>{@code
   * NhnOcrClient client = NhnOcrClient.builder()
   *     .appKey("AbCdEf")
   *     .secretKey(secret)                 // Authorization: <secret>, API v1.0
   *     .readTimeout(Duration.ofSeconds(30))
   *     .maxConcurrentCalls(8)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private static final Pattern API_VERSION = Pattern.compile("v\\d+\\.\\d+");

    private @Nullable HttpUrl baseUrl;
    private @Nullable String appKey;
    private @Nullable String userAccessToken;
    private @Nullable String secretKey;
    private @Nullable String apiVersion;
    private final HttpTransport.Settings http = new HttpTransport.Settings();

    private Builder() {}

    /**
     * The service root, ending in {@code /}; default {@value NhnOcrClient#DEFAULT_BASE_URL}.
     *
     * @param baseUrl the service root, such as {@code https://ocr.api.nhncloudservice.com/}
     * @return this builder
     * @throws IllegalArgumentException if it is not an http(s) URL ending in {@code /}
     * @throws IllegalStateException if already set
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      requireUnset(this.baseUrl, "baseUrl");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      if (!url.encodedPath().endsWith("/")) {
        throw new IllegalArgumentException("baseUrl must end in /: " + baseUrl);
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * The project's OCR app key, sent in the path ({@code /v1.1/appkeys/{appKey}/…}). Required.
     *
     * @param appKey the app key shown in the NHN Cloud console
     * @return this builder
     * @throws IllegalArgumentException if blank
     * @throws IllegalStateException if already set
     */
    public Builder appKey(String appKey) {
      Objects.requireNonNull(appKey, "appKey == null");
      requireUnset(this.appKey, "appKey");
      if (appKey.isBlank()) {
        throw new IllegalArgumentException("appKey is blank");
      }
      this.appKey = appKey;
      return this;
    }

    /**
     * A User Access Key token, sent as {@code X-NHN-Authorization: Bearer <token>} (API v1.1). Give the bare
     * token, without {@code Bearer}. Exactly one of this and {@link #secretKey(String)} is required. The token
     * is never shown in a message.
     *
     * @param userAccessToken the bare User Access Key token
     * @return this builder
     * @throws IllegalArgumentException if blank, prefixed with {@code Bearer}, or not printable ASCII
     * @throws IllegalStateException if a credential was already set
     */
    public Builder userAccessToken(String userAccessToken) {
      Objects.requireNonNull(userAccessToken, "userAccessToken == null");
      requireNoCredential("userAccessToken");
      checkCredential(userAccessToken, "userAccessToken");
      if (userAccessToken.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new IllegalArgumentException(
            "userAccessToken must be the bare token; the client adds 'Bearer '");
      }
      this.userAccessToken = userAccessToken;
      return this;
    }

    /**
     * A secret key, sent as {@code Authorization: <secret key>} (API v1.0 style; the API version then
     * defaults to {@code v1.0}). Exactly one of this and {@link #userAccessToken(String)} is required. The key
     * is never shown in a message.
     *
     * @param secretKey the secret key
     * @return this builder
     * @throws IllegalArgumentException if blank or not printable ASCII
     * @throws IllegalStateException if a credential was already set
     */
    public Builder secretKey(String secretKey) {
      Objects.requireNonNull(secretKey, "secretKey == null");
      requireNoCredential("secretKey");
      checkCredential(secretKey, "secretKey");
      this.secretKey = secretKey;
      return this;
    }

    /**
     * The API version in the path, such as {@code v1.1}. Default: {@code v1.1} with a {@linkplain
     * #userAccessToken(String) token}, {@code v1.0} with a {@linkplain #secretKey(String) secret key}.
     *
     * @param apiVersion the version segment of the path
     * @return this builder
     * @throws IllegalArgumentException if not of the form {@code v<major>.<minor>}
     * @throws IllegalStateException if already set
     */
    public Builder apiVersion(String apiVersion) {
      Objects.requireNonNull(apiVersion, "apiVersion == null");
      requireUnset(this.apiVersion, "apiVersion");
      if (!API_VERSION.matcher(apiVersion).matches()) {
        throw new IllegalArgumentException("apiVersion must look like v1.1: " + apiVersion);
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Time to open a connection; default 10 s (or the given {@code OkHttpClient}'s).
     *
     * @param connectTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public Builder connectTimeout(Duration connectTimeout) {
      http.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * Longest wait for the next bytes of a response (recognition takes seconds); default 60 s (or the given
     * {@code OkHttpClient}'s).
     *
     * @param readTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public Builder readTimeout(Duration readTimeout) {
      http.readTimeout(readTimeout);
      return this;
    }

    /**
     * How retryable failures are retried; default {@link RetryPolicy#defaults()}. Use {@link
     * RetryPolicy#none()} to turn retries off.
     *
     * @param retryPolicy the policy
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      http.retryPolicy(retryPolicy);
      return this;
    }

    /**
     * Told of every retry (the failed attempt, its failure, the wait); default none.
     *
     * @param listener the listener
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder retryListener(RetryListener listener) {
      http.retryListener(listener);
      return this;
    }

    /**
     * Most HTTP requests in flight at once, across all callers; default 4. Also the size of the executor the
     * client creates when none is given.
     *
     * @param maxConcurrentCalls at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     * @throws IllegalStateException if already set
     */
    public Builder maxConcurrentCalls(int maxConcurrentCalls) {
      http.maxConcurrentCalls(maxConcurrentCalls);
      return this;
    }

    /**
     * Where {@code …Async} calls run. The client does not shut it down. Default: a fixed pool of {@code
     * maxConcurrentCalls} daemon threads that {@link NhnOcrClient#close()} shuts down.
     *
     * @param executor the executor for async calls
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder executor(ExecutorService executor) {
      http.executor(executor);
      return this;
    }

    /**
     * An OkHttp client to share its connection pool, dispatcher, proxy and TLS settings. The client derives
     * its own with {@link OkHttpClient#newBuilder()} (adding its credential and logging interceptors and
     * switching off OkHttp's silent retries) and never closes the one given.
     *
     * @param okHttpClient the client to derive from
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      http.okHttpClient(okHttpClient);
      return this;
    }

    /**
     * What to log about each call through SLF4J; default {@link RequestLogging#NONE}. Credentials are always
     * redacted.
     *
     * @param requestLogging the level
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder requestLogging(RequestLogging requestLogging) {
      http.requestLogging(requestLogging);
      return this;
    }

    /**
     * A client with this configuration.
     *
     * @return a new client, to be closed after use
     * @throws IllegalStateException if {@code appKey} or a credential is missing
     */
    public NhnOcrClient build() {
      if (appKey == null) {
        throw new IllegalStateException("appKey required");
      }
      NhnAuthInterceptor auth;
      String defaultVersion;
      if (userAccessToken != null) {
        auth = NhnAuthInterceptor.bearer(userAccessToken);
        defaultVersion = "v1.1";
      } else if (secretKey != null) {
        auth = NhnAuthInterceptor.secretKey(secretKey);
        defaultVersion = "v1.0";
      } else {
        throw new IllegalStateException("userAccessToken or secretKey required");
      }
      return new NhnOcrClient(this, apiVersion == null ? defaultVersion : apiVersion, auth);
    }

    /** Names what is set, never a credential's value. */
    @Override
    public String toString() {
      return "NhnOcrClient.Builder{baseUrl="
          + (baseUrl == null ? DEFAULT_BASE_URL : baseUrl)
          + ", appKey="
          + (appKey == null ? "unset" : "set")
          + ", credential="
          + (userAccessToken != null ? "userAccessToken" : secretKey != null ? "secretKey" : "unset")
          + "}";
    }

    private void requireNoCredential(String name) {
      if (userAccessToken != null) {
        throw new IllegalStateException(
            name + ": userAccessToken was already set; give exactly one of userAccessToken and secretKey");
      }
      if (secretKey != null) {
        throw new IllegalStateException(
            name + ": secretKey was already set; give exactly one of userAccessToken and secretKey");
      }
    }

    private static void checkCredential(String value, String name) {
      HttpTransport.Settings.checkCredential(value, name);
    }


    private static void requireUnset(@Nullable Object current, String name) {
      HttpTransport.Settings.requireUnset(current, name);
    }
  }
}
