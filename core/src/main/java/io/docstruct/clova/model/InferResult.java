package io.docstruct.clova.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/** An image's {@code inferResult}. */
public enum InferResult {
  SUCCESS,
  FAILURE,
  ERROR,
  UNKNOWN;

  /** The constant for a wire value; {@link #UNKNOWN} for anything else, including {@code null}. */
  @JsonCreator
  public static InferResult fromWire(@Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "SUCCESS" -> SUCCESS;
      case "FAILURE" -> FAILURE;
      case "ERROR" -> ERROR;
      default -> UNKNOWN;
    };
  }
}
