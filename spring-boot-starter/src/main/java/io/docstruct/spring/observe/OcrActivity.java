package io.docstruct.spring.observe;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What the health indicator knows about the OCR engine without calling it: the last call's outcome, when it
 * ended and its error code, and when the provider last said "rate limit" or "quota". Updated by every call the
 * pipeline makes; thread-safe.
 *
 * <pre>{@code
 * OcrActivity.Snapshot last = activity.snapshot();
 * if (last.rateLimitedAt() != null) { … }
 * }</pre>
 */
public final class OcrActivity {
  private final Clock clock;
  private final AtomicReference<Snapshot> last = new AtomicReference<>(Snapshot.NEVER);
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  public OcrActivity(Clock clock) {
    this.clock = clock;
  }

  /**
   * The state at one moment.
   *
   * @param lastOutcome how the last call ended, or {@code null} before the first
   * @param lastCallAt when it ended
   * @param lastErrorCode its provider error code, if it failed with one
   * @param rateLimitedAt when the provider last answered with its rate limit or quota (a call or a retry)
   * @param calls calls made so far
   * @param failures calls that failed so far
   */
  public record Snapshot(
      OcrCall.@Nullable Outcome lastOutcome,
      @Nullable Instant lastCallAt,
      @Nullable String lastErrorCode,
      @Nullable Instant rateLimitedAt,
      long calls,
      long failures) {
    static final Snapshot NEVER = new Snapshot(null, null, null, null, 0, 0);
  }

  /** A call ended. */
  public void called(OcrCall.Outcome outcome, @Nullable String errorCode) {
    long n = calls.incrementAndGet();
    long failed = outcome == OcrCall.Outcome.SUCCESS || outcome == OcrCall.Outcome.PAGE_FAILURE
        ? failures.get()
        : failures.incrementAndGet();
    Instant now = clock.instant();
    last.updateAndGet(
        before ->
            new Snapshot(
                outcome, now, errorCode, outcome == OcrCall.Outcome.RATE_LIMITED ? now : before.rateLimitedAt(), n,
                failed));
  }

  /** The provider answered a retried attempt with its rate limit or quota. */
  public void rateLimited() {
    Instant now = clock.instant();
    last.updateAndGet(
        before ->
            new Snapshot(
                before.lastOutcome(), before.lastCallAt(), before.lastErrorCode(), now, before.calls(),
                before.failures()));
  }

  /** The state now. */
  public Snapshot snapshot() {
    return last.get();
  }
}
