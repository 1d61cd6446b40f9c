package io.docstruct.client;

import java.time.Duration;

/**
 * Told of every retry a client makes, for metrics and alerts: which attempt failed, how, and how long the
 * client waits before the next one. Set with {@code ClovaOcrClient.Builder.retryListener} or {@code
 * NhnOcrClient.Builder.retryListener}; the final failure (or success) is the call's own outcome, not a retry.
 *
 * <pre>{@code
 * ClovaOcrClient client = ClovaOcrClient.builder()
 *     .invokeUrl(url).secret(secret)
 *     .retryListener((attempt, failure, delay) -> retries.increment())   // e.g. a Micrometer counter
 *     .build();
 * }</pre>
 *
 * <p>Runs on the calling thread before the wait, so it must be quick and must not block. An exception it
 * throws is logged and does not change the call. The failure's message names no secret (as every client
 * exception's), so it may be logged.
 */
@FunctionalInterface
public interface RetryListener {

  /** A listener that does nothing, the default. */
  RetryListener NONE = (failedAttempt, failure, delay) -> {};

  /**
   * Attempt {@code failedAttempt} (1 for the first) failed with a retryable {@code failure}, and the client
   * will try again after {@code delay}.
   */
  void retrying(int failedAttempt, OcrClientException failure, Duration delay);
}
