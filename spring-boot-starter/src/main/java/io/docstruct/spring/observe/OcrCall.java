package io.docstruct.spring.observe;

import io.docstruct.client.OcrApiException;
import io.docstruct.client.OcrRequestException;
import io.docstruct.client.OcrResponseException;
import io.docstruct.client.OcrTransportException;
import org.jspecify.annotations.Nullable;

/**
 * One OCR call as metrics and health see it: the provider ({@code clova}, {@code nhn}, or the engine's own
 * name), the model asked for ({@code receipt}), how it went, and the provider's error code when it failed with
 * one.
 *
 * @param provider {@code clova}, {@code nhn}, or the simple class name of another engine, lower case
 * @param model the model's label ({@code receipt}, {@code general}); for CLOVA, the domain that served it
 */
public record OcrCall(String provider, String model) {

  /** How an OCR call ended, as a tag value. */
  public enum Outcome {
    /** Answered, every page read. */
    SUCCESS,
    /** Answered, but the provider could not read some page ({@code FAILURE} / {@code ERROR}). */
    PAGE_FAILURE,
    /** The provider refused or failed the call ({@code OcrApiException}): see the error code. */
    PROVIDER_ERROR,
    /** The provider's rate limit or quota. */
    RATE_LIMITED,
    /** Network, timeout, connection dropped. */
    TRANSPORT_ERROR,
    /** Refused before sending (size, format, a model no domain serves). */
    REQUEST_REFUSED,
    /** An answer that could not be read. */
    UNREADABLE_ANSWER,
    /** Anything else. */
    ERROR;

    /** The tag value: lower case with dashes ({@code rate-limited}). */
    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The outcome of a call that threw {@code failure}. */
    public static Outcome of(Throwable failure) {
      if (failure instanceof OcrApiException api) {
        return api.isLimit() ? RATE_LIMITED : PROVIDER_ERROR;
      }
      if (failure instanceof OcrTransportException) {
        return TRANSPORT_ERROR;
      }
      if (failure instanceof OcrRequestException) {
        return REQUEST_REFUSED;
      }
      if (failure instanceof OcrResponseException) {
        return UNREADABLE_ANSWER;
      }
      return ERROR;
    }
  }

  /** The provider's error code of {@code failure} ({@code 0025}, {@code 4000006}), or {@code null}. */
  public static @Nullable String errorCode(@Nullable Throwable failure) {
    return failure instanceof OcrApiException api ? api.code() : null;
  }
}
