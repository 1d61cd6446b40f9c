package io.docstruct.client.internal;

import io.docstruct.client.RequestLogging;
import io.docstruct.client.RetryListener;
import io.docstruct.client.RetryPolicy;
import io.docstruct.json.WireJson;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * What every DocStruct client shares below its own endpoints: the OkHttp client (timeouts, the provider's
 * auth interceptor, redacting request logging, OkHttp's silent retries off), the {@link CallRunner} (retry
 * policy and in-flight bound) and the executor for async calls, with one {@link #close()} that releases only
 * what was created here.
 */
public final class HttpTransport implements AutoCloseable {
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final ExecutorService executor;
  private final boolean ownsExecutor;
  private final CallRunner runner;
  private final int maxConcurrentCalls;

  private HttpTransport(Settings s, Interceptor auth, String threadPrefix) {
    this.maxConcurrentCalls = s.maxConcurrentCalls == null ? 4 : s.maxConcurrentCalls;
    this.ownsHttp = s.okHttpClient == null;
    OkHttpClient.Builder b = ownsHttp ? new OkHttpClient.Builder() : s.okHttpClient.newBuilder();
    if (s.connectTimeout != null || ownsHttp) {
      b.connectTimeout(s.connectTimeout == null ? Settings.DEFAULT_CONNECT_TIMEOUT : s.connectTimeout);
    }
    if (s.readTimeout != null || ownsHttp) {
      Duration read = s.readTimeout == null ? Settings.DEFAULT_READ_TIMEOUT : s.readTimeout;
      b.readTimeout(read).writeTimeout(read);
    }
    // Retries are the policy's job, counted and logged; OkHttp must not add its own.
    b.retryOnConnectionFailure(false).addInterceptor(auth);
    RequestLogging logging = s.requestLogging == null ? RequestLogging.NONE : s.requestLogging;
    if (logging != RequestLogging.NONE) {
      // After the auth interceptor, so that the log shows (redacted) what is really sent.
      b.addInterceptor(new LoggingInterceptor(logging));
    }
    this.http = b.build();
    this.ownsExecutor = s.executor == null;
    this.executor =
        s.executor != null
            ? s.executor
            : Executors.newFixedThreadPool(maxConcurrentCalls, DaemonThreads.named(threadPrefix));
    RetryPolicy policy = s.retryPolicy == null ? RetryPolicy.defaults() : s.retryPolicy;
    RetryListener listener = s.retryListener == null ? RetryListener.NONE : s.retryListener;
    this.runner = new CallRunner(policy, maxConcurrentCalls, executor, new SplittableRandom(), listener);
  }

  /** The Retrofit interface {@code api} over this transport, reading JSON with {@link WireJson}. */
  public <T> T create(HttpUrl baseUrl, Class<T> api) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(JacksonConverterFactory.create(WireJson.responseMapper()))
        .build()
        .create(api);
  }

  public CallRunner runner() {
    return runner;
  }

  public ExecutorService executor() {
    return executor;
  }

  public int maxConcurrentCalls() {
    return maxConcurrentCalls;
  }

  /** Shuts down the executor and OkHttp resources created here; given ones are left running. */
  @Override
  public void close() {
    if (ownsExecutor) {
      executor.shutdown();
    }
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /**
   * The transport settings of a client builder, each settable once and checked when set; messages name the
   * setting. Builders delegate their public setters here.
   */
  public static final class Settings {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable RetryPolicy retryPolicy;
    private @Nullable Integer maxConcurrentCalls;
    private @Nullable ExecutorService executor;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable RequestLogging requestLogging;
    private @Nullable RetryListener retryListener;

    public void connectTimeout(Duration timeout) {
      requireUnset(connectTimeout, "connectTimeout");
      connectTimeout = positive(timeout, "connectTimeout");
    }

    public void readTimeout(Duration timeout) {
      requireUnset(readTimeout, "readTimeout");
      readTimeout = positive(timeout, "readTimeout");
    }

    public void retryPolicy(RetryPolicy policy) {
      Objects.requireNonNull(policy, "retryPolicy == null");
      requireUnset(retryPolicy, "retryPolicy");
      retryPolicy = policy;
    }

    public void retryListener(RetryListener listener) {
      Objects.requireNonNull(listener, "retryListener == null. Use RetryListener.NONE instead.");
      requireUnset(retryListener, "retryListener");
      retryListener = listener;
    }

    public void maxConcurrentCalls(int max) {
      requireUnset(maxConcurrentCalls, "maxConcurrentCalls");
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentCalls must be at least 1: " + max);
      }
      maxConcurrentCalls = max;
    }

    public void executor(ExecutorService executor) {
      Objects.requireNonNull(executor, "executor == null");
      requireUnset(this.executor, "executor");
      this.executor = executor;
    }

    public void okHttpClient(OkHttpClient client) {
      Objects.requireNonNull(client, "okHttpClient == null");
      requireUnset(okHttpClient, "okHttpClient");
      okHttpClient = client;
    }

    public void requestLogging(RequestLogging level) {
      Objects.requireNonNull(level, "requestLogging == null. Use RequestLogging.NONE instead.");
      requireUnset(requestLogging, "requestLogging");
      requestLogging = level;
    }

    /** The transport, with the provider's auth interceptor; its own threads are named {@code threadPrefix + n}. */
    public HttpTransport build(Interceptor auth, String threadPrefix) {
      return new HttpTransport(this, auth, threadPrefix);
    }

    /** Refuses a setting made twice, naming it. */
    public static void requireUnset(@Nullable Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
    }

    /**
     * Refuses a credential that cannot travel in an HTTP header (blank, or not printable ASCII) before OkHttp
     * does: OkHttp's own message would quote the value.
     */
    public static void checkCredential(String value, String name) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 || c > 0x7e) {
          throw new IllegalArgumentException(
              name + " has a character that cannot be sent in a header at index " + i);
        }
      }
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
