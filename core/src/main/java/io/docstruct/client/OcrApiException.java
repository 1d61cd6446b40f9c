package io.docstruct.client;

import io.docstruct.document.ResponseKind;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OCR service answered with an error: CLOVA's non-2xx status with {@code {code, message, path, traceId}},
 * or NHN Cloud's HTTP 200 whose {@code header.isSuccessful} is false.
 *
 * <p>Retryable: HTTP 5xx, CLOVA {@code 0500}, {@code 0501} and the rate limit {@code 0025} (which CLOVA sends
 * as HTTP 400), NHN {@code -1}. Never retried: CLOVA {@code 0001}, {@code 0002} (secret), {@code 0011}
 * (body), {@code 0021} (version), {@code 0022} (domain), {@code 0023} (quota), {@code 1021} (template not
 * deployed), {@code 0028} (table detection off), and every other 4xx; NHN {@code 4000001}–{@code 4000006} and
 * {@code 4131000}. A status without a provider code (a gateway answered) is retried for 408, 429 and 5xx.
 *
 * <pre>{@code
 * catch (OcrApiException e) {
 *   log.warn("OCR failed: HTTP {} code {} trace {}", e.httpStatus(), e.code(), e.traceId());
 * }
 * }</pre>
 */
public final class OcrApiException extends OcrClientException {
  private static final long serialVersionUID = 1L;

  private static final Set<String> CLOVA_RETRYABLE = Set.of("0025", "0500", "0501");
  private static final Set<String> NHN_RETRYABLE = Set.of("-1");

  private final ResponseKind.Provider provider;
  private final int httpStatus;
  private final @Nullable String code;
  private final @Nullable String providerMessage;
  private final @Nullable String traceId;
  private final @Nullable String requestId;

  public OcrApiException(
      ResponseKind.Provider provider,
      int httpStatus,
      @Nullable String code,
      @Nullable String providerMessage,
      @Nullable String traceId,
      @Nullable String requestId) {
    super(describe(provider, httpStatus, code, providerMessage, traceId, requestId));
    this.provider = provider;
    this.httpStatus = httpStatus;
    this.code = code;
    this.providerMessage = providerMessage;
    this.traceId = traceId;
    this.requestId = requestId;
  }

  public ResponseKind.Provider provider() {
    return provider;
  }

  /** The HTTP status (NHN reports failures with 200). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The provider's error code ({@code "0025"}, {@code "4000003"}), or {@code null} when the body had none. */
  public @Nullable String code() {
    return code;
  }

  /** The provider's own message, if any. */
  public @Nullable String providerMessage() {
    return providerMessage;
  }

  /** CLOVA's {@code traceId}, to quote to the provider's support. */
  public @Nullable String traceId() {
    return traceId;
  }

  /** The {@code requestId} DocStruct sent with the call, if any. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** {@code true} for CLOVA's quota ({@code 0023}) and rate limit ({@code 0025}) and NHN's call limit. */
  public boolean isLimit() {
    return provider == ResponseKind.Provider.CLOVA
        ? "0023".equals(code) || "0025".equals(code)
        : "4000006".equals(code);
  }

  @Override
  public boolean retryable() {
    if (provider == ResponseKind.Provider.CLOVA && code != null) {
      return CLOVA_RETRYABLE.contains(code);
    }
    if (code != null && NHN_RETRYABLE.contains(code)) {
      return true;
    }
    // No provider code: a gateway or proxy answered. Its timeouts, throttling and 5xx are transient.
    return httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
  }

  private static String describe(
      ResponseKind.Provider provider,
      int httpStatus,
      @Nullable String code,
      @Nullable String message,
      @Nullable String traceId,
      @Nullable String requestId) {
    StringBuilder sb = new StringBuilder(provider.name()).append(" OCR error");
    if (code != null) {
      sb.append(' ').append(code);
    }
    sb.append(" (HTTP ").append(httpStatus).append(')');
    if (message != null && !message.isBlank()) {
      sb.append(": ").append(message);
    }
    if (traceId != null) {
      sb.append(" [traceId ").append(traceId).append(']');
    }
    if (requestId != null) {
      sb.append(" [requestId ").append(requestId).append(']');
    }
    return sb.toString();
  }
}
