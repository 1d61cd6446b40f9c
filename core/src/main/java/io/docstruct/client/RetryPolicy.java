package io.docstruct.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a client retries a retryable failure ({@link OcrClientException#retryable()}): at most {@code
 * maxAttempts} attempts in all, waiting an exponentially growing delay with full jitter between them.
 * The delay before retry {@code n} (1-based) is a random duration in {@code [0, min(maxDelay,
 * initialDelay × multiplier^(n-1))]}, which spreads out clients that were rate-limited together.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.defaults();                 // 4 attempts, 500 ms doubling, cap 8 s
 * RetryPolicy none = RetryPolicy.none();
 * RetryPolicy custom = new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(5), 2.0);
 * }</pre>
 *
 * @param maxAttempts attempts in all, at least 1 (1 means no retry)
 * @param initialDelay the cap of the first delay
 * @param maxDelay the cap of any delay
 * @param multiplier growth of the cap per retry, at least 1
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {

  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (initialDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a finite number >= 1: " + multiplier);
    }
  }

  /** 4 attempts, first delay up to 500 ms, doubling, never more than 8 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0);
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0);
  }

  /** Whether another attempt may follow attempt number {@code attempt} (1-based). */
  public boolean allowsAnotherAfter(int attempt) {
    return attempt < maxAttempts;
  }

  /** The delay before retry {@code retry} (1 for the first retry), drawn from {@code random}. */
  public Duration delayBefore(int retry, RandomGenerator random) {
    double cap = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(cap, maxDelay.toNanos());
    return Duration.ofNanos((long) (random.nextDouble() * capped));
  }
}
