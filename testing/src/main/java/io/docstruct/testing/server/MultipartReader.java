package io.docstruct.testing.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of a {@code multipart/form-data} body (RFC 7578): it never holds more than one header
 * block in memory and copies each part's body to an {@link OutputStream} the caller chooses.
 *
 * <pre>{@code
 * MultipartReader r = new MultipartReader(body, MultipartReader.boundary(contentType).orElseThrow());
 * for (MultipartReader.Part p; (p = r.nextPart()) != null; ) {
 *   r.copyBody(sinkFor(p));
 * }
 * }</pre>
 */
final class MultipartReader {
  /** Longest header block accepted for one part. */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(?:\"([^\"]{1,200})\"|([^;\\s]{1,200}))");
  private static final Pattern DISPOSITION_PARAM =
      Pattern.compile("(?i)(?:^|;)\\s*(name|filename)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

  /** One part's headers. */
  record Part(String name, @Nullable String filename, @Nullable String contentType) {}

  private final InputStream in;
  private final byte[] delimiter;
  private final int[] failure;
  private boolean started;
  private boolean finished;
  private boolean bodyPending;

  MultipartReader(InputStream in, String boundary) {
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 64 * 1024);
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.failure = failureFunction(delimiter);
  }

  /** The boundary parameter of a {@code multipart/form-data} content type. */
  static Optional<String> boundary(String contentType) {
    int semicolon = contentType.indexOf(';');
    if (semicolon < 0) {
      return Optional.empty();
    }
    Matcher m = BOUNDARY.matcher(contentType.substring(semicolon));
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /**
   * The headers of the next part, or {@code null} after the closing delimiter. The previous part's body is
   * skipped if it was not copied.
   *
   * @throws MalformedMultipartException if the body does not follow the format
   */
  @Nullable Part nextPart() throws IOException {
    if (finished) {
      return null;
    }
    if (!started) {
      started = true;
      // The first delimiter has no CRLF before it: pretend the preamble starts with one.
      copyUntilDelimiter(OutputStream.nullOutputStream(), 2);
    } else if (bodyPending) {
      copyUntilDelimiter(OutputStream.nullOutputStream(), 0);
    }
    bodyPending = false;
    in.mark(2);
    if (in.read() == '-' && in.read() == '-') {
      finished = true; // the close delimiter; CRLF and epilogue after it are optional and ignored
      return null;
    }
    in.reset();
    if (!readLine().isBlank()) {
      throw new MalformedMultipartException("unexpected text after a boundary");
    }
    String name = null;
    String filename = null;
    String contentType = null;
    int headerBytes = 0;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      headerBytes += line.length() + 2;
      if (headerBytes > MAX_HEADER_BYTES) {
        throw new MalformedMultipartException("part headers longer than " + MAX_HEADER_BYTES + " bytes");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new MalformedMultipartException("part header without a colon");
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-disposition")) {
        Matcher m = DISPOSITION_PARAM.matcher(value);
        while (m.find()) {
          String v = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
          if (m.group(1).equalsIgnoreCase("name")) {
            name = v;
          } else {
            filename = v;
          }
        }
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    if (name == null) {
      throw new MalformedMultipartException("part without a Content-Disposition name");
    }
    bodyPending = true;
    return new Part(name, filename, contentType);
  }

  /** Copies the current part's body to {@code out}. */
  void copyBody(OutputStream out) throws IOException {
    if (!bodyPending) {
      throw new IllegalStateException("no part body to copy");
    }
    copyUntilDelimiter(out, 0);
    bodyPending = false;
  }

  /**
   * Copies bytes to {@code out} until the delimiter, which is consumed and not copied. {@code matched}
   * delimiter bytes are taken as already seen (used for the virtual CRLF before the first boundary).
   */
  private void copyUntilDelimiter(OutputStream out, int alreadyMatched) throws IOException {
    int matched = alreadyMatched;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new MalformedMultipartException("body ended before the closing boundary");
      }
      while (matched > 0 && b != (delimiter[matched] & 0xFF)) {
        int fallback = failure[matched - 1];
        out.write(delimiter, 0, matched - fallback);
        matched = fallback;
      }
      if (b == (delimiter[matched] & 0xFF)) {
        matched++;
        if (matched == delimiter.length) {
          return;
        }
      } else {
        out.write(b);
      }
    }
  }

  /** A line ended by CRLF (or a bare LF), without its end, decoded as UTF-8. */
  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new MalformedMultipartException("body ended inside part headers");
      }
      if (b == '\n') {
        break;
      }
      if (line.size() > MAX_HEADER_BYTES) {
        throw new MalformedMultipartException("header line longer than " + MAX_HEADER_BYTES + " bytes");
      }
      line.write(b);
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    // Browsers and most clients send UTF-8 file names in the header; decode them as such.
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /** KMP failure function: for each prefix length i+1, the longest proper prefix that is also a suffix. */
  private static int[] failureFunction(byte[] pattern) {
    int[] f = new int[pattern.length];
    int k = 0;
    for (int i = 1; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = f[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }

  /** The body is not well-formed {@code multipart/form-data}. */
  static final class MalformedMultipartException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedMultipartException(String message) {
      super(message);
    }
  }
}
