package io.docstruct.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to recognise: a local file, bytes in memory, a stream, or a public URL the service fetches itself.
 * Files are streamed to the service, never read whole into memory; a stream is first copied to a temporary
 * file (so that a retry can send it again) which the client deletes after the call.
 *
 * <p>The {@linkplain #name() name} identifies the image in the request and the response: for a file it is
 * the file name without its extension ({@code receipt-01.jpg} → {@code receipt-01}).
 *
 * <pre>{@code
 * ImageSource a = ImageSource.of(Path.of("receipt-01.jpg"));
 * ImageSource b = ImageSource.ofBytes(bytes, "scan");
 * ImageSource c = ImageSource.ofUrl("https://example.com/receipt.png");
 * }</pre>
 */
public sealed interface ImageSource
    permits ImageSource.FileSource, ImageSource.BytesSource, ImageSource.StreamSource, ImageSource.UrlSource {

  /** The name sent as {@code images[0].name}. */
  String name();

  /** A local file, streamed. */
  static ImageSource of(Path file) {
    return new FileSource(file, baseName(file));
  }

  /** Bytes in memory (sent as the multipart file, or as base64 {@code data} when JSON is asked for). */
  static ImageSource ofBytes(byte[] bytes, String name) {
    return new BytesSource(bytes, name);
  }

  /** A stream, copied to a temporary file before sending; the caller closes it. */
  static ImageSource ofStream(InputStream in, String name) {
    return new StreamSource(in, name);
  }

  /** A public URL that the OCR service downloads itself. */
  static ImageSource ofUrl(String url) {
    return new UrlSource(url, baseName(url));
  }

  /** A local file. */
  record FileSource(Path file, String name) implements ImageSource {
    public FileSource {
      Objects.requireNonNull(file, "file == null");
      Objects.requireNonNull(name, "name == null");
    }
  }

  /** Bytes in memory; {@link #toString()} shows their length, not their content. */
  record BytesSource(byte[] bytes, String name) implements ImageSource {
    public BytesSource {
      Objects.requireNonNull(bytes, "bytes == null");
      Objects.requireNonNull(name, "name == null");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof BytesSource b && name.equals(b.name) && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "BytesSource[" + name + ", " + bytes.length + " bytes]";
    }
  }

  /** A stream of unknown length. */
  record StreamSource(InputStream stream, String name) implements ImageSource {
    public StreamSource {
      Objects.requireNonNull(stream, "stream == null");
      Objects.requireNonNull(name, "name == null");
    }

    /**
     * Copies at most {@code maxBytes} bytes of the stream to {@code target}, in bounded memory, and returns how
     * many were copied. A caller that passes its size limit plus one knows the stream is too large when the
     * result exceeds the limit, without copying a huge stream whole.
     */
    public long copyTo(Path target, long maxBytes) throws IOException {
      byte[] buffer = new byte[8192];
      long total = 0;
      try (OutputStream out = Files.newOutputStream(target)) {
        while (total < maxBytes) {
          int n = stream.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - total));
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
          total += n;
        }
      }
      return total;
    }
  }

  /** A public URL. */
  record UrlSource(String url, String name) implements ImageSource {
    public UrlSource {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(name, "name == null");
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("url must be http or https: " + url);
      }
    }
  }

  private static String baseName(Path file) {
    Path fileName = file.getFileName();
    return stripExtension(fileName == null ? file.toString() : fileName.toString());
  }

  private static String baseName(String url) {
    String path = url.replaceFirst("[?#].*$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() ? "image" : stripExtension(last);
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
