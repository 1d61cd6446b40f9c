package io.docstruct.clova.model.general;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A V2 field's {@code type}: what kind of region was recognised. V1 fields have no {@code type}: an absent
 * key or a JSON {@code null} leaves the record component {@code null}; a value this version does not know
 * reads as {@link #UNKNOWN}.
 *
 * <pre>{@code
 * if (field.type() == FieldType.CHECKBOX && Boolean.TRUE.equals(field.checked())) { ... }
 * }</pre>
 */
public enum FieldType {
  /** Ordinary text ({@code NORMAL}). */
  NORMAL,
  /** A multi-box region, e.g. one digit per printed box ({@code MULTI_BOX}). */
  MULTI_BOX,
  /** A check box; see {@link ClovaField#checked()} ({@code CHECKBOX}). */
  CHECKBOX,
  /** A value this version does not know. */
  UNKNOWN;

  /**
   * The constant for a wire value, ignoring case and surrounding blanks.
   *
   * @param value the JSON string, possibly {@code null}
   * @return the matching constant; {@link #UNKNOWN} for anything else, including {@code null}
   */
  @JsonCreator
  public static FieldType fromWire(@Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "NORMAL" -> NORMAL;
      case "MULTI_BOX" -> MULTI_BOX;
      case "CHECKBOX" -> CHECKBOX;
      default -> UNKNOWN;
    };
  }
}
