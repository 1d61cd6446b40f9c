package io.docstruct.clova.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/** {@code validationResult}: the outcome of the service's optional validation step. */
public record ValidationResult(Status result, @Nullable String message) {

  public ValidationResult(@Nullable Status result, @Nullable String message) {
    this.result = result == null ? Status.UNKNOWN : result;
    this.message = message;
  }

  /** {@code validationResult.result}. */
  public enum Status {
    NO_REQUESTED,
    UNCHECKED,
    ERROR,
    VALID,
    INVALID,
    UNKNOWN;

    @JsonCreator
    public static Status fromWire(@Nullable String value) {
      if (value == null) {
        return UNKNOWN;
      }
      for (Status s : values()) {
        if (s.name().equalsIgnoreCase(value.trim())) {
          return s;
        }
      }
      return UNKNOWN;
    }
  }
}
