package io.docstruct.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.read.ResponseReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 MB responses that would not fit in the heap are refused within it: these run in a JVM of 64 MB (the
 * {@code small-heap} surefire execution of core).
 */
@Tag("small-heap")
class SmallHeapLimitsTest {
  private static final long SIZE = 200L * 1000 * 1000;
  private static final ResponseReader READER = ResponseReader.create();

  @org.junit.jupiter.api.BeforeAll
  static void inTheSmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
  }

  @Test
  void a200MegabyteStringIsRefusedFromAFileAndFromAStream(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one-string.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("{\"images\":[{\"fields\":[{\"inferText\":\"".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1 << 16];
      Arrays.fill(chunk, (byte) 'a');
      for (long n = 0; n < SIZE; n += chunk.length) {
        out.write(chunk);
      }
      out.write("\"}]}]}".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.size(file)).isGreaterThan(SIZE);

    assertThatThrownBy(() -> READER.read(file))
        .satisfies(e -> ResourceLimitsTest.assertLimit(e, "document length"));
    try (InputStream in = Files.newInputStream(file)) {
      assertThatThrownBy(() -> READER.read(in, "one-string.json"))
          .satisfies(e -> ResourceLimitsTest.assertLimit(e, "String value length"));
    }
  }

  @Test
  void a200MegabyteStreamOfWhitespaceIsRefusedAtTheDocumentLimit() {
    InputStream padded = new PaddedResponse(SIZE);
    assertThatThrownBy(() -> READER.read(padded, "padded.json"))
        .satisfies(e -> ResourceLimitsTest.assertLimit(e, "document length"));
  }

  /** {@code {"images":[} followed by {@code size} bytes of spaces, then {@code ]}}: generated, never held. */
  private static final class PaddedResponse extends InputStream {
    private final byte[] head = "{\"images\":[".getBytes(StandardCharsets.US_ASCII);
    private final byte[] tail = "]}".getBytes(StandardCharsets.US_ASCII);
    private final long total;
    private long position;

    PaddedResponse(long spaces) {
      this.total = head.length + spaces + tail.length;
    }

    @Override
    public int read() {
      if (position >= total) {
        return -1;
      }
      long p = position++;
      if (p < head.length) {
        return head[(int) p];
      }
      long fromEnd = total - p;
      return fromEnd <= tail.length ? tail[tail.length - (int) fromEnd] : ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }
}
