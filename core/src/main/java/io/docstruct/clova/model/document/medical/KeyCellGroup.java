package io.docstruct.clova.model.document.medical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code keyCells[].group}: {@code "column"} or {@code "row"}; anything else is {@link #UNKNOWN}.
 *
 * <pre>{@code
 * KeyCellGroup g = KeyCellGroup.fromWire("column"); // COLUMN
 * }</pre>
 */
public enum KeyCellGroup {
  COLUMN,
  ROW,
  UNKNOWN;

  /** The wire spelling (lower case), written back when serialising. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant for a wire value, ignoring case; {@link #UNKNOWN} for anything else. */
  @JsonCreator
  public static KeyCellGroup fromWire(@Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "column" -> COLUMN;
      case "row" -> ROW;
      default -> UNKNOWN;
    };
  }
}
