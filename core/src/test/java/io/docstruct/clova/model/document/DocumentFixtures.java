package io.docstruct.clova.model.document;

import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads Document OCR fixtures from the classpath ({@code fixtures/clova/document/}). */
public final class DocumentFixtures {
  private DocumentFixtures() {}

  /** The parsed response of {@code fixtures/clova/document/NAME}. */
  public static ClovaResponse response(String name) {
    try (InputStream in = open(name)) {
      return WireJson.mapper().readValue(in, ClovaResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first image of {@code fixtures/clova/document/NAME}. */
  public static ClovaImage image(String name) {
    return response(name).images().get(0);
  }

  /** A response parsed from literal JSON. */
  public static ClovaResponse parse(String json) {
    try {
      return WireJson.mapper().readValue(json.getBytes(StandardCharsets.UTF_8), ClovaResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first image of a response parsed from literal JSON. */
  public static ClovaImage parseImage(String json) {
    return parse(json).images().get(0);
  }

  private static InputStream open(String name) {
    InputStream in =
        DocumentFixtures.class.getClassLoader().getResourceAsStream("fixtures/clova/document/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no fixture fixtures/clova/document/" + name + " on the classpath");
    }
    return in;
  }
}
