package io.docstruct.clova.model.document.idcard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code idCard.result.idtype} / {@code IDType}: which kind of identity document was read. Wire values are
 * {@code "ID Card"}, {@code "Driver's License"}, {@code "Passport"} and {@code "unknown"}; alien registration
 * cards are read as {@link #ALIEN_CARD} when the service names them. Anything else is {@link #UNKNOWN}.
 *
 * <pre>{@code
 * IdType t = IdType.fromWire("ID Card"); // ID_CARD
 * }</pre>
 */
public enum IdType {
  ID_CARD("ID Card"),
  DRIVERS_LICENSE("Driver's License"),
  PASSPORT("Passport"),
  ALIEN_CARD("Alien Registration Card"),
  UNKNOWN("unknown");

  private final String wire;

  IdType(String wire) {
    this.wire = wire;
  }

  /** The wire spelling, written back when serialising. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** The constant for a wire value, ignoring case and spacing; {@link #UNKNOWN} for anything else. */
  @JsonCreator
  public static IdType fromWire(@Nullable String value) {
    if (value == null) {
      return UNKNOWN;
    }
    String key = value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s'’_-]+", "");
    return switch (key) {
      case "idcard", "ic" -> ID_CARD;
      case "driverslicense", "driverlicense", "dl" -> DRIVERS_LICENSE;
      case "passport", "pp" -> PASSPORT;
      case "alienregistrationcard", "aliencard", "ac" -> ALIEN_CARD;
      default -> UNKNOWN;
    };
  }
}
