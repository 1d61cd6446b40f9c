package io.docstruct.nhn.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The NHN envelope's {@code header}: {@code {"isSuccessful": true, "resultCode": 0, "resultMessage":
 * "SUCCESS"}}. Failure codes include {@code -1}, {@code 4000001}…{@code 4000006} and {@code 4131000}.
 *
 * @param isSuccessful whether the call succeeded; {@code null} when absent
 * @param resultCode 0 on success, else the error code
 * @param resultMessage {@code SUCCESS} or the error text
 */
public record NhnHeader(
    @JsonProperty("isSuccessful") @Nullable Boolean isSuccessful,
    @Nullable Integer resultCode,
    @Nullable String resultMessage) {

  /** {@code true} only when the header says so explicitly. */
  public boolean successful() {
    return Boolean.TRUE.equals(isSuccessful);
  }
}
