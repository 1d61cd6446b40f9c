package io.docstruct.testing.server;

import java.time.Duration;
import java.util.Objects;

/**
 * One misbehaviour {@link LocalOcrServer} can show a request, as scripted by a {@link FaultPlan}.
 *
 * <pre>{@code
 * FaultPlan plan = FaultPlan.script(Fault.rateLimit(), Fault.serverError(), Fault.none());
 * }</pre>
 *
 * @param kind what happens
 * @param delay how long the answer is held back; {@link Duration#ZERO} unless {@code kind} is {@link Kind#DELAY}
 */
public record Fault(Kind kind, Duration delay) {

  /** The kinds of fault, with what the client sees. */
  public enum Kind {
    /** The request is answered normally. */
    NONE,
    /** CLOVA: HTTP 500 with code {@code 0500} "Unknown service error."; NHN: {@code -1} "Unknown error.". */
    SERVER_ERROR,
    /** CLOVA: HTTP 500 with code {@code 0501} "OCR service error."; NHN: {@code -1} "Unknown error.". */
    OCR_ERROR,
    /**
     * CLOVA: HTTP 400 (CLOVA does not use 429) with code {@code 0025}, the retryable rate limit; NHN: {@code
     * 4000006}, its call limit.
     */
    RATE_LIMIT,
    /** CLOVA: HTTP 400 with code {@code 0023}, the monthly quota: not retryable; NHN: {@code 4000006}. */
    QUOTA,
    /** The normal answer, sent after {@link Fault#delay()}. */
    DELAY,
    /** The connection is closed without any response bytes; the client sees an I/O error. */
    DROP_CONNECTION,
    /** HTTP 200 whose JSON body is cut off halfway. NHN answers every failure above with HTTP 200 too. */
    MALFORMED_BODY
  }

  private static final Fault NONE = new Fault(Kind.NONE, Duration.ZERO);

  public Fault {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    if (kind != Kind.DELAY && !delay.isZero()) {
      throw new IllegalArgumentException("delay is only meaningful for Kind.DELAY, not " + kind);
    }
  }

  /** No fault: the request is answered normally. */
  public static Fault none() {
    return NONE;
  }

  /** HTTP 500, code {@code 0500}. */
  public static Fault serverError() {
    return new Fault(Kind.SERVER_ERROR, Duration.ZERO);
  }

  /** HTTP 500, code {@code 0501}. */
  public static Fault ocrError() {
    return new Fault(Kind.OCR_ERROR, Duration.ZERO);
  }

  /** HTTP 400, code {@code 0025} (rate limit). */
  public static Fault rateLimit() {
    return new Fault(Kind.RATE_LIMIT, Duration.ZERO);
  }

  /** HTTP 400, code {@code 0023} (quota reached). */
  public static Fault quota() {
    return new Fault(Kind.QUOTA, Duration.ZERO);
  }

  /** The normal answer, held back by {@code delay} (on top of the plan's latency). */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, delay);
  }

  /** Close the connection without answering. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, Duration.ZERO);
  }

  /** HTTP 200 with a truncated JSON body. */
  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED_BODY, Duration.ZERO);
  }

  @Override
  public String toString() {
    return kind == Kind.DELAY ? "DELAY(" + delay + ")" : kind.name();
  }
}
