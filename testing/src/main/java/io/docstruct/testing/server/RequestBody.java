package io.docstruct.testing.server;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of one request on a kept-alive connection: it ends where the request's framing says (its
 * {@code Content-Length}, or the last chunk), never reads into the next request, and {@link #close()} leaves
 * the connection open.
 */
abstract class RequestBody extends InputStream {
  /** Most bytes of one chunk-size line or trailer line. */
  private static final int MAX_LINE = 4096;

  final InputStream in;

  private RequestBody(InputStream in) {
    this.in = in;
  }

  /** A body of exactly {@code length} bytes. */
  static RequestBody fixed(InputStream in, long length) {
    return new Fixed(in, length);
  }

  /** A {@code Transfer-Encoding: chunked} body (RFC 9112, 7.1); trailer fields are read and dropped. */
  static RequestBody chunked(InputStream in) {
    return new Chunked(in);
  }

  /** Whether no body bytes are left to read. */
  abstract boolean finished();

  /**
   * Reads what is left of the body, at most {@code limit} bytes, so that the next request can be read.
   *
   * @return {@code false} if more than {@code limit} bytes were left (the connection must then be closed)
   */
  boolean drain(long limit) throws IOException {
    long skipped = 0;
    byte[] buffer = new byte[16 * 1024];
    while (!finished()) {
      int n = read(buffer, 0, buffer.length);
      if (n < 0) {
        break;
      }
      skipped += n;
      if (skipped > limit) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  /** Does not close the connection. */
  @Override
  public void close() {}

  private static final class Fixed extends RequestBody {
    private long remaining;

    Fixed(InputStream in, long length) {
      super(in);
      this.remaining = length;
    }

    @Override
    boolean finished() {
      return remaining == 0;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining == 0) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n = in.read(b, off, (int) Math.min(len, remaining));
      if (n < 0) {
        throw new IOException("the connection ended " + remaining + " bytes before the end of the body");
      }
      remaining -= n;
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(remaining, in.available());
    }
  }

  private static final class Chunked extends RequestBody {
    /** Bytes left in the current chunk; 0 between chunks. */
    private long chunkLeft;

    private boolean started;
    private boolean ended;

    Chunked(InputStream in) {
      super(in);
    }

    @Override
    boolean finished() {
      return ended;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ended) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      if (chunkLeft == 0) {
        if (started) {
          expectCrlf();
        }
        started = true;
        chunkLeft = chunkSize();
        if (chunkLeft == 0) {
          // The last chunk: skip trailer fields up to the blank line.
          while (!line().isEmpty()) {
            // dropped
          }
          ended = true;
          return -1;
        }
      }
      int n = in.read(b, off, (int) Math.min(len, chunkLeft));
      if (n < 0) {
        throw new IOException("the connection ended inside a chunk");
      }
      chunkLeft -= n;
      return n;
    }

    private long chunkSize() throws IOException {
      String line = line();
      int semicolon = line.indexOf(';'); // chunk extensions are ignored
      String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).strip();
      if (hex.isEmpty() || hex.length() > 15) {
        throw new RequestHead.MalformedRequestException("not a chunk size: " + hex);
      }
      try {
        return Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new RequestHead.MalformedRequestException("not a chunk size: " + hex);
      }
    }

    private void expectCrlf() throws IOException {
      if (!line().isEmpty()) {
        throw new RequestHead.MalformedRequestException("a chunk is longer than its size");
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      while (true) {
        int c = in.read();
        if (c < 0) {
          throw new IOException("the connection ended inside a chunked body");
        }
        if (c == '\n') {
          int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
          return line.substring(0, end);
        }
        if (line.length() >= MAX_LINE) {
          throw new RequestHead.MalformedRequestException("a chunk line is longer than " + MAX_LINE + " bytes");
        }
        line.append((char) c);
      }
    }
  }
}
