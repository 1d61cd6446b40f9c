package io.docstruct.client;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The exact bytes of one HTTP response body, as the provider sent them (after HTTP transfer decoding such as
 * gzip): whitespace, key order, unicode escapes and keys DocStruct does not model included. This is
 * the evidence to keep; the parsed response is what DocStruct made of it. Immutable: the bytes are held once
 * and never handed out for writing, so keeping an answer costs its size and no more.
 *
 * <pre>{@code
 * ProviderAnswer<ClovaResponse> answer = client.documentAnswer(DocumentType.RECEIPT, ImageSource.of(jpg));
 * try (OutputStream out = Files.newOutputStream(Path.of("receipt.json"))) {
 *   answer.bodies().get(0).writeTo(out);              // byte for byte what CLOVA answered
 * }
 * }</pre>
 */
public final class ResponseBytes {
  private final byte[] bytes;

  private ResponseBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static ResponseBytes copyOf(byte[] bytes) {
    return new ResponseBytes(Arrays.copyOf(Objects.requireNonNull(bytes, "bytes == null"), bytes.length));
  }

  /**
   * Reads {@code in} to its end. With a known length the bytes are read into one array of that size;
   * otherwise they are read up to one byte past {@code maxBytes}.
   *
   * @param expectedLength the body's length when the response declared it, else -1
   * @param maxBytes the most bytes accepted
   * @return the bytes, or empty when the body is longer than {@code maxBytes} (nothing more is read)
   * @throws EOFException when the stream ends before {@code expectedLength} bytes
   * @throws IOException when reading fails
   */
  public static Optional<ResponseBytes> read(InputStream in, long expectedLength, int maxBytes)
      throws IOException {
    Objects.requireNonNull(in, "in == null");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
    }
    if (expectedLength > maxBytes) {
      return Optional.empty();
    }
    if (expectedLength >= 0) {
      byte[] bytes = new byte[(int) expectedLength];
      int read = in.readNBytes(bytes, 0, bytes.length);
      if (read < bytes.length) {
        throw new EOFException("the body ended after " + read + " of " + expectedLength + " bytes");
      }
      return Optional.of(new ResponseBytes(bytes));
    }
    byte[] bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
    return bytes.length > maxBytes ? Optional.empty() : Optional.of(new ResponseBytes(bytes));
  }

  /** How many bytes. */
  public int size() {
    return bytes.length;
  }

  /** A stream over the bytes (no copy is made). */
  public InputStream openStream() {
    return new ByteArrayInputStream(bytes);
  }

  /** Writes the bytes to {@code out} (no copy is made); does not close it. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes);
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** The bytes decoded as UTF-8 (JSON's encoding), malformed sequences replaced. */
  public String utf8() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponseBytes other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The size only: the content may hold personal data. */
  @Override
  public String toString() {
    return "ResponseBytes[" + bytes.length + " bytes]";
  }
}
