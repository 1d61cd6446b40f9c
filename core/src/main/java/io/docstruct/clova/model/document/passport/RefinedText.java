package io.docstruct.clova.model.document.passport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A passport value's {@code refinedText}, which is a JSON string for most values, an integer for {@code age}
 * and a boolean for {@code isExpired}. Each variant writes back the JSON type it was read from, so a response
 * round-trips unchanged; {@link #asString()} flattens any of them. Arrays or objects (never seen) are kept as
 * their JSON text in a {@link Text}.
 *
 * <pre>{@code
 * if (result.age().refinedText() instanceof RefinedText.Number n) {
 *   int age = n.value().intValue(); // 36
 * }
 * String flat = value.refinedText().asString(); // "36", "false", "Passport"
 * }</pre>
 */
public sealed interface RefinedText permits RefinedText.Text, RefinedText.Number, RefinedText.Flag {

  /** The value as a string: the text itself, the plain number ({@code "36"}), or {@code "true"}/{@code "false"}. */
  String asString();

  /** Reads any JSON scalar; {@code null} never reaches here (an absent or null value stays {@code null}). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RefinedText fromWire(JsonNode node) {
    if (node.isBoolean()) {
      return new Flag(node.booleanValue());
    }
    if (node.isNumber()) {
      return new Number(node.decimalValue());
    }
    if (node.isTextual()) {
      return new Text(node.textValue());
    }
    return new Text(node.toString());
  }

  /**
   * A string {@code refinedText} ({@code "Passport"}, {@code "1987/02/01"}).
   *
   * @param value the text
   */
  record Text(String value) implements RefinedText {
    @Override
    @JsonValue
    public String asString() {
      return value;
    }
  }

  /**
   * A numeric {@code refinedText} ({@code age}), exact.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements RefinedText {
    @JsonValue
    BigDecimal wire() {
      return value;
    }

    @Override
    public String asString() {
      return value.toPlainString();
    }
  }

  /**
   * A boolean {@code refinedText} ({@code isExpired}).
   *
   * @param value the flag
   */
  record Flag(boolean value) implements RefinedText {
    @JsonValue
    boolean wire() {
      return value;
    }

    @Override
    public String asString() {
      return Boolean.toString(value);
    }
  }
}
