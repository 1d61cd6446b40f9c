package io.docstruct.testing.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The request line and header fields of one HTTP/1.1 request (RFC 9112), read from a connection without
 * reading past the blank line that ends them.
 *
 * @param method the method token, e.g. {@code POST}
 * @param rawPath the target's path, still percent-encoded, without query or fragment; {@code "/"} at least
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param fields the header fields by lower-case name, each with its values in arrival order
 */
record RequestHead(String method, String rawPath, String version, Map<String, List<String>> fields) {
  /** Most bytes of request line and header fields together. */
  static final int MAX_BYTES = 64 * 1024;

  /** Most header fields. */
  static final int MAX_FIELDS = 200;

  /** The head could not be read as HTTP/1.1: the connection is answered 400 and closed. */
  static final class MalformedRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedRequestException(String message) {
      super(message);
    }
  }

  RequestHead {
    fields = Map.copyOf(fields);
  }

  /**
   * Reads one head; {@code null} when the connection ends before the request's first byte (a client closing
   * an idle keep-alive connection). Empty lines before the request line are skipped (RFC 9112, 2.2).
   *
   * @throws MalformedRequestException if it is not an HTTP/1.x request head or is too large
   * @throws IOException if reading fails or the connection ends inside the head
   */
  static @Nullable RequestHead read(InputStream in) throws IOException {
    int[] budget = {MAX_BYTES};
    String requestLine;
    do {
      requestLine = line(in, budget, true);
      if (requestLine == null) {
        return null;
      }
    } while (requestLine.isEmpty());
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || !isToken(parts[0])) {
      throw new MalformedRequestException("not a request line: " + printable(requestLine));
    }
    String version = parts[2];
    if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
      throw new MalformedRequestException("not HTTP/1.1 or HTTP/1.0: " + printable(version));
    }
    Map<String, List<String>> fields = new TreeMap<>();
    int count = 0;
    for (String field = line(in, budget, false); !field.isEmpty(); field = line(in, budget, false)) {
      if (++count > MAX_FIELDS) {
        throw new MalformedRequestException("more than " + MAX_FIELDS + " header fields");
      }
      int colon = field.indexOf(':');
      if (colon <= 0 || !isToken(field.substring(0, colon))) {
        // Also refuses obsolete line folding (a line starting with a space), which RFC 9112 lets servers refuse.
        throw new MalformedRequestException("not a header field: " + printable(field));
      }
      String name = field.substring(0, colon).toLowerCase(Locale.ROOT);
      fields.computeIfAbsent(name, n -> new ArrayList<>()).add(field.substring(colon + 1).strip());
    }
    return new RequestHead(parts[0], path(parts[1]), version, fields);
  }

  /** The first value of a header field, by case-insensitive name; {@code null} when absent. */
  @Nullable String field(String name) {
    List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
    return values == null ? null : values.get(0);
  }

  /** Whether the connection stays open after this request: HTTP/1.1 unless {@code Connection: close}. */
  boolean keepAlive() {
    if (!version.equals("HTTP/1.1")) {
      return false;
    }
    List<String> connection = fields.getOrDefault("connection", List.of());
    return connection.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("close"));
  }

  /** Whether the client waits for {@code 100 Continue} before sending the body. */
  boolean expectsContinue() {
    String expect = field("expect");
    return version.equals("HTTP/1.1") && expect != null && expect.equalsIgnoreCase("100-continue");
  }

  /**
   * The body's framing: chunked when {@code Transfer-Encoding} ends in {@code chunked}, else the
   * {@code Content-Length}, else no body.
   *
   * @throws MalformedRequestException for a transfer coding other than chunked, or a bad or ambiguous length
   */
  RequestBody body(InputStream in) throws MalformedRequestException {
    List<String> codings = fields.get("transfer-encoding");
    if (codings != null) {
      String last = codings.get(codings.size() - 1);
      String[] split = last.split(",");
      if (!split[split.length - 1].strip().equalsIgnoreCase("chunked")) {
        throw new MalformedRequestException("unsupported Transfer-Encoding: " + printable(last));
      }
      return RequestBody.chunked(in);
    }
    List<String> lengths = fields.get("content-length");
    if (lengths == null) {
      return RequestBody.fixed(in, 0);
    }
    long length = -1;
    for (String value : lengths) {
      for (String v : value.split(",")) {
        long parsed = contentLength(v.strip());
        if (length >= 0 && parsed != length) {
          throw new MalformedRequestException("conflicting Content-Length values: " + printable(value));
        }
        length = parsed;
      }
    }
    return RequestBody.fixed(in, length);
  }

  private static long contentLength(String value) throws MalformedRequestException {
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedRequestException("not a Content-Length: " + printable(value));
    }
    return Long.parseLong(value);
  }

  /** The path of a request target: origin form {@code /a/b?q}, or absolute form {@code http://host/a/b}. */
  private static String path(String target) throws MalformedRequestException {
    String path;
    if (target.startsWith("/")) {
      int end = target.length();
      for (char stop : new char[] {'?', '#'}) {
        int at = target.indexOf(stop);
        if (at >= 0 && at < end) {
          end = at;
        }
      }
      path = target.substring(0, end);
    } else {
      try {
        URI uri = new URI(target);
        path = uri.getRawPath();
      } catch (URISyntaxException e) {
        throw new MalformedRequestException("not a request target: " + printable(target));
      }
    }
    return path == null || path.isEmpty() ? "/" : path;
  }

  /**
   * One line without its CRLF (a bare LF is accepted too), as ISO-8859-1; {@code null} at end of stream
   * before any byte when {@code eofAllowed}.
   */
  private static @Nullable String line(InputStream in, int[] budget, boolean eofAllowed) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (eofAllowed && line.size() == 0) {
          return null;
        }
        throw new IOException("the connection ended inside a request head");
      }
      if (--budget[0] < 0) {
        throw new MalformedRequestException("request head larger than " + MAX_BYTES + " bytes");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
  }

  /** An RFC 9110 token: visible ASCII without delimiters. */
  private static boolean isToken(String s) {
    return !s.isEmpty()
        && s.chars().allMatch(c -> c > 0x20 && c < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0);
  }

  /** At most 100 characters of what was sent, with control characters shown as {@code ?}, for messages. */
  private static String printable(String s) {
    String cut = s.length() > 100 ? s.substring(0, 100) + "…" : s;
    StringBuilder out = new StringBuilder(cut.length());
    cut.chars().forEach(c -> out.append(c < 0x20 || c == 0x7F ? '?' : (char) c));
    return out.toString();
  }
}
