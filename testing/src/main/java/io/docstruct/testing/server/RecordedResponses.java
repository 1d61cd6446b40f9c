package io.docstruct.testing.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.json.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the recorded response for a request in one or more sources (directories or classpath prefixes),
 * searched in the order they were added:
 *
 * <ol>
 *   <li>by the SHA-256 of the image bytes: {@code <sha256-hex>.json}, then the hash's entry in
 *       {@code index.json} ({@code {"<sha256-hex>": "receipt-01.json", …}});
 *   <li>by name: {@code <name>.json}, where the name is the URL's last path segment without extension for
 *       URL-only requests, then {@code images[0].name} as sent and without a file extension.
 * </ol>
 */
final class RecordedResponses {
  private static final String INDEX = "index.json";
  private static final Pattern IMAGE_EXTENSION =
      Pattern.compile("(?i)\\.(jpe?g|png|pdf|tiff?)$");

  /** Where recorded responses are read from. */
  interface Source {
    /** The file's bytes, or empty if it does not exist. {@code file} is a plain name without separators. */
    Optional<byte[]> read(String file) throws IOException;

    String describe();
  }

  /**
   * A recorded response that matched.
   *
   * @param json the file's bytes
   * @param file where it came from, for logs and errors
   * @param by {@code "sha256"} or {@code "name"}
   */
  record Match(byte[] json, String file, String by) {}

  private final List<Source> sources;

  RecordedResponses(List<Source> sources) {
    this.sources = List.copyOf(sources);
  }

  Optional<Match> find(OcrRequest request) throws IOException {
    Payload payload = request.payload();
    if (payload != null) {
      Optional<Match> byHash = findByHash(payload.sha256());
      if (byHash.isPresent()) {
        return byHash;
      }
    }
    for (String name : candidateNames(request)) {
      for (Source s : sources) {
        Optional<byte[]> json = s.read(name + ".json");
        if (json.isPresent()) {
          return Optional.of(new Match(json.get(), s.describe() + name + ".json", "name"));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Match> findByHash(String sha256) throws IOException {
    for (Source s : sources) {
      Optional<byte[]> json = s.read(sha256 + ".json");
      if (json.isPresent()) {
        return Optional.of(new Match(json.get(), s.describe() + sha256 + ".json", "sha256"));
      }
      Optional<byte[]> index = s.read(INDEX);
      if (index.isPresent()) {
        String file = indexEntry(index.get(), sha256, s);
        if (file != null) {
          Optional<byte[]> indexed = s.read(file);
          if (indexed.isEmpty()) {
            throw new IOException(s.describe() + INDEX + " names " + file + ", which does not exist");
          }
          return Optional.of(new Match(indexed.get(), s.describe() + file, "sha256"));
        }
      }
    }
    return Optional.empty();
  }

  private static @Nullable String indexEntry(byte[] index, String sha256, Source s) throws IOException {
    JsonNode root;
    try {
      root = WireJson.mapper().readTree(index);
    } catch (IOException e) {
      throw new IOException(s.describe() + INDEX + " is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(s.describe() + INDEX + " must be a JSON object of sha256 → file name");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().toLowerCase(Locale.ROOT).equals(sha256) && e.getValue().isTextual()) {
        String file = e.getValue().asText();
        return isSafeFileName(file) ? file : null;
      }
    }
    return null;
  }

  /** The names to try, best first, without {@code .json}; unsafe names (with separators) are dropped. */
  static List<String> candidateNames(OcrRequest request) {
    List<String> names = new ArrayList<>();
    Payload payload = request.payload();
    String url = request.url();
    if (payload == null && url != null) {
      add(names, urlName(url));
    }
    String name = request.name();
    if (name != null) {
      add(names, name);
      add(names, IMAGE_EXTENSION.matcher(name).replaceFirst(""));
    }
    return names;
  }

  /** The last path segment of {@code url}, percent-decoded, without its extension. */
  static @Nullable String urlName(String url) {
    String path;
    try {
      path = URI.create(url.trim()).getRawPath();
    } catch (IllegalArgumentException e) {
      path = url;
    }
    if (path == null) {
      return null;
    }
    String segment = path.substring(path.lastIndexOf('/') + 1);
    segment = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    int dot = segment.lastIndexOf('.');
    return dot > 0 ? segment.substring(0, dot) : segment;
  }

  private static void add(List<String> names, @Nullable String name) {
    if (name != null && isSafeFileName(name + ".json") && !names.contains(name)) {
      names.add(name);
    }
  }

  /** A plain file name: no separators, no parent references, nothing a path could escape with. */
  static boolean isSafeFileName(String file) {
    return !file.isBlank()
        && file.length() <= 255
        && !file.startsWith(".")
        && file.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20);
  }

  /** Recorded responses in a directory. */
  static Source directory(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    return new Source() {
      @Override
      public Optional<byte[]> read(String file) throws IOException {
        Path p = root.resolve(file).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) {
          return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(p));
      }

      @Override
      public String describe() {
        return root + "/";
      }
    };
  }

  /** Recorded responses on the classpath under {@code prefix} (e.g. {@code fixtures/server}). */
  static Source classpath(ClassLoader loader, String prefix) {
    String base = prefix.isEmpty() ? "" : prefix + "/";
    return new Source() {
      @Override
      public Optional<byte[]> read(String file) throws IOException {
        try (InputStream in = loader.getResourceAsStream(base + file)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
      }

      @Override
      public String describe() {
        return "classpath:" + base;
      }
    };
  }
}
