package io.docstruct.testing.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.json.WireJson;
import io.docstruct.privacy.Masking;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds the recorded response for a request in one or more sources (directories or classpath prefixes). Keys
 * are tried in order, each in every source in the order the sources were added; the first file found answers:
 *
 * <ol>
 *   <li>{@link By#SHA256} of the image bytes: {@code <sha256-hex>.json}, then the hash's entry in
 *       {@code index.json} ({@code {"<sha256-hex>": "receipt-01.json", …}});
 *   <li>{@link By#FILE_NAME}, the multipart file part's {@code filename}: {@code receipt-01.jpg.json}, then
 *       {@code receipt-01.json} (the name without an image extension);
 *   <li>{@link By#URL}, the last path segment of an image URL, percent-decoded, without extension;
 *   <li>{@link By#IMAGE_NAME}, the name the request gives the image ({@code images[0].name}), as sent and
 *       without an image extension.
 * </ol>
 *
 * <p>What identifies the image itself (its bytes, then the name of its file) comes before the label a request
 * gives it: the CLOVA document's own Java sample sends {@code "name": "demo"} for every file. Names that are not
 * plain file names (separators, a leading dot, control characters) are tried but never read.
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

  /** What a recording is looked up by, in the order tried. */
  enum By {
    SHA256("sha256"),
    FILE_NAME("file name"),
    URL("URL"),
    IMAGE_NAME("image name");

    private final String label;

    By(String label) {
      this.label = label;
    }

    /** How messages name it: {@code sha256}, {@code file name}, {@code URL}, {@code image name}. */
    String label() {
      return label;
    }
  }

  /**
   * One key a recording is looked up by.
   *
   * @param by what it is
   * @param value the hash in lower-case hex, or the name as sent
   */
  record Key(By by, String value) {
    /** {@code sha256 3fa…}, {@code file name "receipt-01.jpg"}. */
    @Override
    public String toString() {
      return by == By.SHA256 ? "sha256 " + value : by.label() + " \"" + value + "\"";
    }
  }

  /**
   * A recorded response that matched.
   *
   * @param json the file's bytes
   * @param file where it came from, for logs and errors
   * @param key the key it was found by
   */
  record Match(byte[] json, String file, Key key) {}

  /**
   * What a lookup came to.
   *
   * @param match the recording found, if any
   * @param tried every key tried, in order (the matching one last)
   */
  record Lookup(Optional<Match> match, List<Key> tried) {
    Lookup {
      tried = List.copyOf(tried);
    }

    /** {@link #triedText()} with personal numbers in names masked ({@link Masking#numbersIn}), for logs. */
    String triedTextMasked() {
      return tried.isEmpty()
          ? triedText()
          : tried.stream()
              .map(k -> k.by() == By.SHA256 ? k.toString() : Masking.numbersIn(k.toString()))
              .collect(Collectors.joining(", "));
    }

    /** The keys tried, for messages: {@code sha256 3fa…, file name "a.jpg", image name "demo"}. */
    String triedText() {
      return tried.isEmpty()
          ? "nothing (the request names no image)"
          : tried.stream().map(Key::toString).collect(Collectors.joining(", "));
    }
  }

  private final List<Source> sources;

  RecordedResponses(List<Source> sources) {
    this.sources = List.copyOf(sources);
  }

  /** Where recordings are read from, for messages: {@code looked in /recordings/, classpath:fixtures/}. */
  String describeSources() {
    return sources.isEmpty()
        ? "no recordings configured"
        : "looked in " + sources.stream().map(Source::describe).collect(Collectors.joining(", "));
  }

  /**
   * Looks {@code keys} up in order.
   *
   * @throws IOException if a source cannot be read, or its {@code index.json} is unusable
   */
  Lookup find(List<Key> keys) throws IOException {
    List<Key> tried = new ArrayList<>();
    for (Key key : keys) {
      tried.add(key);
      Optional<Match> match = key.by() == By.SHA256 ? findByHash(key) : findByName(key);
      if (match.isPresent()) {
        return new Lookup(match, tried);
      }
    }
    return new Lookup(Optional.empty(), tried);
  }

  /** The keys of a CLOVA request, in the order they are tried. */
  static List<Key> keysOf(OcrRequest request) {
    List<Key> keys = new ArrayList<>();
    Payload payload = request.payload();
    if (payload != null) {
      keys.add(new Key(By.SHA256, payload.sha256()));
    }
    String fileName = request.fileName();
    if (fileName != null && !fileName.isBlank()) {
      keys.add(new Key(By.FILE_NAME, fileName));
    }
    String url = request.url();
    if (payload == null && url != null) {
      String urlName = urlName(url);
      if (urlName != null && !urlName.isBlank()) {
        keys.add(new Key(By.URL, urlName));
      }
    }
    String name = request.name();
    if (name != null && !name.isBlank()) {
      keys.add(new Key(By.IMAGE_NAME, name));
    }
    return keys;
  }

  private Optional<Match> findByName(Key key) throws IOException {
    for (String name : candidateNames(key.value())) {
      for (Source s : sources) {
        Optional<byte[]> json = s.read(name + ".json");
        if (json.isPresent()) {
          return Optional.of(new Match(json.get(), s.describe() + name + ".json", key));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Match> findByHash(Key key) throws IOException {
    String sha256 = key.value();
    for (Source s : sources) {
      Optional<byte[]> json = s.read(sha256 + ".json");
      if (json.isPresent()) {
        return Optional.of(new Match(json.get(), s.describe() + sha256 + ".json", key));
      }
      Optional<byte[]> index = s.read(INDEX);
      if (index.isPresent()) {
        String file = indexEntry(index.get(), sha256, s);
        if (file != null) {
          Optional<byte[]> indexed = s.read(file);
          if (indexed.isEmpty()) {
            throw new IOException(s.describe() + INDEX + " names " + file + ", which does not exist");
          }
          return Optional.of(new Match(indexed.get(), s.describe() + file, key));
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

  /** The file names a name key tries, without {@code .json}: as sent, then without an image extension. */
  static List<String> candidateNames(String name) {
    List<String> names = new ArrayList<>();
    add(names, name);
    add(names, IMAGE_EXTENSION.matcher(name).replaceFirst(""));
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
