package io.docstruct.client.internal;

import io.docstruct.client.RequestLogging;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs calls at {@link RequestLogging} level through SLF4J, redacting credentials and never touching bodies.
 * Failures are logged and rethrown, never swallowed.
 */
public final class LoggingInterceptor implements Interceptor {
  /** Headers whose values are never logged. */
  static final Set<String> REDACTED =
      Set.of(
          "x-ocr-secret",
          "x-ncp-iam-access-key",
          "x-ncp-apigw-signature-v2",
          "authorization",
          "x-nhn-authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie");

  private static final Logger LOG = LoggerFactory.getLogger("io.docstruct.client.http");

  private final RequestLogging level;
  private final Logger log;

  public LoggingInterceptor(RequestLogging level) {
    this(level, LOG);
  }

  LoggingInterceptor(RequestLogging level, Logger log) {
    this.level = level;
    this.log = log;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == RequestLogging.NONE || !log.isInfoEnabled()) {
      return chain.proceed(request);
    }
    String path = request.url().encodedPath();
    RequestBody body = request.body();
    String kind = body == null || body.contentType() == null ? "no body" : describe(body);
    log.info("--> {} {} ({})", request.method(), path, kind);
    if (level == RequestLogging.HEADERS) {
      logHeaders("-->", request.headers());
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log.info("<-- FAILED {} {}: {}", request.method(), path, e.toString());
      throw e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    log.info("<-- {} {} ({} ms)", response.code(), path, ms);
    if (level == RequestLogging.HEADERS) {
      logHeaders("<--", response.headers());
    }
    return response;
  }

  private static String describe(RequestBody body) throws IOException {
    String type = body.contentType().type() + "/" + body.contentType().subtype();
    long length = body.contentLength();
    String shortType = type.startsWith("multipart/") ? "multipart" : type;
    return length >= 0 ? shortType + ", " + length + " bytes" : shortType;
  }

  private void logHeaders(String arrow, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      log.info("{} {}: {}", arrow, name, redact(name, headers.value(i)));
    }
  }

  /** The value to log for a header: {@code ██} for credentials. */
  static String redact(String name, String value) {
    return REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "██" : value;
  }
}
