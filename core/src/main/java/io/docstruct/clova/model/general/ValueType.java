package io.docstruct.clova.model.general;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A field's {@code valueType}: the kind of characters the region was read for. Optional on the wire: an
 * absent key or a JSON {@code null} leaves the record component {@code null}; a value this version does not
 * know reads as {@link #UNKNOWN}.
 *
 * <pre>{@code
 * boolean digitsOnly = field.valueType() == ValueType.NUMERIC;
 * }</pre>
 */
public enum ValueType {
  /** Text and digits ({@code ALL}). */
  ALL,
  /** Digits only ({@code NUMERIC}). */
  NUMERIC,
  /** A value this version does not know. */
  UNKNOWN;

  /**
   * The constant for a wire value, ignoring case and surrounding blanks.
   *
   * @param value the JSON string, possibly {@code null}
   * @return the matching constant; {@link #UNKNOWN} for anything else, including {@code null}
   */
  @JsonCreator
  public static ValueType fromWire(@Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "ALL" -> ALL;
      case "NUMERIC" -> NUMERIC;
      default -> UNKNOWN;
    };
  }
}
