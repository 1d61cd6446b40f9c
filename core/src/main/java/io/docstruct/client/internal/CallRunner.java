package io.docstruct.client.internal;

import io.docstruct.client.OcrClientException;
import io.docstruct.client.OcrTransportException;
import io.docstruct.client.RetryListener;
import io.docstruct.client.RetryPolicy;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls with the retry policy and a bound on how many are in flight at once. The bound holds across
 * every caller of one client: a permit is held for each HTTP attempt, not while waiting to retry.
 */
public final class CallRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CallRunner.class);

  /** One attempt of a call: returns its result or throws a typed failure. */
  @FunctionalInterface
  public interface Attempt<T> {
    T call() throws OcrClientException;
  }

  private final RetryPolicy policy;
  private final Semaphore inFlight;
  private final Executor executor;
  private final RandomGenerator random;
  private final RetryListener listener;

  public CallRunner(RetryPolicy policy, int maxConcurrentCalls, Executor executor, RandomGenerator random) {
    this(policy, maxConcurrentCalls, executor, random, RetryListener.NONE);
  }

  public CallRunner(
      RetryPolicy policy, int maxConcurrentCalls, Executor executor, RandomGenerator random, RetryListener listener) {
    this.listener = listener;
    this.policy = policy;
    this.inFlight = new Semaphore(maxConcurrentCalls, true);
    this.executor = executor;
    this.random = random;
  }

  /** Runs {@code attempt} on the calling thread, retrying per the policy. */
  public <T> T run(String what, Attempt<T> attempt) {
    for (int n = 1; ; n++) {
      try {
        return once(attempt);
      } catch (OcrClientException e) {
        if (!e.retryable() || !policy.allowsAnotherAfter(n)) {
          throw e;
        }
        Duration delay = policy.delayBefore(n, random);
        LOG.debug("{}: attempt {} failed ({}); retrying in {} ms", what, n, e.getMessage(), delay.toMillis());
        tell(what, n, e, delay);
        sleep(what, delay);
      }
    }
  }

  /** Runs {@code attempt} on the client's executor; failures complete the future exceptionally. */
  public <T> CompletableFuture<T> runAsync(String what, Attempt<T> attempt) {
    return CompletableFuture.supplyAsync(() -> run(what, attempt), executor);
  }

  /** The failure inside a {@link CompletionException}, so that sync wrappers rethrow the typed exception. */
  public static RuntimeException unwrap(Throwable t) {
    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    return cause instanceof RuntimeException r ? r : new CompletionException(cause);
  }

  private <T> T once(Attempt<T> attempt) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrTransportException("interrupted while waiting for a free connection slot", interrupted());
    }
    try {
      return attempt.call();
    } finally {
      inFlight.release();
    }
  }

  private void tell(String what, int attempt, OcrClientException failure, Duration delay) {
    try {
      listener.retrying(attempt, failure, delay);
    } catch (RuntimeException e) {
      LOG.warn("{}: the retry listener failed ({}); the call goes on", what, e.toString());
    }
  }

  private static void sleep(String what, Duration delay) {
    try {
      Thread.sleep(delay.toMillis(), (int) (delay.toNanosPart() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrTransportException(what + ": interrupted while waiting to retry", interrupted());
    }
  }

  private static InterruptedIOException interrupted() {
    return new InterruptedIOException("interrupted");
  }
}
