package io.docstruct.testing.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one uploaded image: in memory when small, otherwise in a temporary file that {@link #close()}
 * deletes. The SHA-256 is computed while the bytes arrive.
 */
final class Payload implements AutoCloseable {
  private final byte @Nullable [] bytes;
  private final @Nullable Path file;
  private final long size;
  private final String sha256;
  private @Nullable FileChannel channel;

  private Payload(byte @Nullable [] bytes, @Nullable Path file, long size, String sha256) {
    this.bytes = bytes;
    this.file = file;
    this.size = size;
    this.sha256 = sha256;
  }

  /** A payload of bytes already in memory. */
  static Payload of(byte[] bytes) {
    return new Payload(bytes.clone(), null, bytes.length, HexFormat.of().formatHex(digest().digest(bytes)));
  }

  /** A sink that keeps up to {@code memoryLimit} bytes in memory, spills beyond, and refuses beyond {@code maxSize}. */
  static Sink sink(int memoryLimit, long maxSize) {
    return new Sink(memoryLimit, maxSize);
  }

  long size() {
    return size;
  }

  /** Lower-case hex SHA-256 of the bytes. */
  String sha256() {
    return sha256;
  }

  /** Whether the bytes were spilled to a temporary file. */
  boolean spilled() {
    return file != null;
  }

  /** A fresh stream over all the bytes. */
  InputStream open() throws IOException {
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    return new BufferedInputStream(Files.newInputStream(requireFile()), 64 * 1024);
  }

  /** Up to {@code length} bytes from {@code position}; shorter (possibly empty) at the end. */
  byte[] read(long position, int length) throws IOException {
    if (position < 0 || position >= size || length <= 0) {
      return new byte[0];
    }
    int n = (int) Math.min(length, size - position);
    byte[] out = new byte[n];
    if (bytes != null) {
      System.arraycopy(bytes, (int) position, out, 0, n);
      return out;
    }
    FileChannel ch = channel;
    if (ch == null) {
      ch = FileChannel.open(requireFile(), StandardOpenOption.READ);
      channel = ch;
    }
    ByteBuffer buf = ByteBuffer.wrap(out);
    long at = position;
    while (buf.hasRemaining()) {
      int r = ch.read(buf, at);
      if (r < 0) {
        break;
      }
      at += r;
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      FileChannel ch = channel;
      if (ch != null) {
        ch.close();
      }
    } finally {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Path requireFile() {
    if (file == null) {
      throw new IllegalStateException("payload is in memory");
    }
    return file;
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  /** The payload was larger than the sink allows. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long maxSize) {
      super("larger than " + maxSize + " bytes");
    }
  }

  /**
   * Collects a payload. {@link #finish()} hands the bytes over; {@link #close()} without {@code finish()}
   * deletes any temporary file.
   */
  static final class Sink extends OutputStream {
    private final int memoryLimit;
    private final long maxSize;
    private final MessageDigest digest = digest();
    private @Nullable ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private @Nullable Path file;
    private @Nullable OutputStream fileOut;
    private long size;
    private boolean finished;

    private Sink(int memoryLimit, long maxSize) {
      this.memoryLimit = memoryLimit;
      this.maxSize = maxSize;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (finished) {
        throw new IOException("sink already finished");
      }
      if (size + len > maxSize) {
        throw new TooLargeException(maxSize);
      }
      digest.update(b, off, len);
      size += len;
      ByteArrayOutputStream mem = memory;
      if (mem != null && mem.size() + len <= memoryLimit) {
        mem.write(b, off, len);
        return;
      }
      OutputStream out = fileOut;
      if (out == null) {
        Path f = Files.createTempFile("docstruct-ocr-server-", ".part");
        file = f;
        out = Files.newOutputStream(f);
        fileOut = out;
        if (mem != null) {
          mem.writeTo(out);
          memory = null;
        }
      }
      out.write(b, off, len);
    }

    /** Bytes written so far. */
    long size() {
      return size;
    }

    /** The collected payload; the caller now owns (and must close) it. */
    Payload finish() throws IOException {
      finished = true;
      String hash = HexFormat.of().formatHex(digest.digest());
      OutputStream out = fileOut;
      if (out != null) {
        out.close();
        fileOut = null;
        Path f = file;
        file = null;
        return new Payload(null, f, size, hash);
      }
      ByteArrayOutputStream mem = memory;
      return new Payload(mem == null ? new byte[0] : mem.toByteArray(), null, size, hash);
    }

    @Override
    public void close() throws IOException {
      finished = true;
      try {
        OutputStream out = fileOut;
        if (out != null) {
          out.close();
        }
      } finally {
        fileOut = null;
        Path f = file;
        file = null;
        if (f != null) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
