package io.docstruct.clova.model.general;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads CLOVA JSON fixtures from the test classpath ({@code src/test/resources/fixtures/clova/...}).
 *
 * <pre>{@code
 * ClovaResponse r = ClovaFixtures.response("general/v1-response.json");
 * }</pre>
 */
public final class ClovaFixtures {
  private ClovaFixtures() {}

  /** The raw bytes of {@code fixtures/clova/<relative>}. */
  public static byte[] bytes(String relative) {
    String resource = "/fixtures/clova/" + relative;
    try (InputStream in = ClovaFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture on the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The fixture read as a {@link ClovaResponse} with {@link WireJson#mapper()}. */
  public static ClovaResponse response(String relative) {
    return read(relative, ClovaResponse.class);
  }

  /** The fixture read as {@code type} with {@link WireJson#mapper()}. */
  public static <T> T read(String relative, Class<T> type) {
    try {
      return WireJson.mapper().readValue(bytes(relative), type);
    } catch (IOException e) {
      throw new UncheckedIOException(relative, e);
    }
  }

  /** Parses inline JSON as {@code type}. */
  public static <T> T parse(String json, Class<T> type) {
    try {
      return WireJson.mapper().readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(json, e);
    }
  }

  /** Writes {@code value} with {@link WireJson#mapper()} and reads it back as the same type. */
  @SuppressWarnings("unchecked")
  public static <T> T roundTrip(T value) {
    try {
      byte[] json = WireJson.mapper().writeValueAsBytes(value);
      return (T) WireJson.mapper().readValue(json, value.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} written with {@link WireJson#mapper()}, as a tree. */
  public static JsonNode tree(Object value) {
    return WireJson.mapper().valueToTree(value);
  }
}
