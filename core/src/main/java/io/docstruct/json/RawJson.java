package io.docstruct.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value kept as its text, for keys a wire record does not model: read from the response as it
 * stands ({@code null} included; numbers with their exact value and precision, {@code 2.50} stays {@code
 * 2.50}, though {@code 1e400} is spelled {@code 1E+400}; whitespace between tokens dropped) and written back
 * unchanged, so that such keys survive a read → write round trip. Holding text, not a tree, keeps its memory at about the size of the JSON
 * it came from, whatever its shape.
 *
 * <pre>{@code
 * ClovaResponse r = WireJson.responseMapper().readValue(json, ClovaResponse.class);
 * RawJson name = r.unknown().get("originalFileName");   // "\"receipt.jpg\""
 * JsonNode tree = name.toTree();                         // TextNode receipt.jpg
 * }</pre>
 */
@JsonDeserialize(using = RawJson.Reader.class)
public final class RawJson implements JsonSerializable {
  private final String json;

  private RawJson(String json) {
    this.json = json;
  }

  /**
   * A value from its JSON text.
   *
   * @throws IllegalArgumentException when {@code json} is not exactly one JSON value
   */
  public static RawJson of(String json) {
    Objects.requireNonNull(json, "json == null");
    try {
      WireJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not one JSON value: " + e.getOriginalMessage(), e);
    }
    return new RawJson(json);
  }

  /** The value's JSON text, e.g. {@code "receipt.jpg"} with its quotes, or {@code {"a":1}}. */
  public String json() {
    return json;
  }

  /** The value as a Jackson tree (a new one on each call). */
  public JsonNode toTree() {
    try {
      return WireJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("RawJson holds one JSON value", e);
    }
  }

  /**
   * The unknown keys of a wire record as its component holds them: never {@code null}, in name order (the
   * order of the response is not known: Jackson collects them in a hash map), unmodifiable.
   */
  public static Map<String, RawJson> keys(@Nullable Map<String, RawJson> read) {
    return read == null || read.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(read));
  }

  @Override
  public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
    gen.writeRawValue(json);
  }

  @Override
  public void serializeWithType(
      JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer) throws IOException {
    gen.writeRawValue(json);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawJson other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }

  /** Copies the current value, token by token and numbers exactly, into compact JSON text. */
  static final class Reader extends JsonDeserializer<RawJson> {
    @Override
    public RawJson deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StringWriter text = new StringWriter();
      try (JsonGenerator gen = WireJson.mapper().getFactory().createGenerator(text)) {
        gen.copyCurrentStructureExact(p);
      }
      return new RawJson(text.toString());
    }

    @Override
    public RawJson getNullValue(DeserializationContext ctxt) {
      return new RawJson("null");
    }
  }
}
