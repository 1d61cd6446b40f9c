package io.docstruct.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.clova.model.ClovaImage;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

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

  /**
   * The names of the files directly in a classpath folder, sorted, whether the folder is a directory (this
   * module's tests) or an entry of a jar (other modules reading this one's test-jar).
   */
  public static List<String> list(String folder) {
    List<String> names = new ArrayList<>();
    walkFolder(folder, (name, file) -> names.add(name));
    Collections.sort(names);
    return List.copyOf(names);
  }

  /** Copies the files directly in a classpath folder into {@code target} (created when missing). */
  public static void copyFolder(String folder, Path target) {
    try {
      Files.createDirectories(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    walkFolder(folder, (name, file) -> {
      try {
        Files.copy(file, target.resolve(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void walkFolder(String folder, BiConsumer<String, Path> each) {
    URL url = Fixtures.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalArgumentException("no test resource folder " + folder);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          walk(jar.provider().getPath(uri), each);
        }
      } else {
        walk(Path.of(uri), each);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(folder, e);
    }
  }

  private static void walk(Path dir, BiConsumer<String, Path> each) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          each.accept(file.getFileName().toString(), file);
        }
      }
    }
  }
}
