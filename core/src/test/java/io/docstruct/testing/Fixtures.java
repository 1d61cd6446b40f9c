package io.docstruct.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Loads test fixtures from the classpath ({@code src/test/resources}), never from relative paths.
 *
 * <pre>{@code
 * byte[] json = Fixtures.bytes("fixtures/nhn/nhn-general-response.json");
 * ClovaResponse r = Fixtures.clova("general/v1-response.json");   // under fixtures/clova/
 * }</pre>
 */
public final class Fixtures {
  private Fixtures() {}

  public static byte[] bytes(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  public static InputStream stream(String resource) {
    InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    return in;
  }

  /** The fixture as a file on disk (test resources are unpacked under target/test-classes). */
  public static Path path(String resource) {
    URL url = Fixtures.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(resource, e);
    }
  }

  /** JSON written with single quotes for readability, turned into real JSON. */
  public static byte[] json(String singleQuoted) {
    return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  /** {@code fixtures/clova/<relative>} read as a {@link ClovaResponse} with {@link WireJson#mapper()}. */
  public static ClovaResponse clova(String relative) {
    return read("fixtures/clova/" + relative, ClovaResponse.class);
  }

  /** The first image of {@code fixtures/clova/<relative>}. */
  public static ClovaImage clovaImage(String relative) {
    return clova(relative).images().get(0);
  }

  /** A classpath resource read as {@code type} with {@link WireJson#mapper()}. */
  public static <T> T read(String resource, Class<T> type) {
    try {
      return WireJson.mapper().readValue(bytes(resource), type);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** Literal JSON read as {@code type}. */
  public static <T> T parse(String json, Class<T> type) {
    try {
      return WireJson.mapper().readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(json, e);
    }
  }

  /** The first image of a CLOVA response given as literal JSON. */
  public static ClovaImage parseClovaImage(String json) {
    return parse(json, ClovaResponse.class).images().get(0);
  }

  /** {@code value} written with {@link WireJson#mapper()} and read back as its own type. */
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
