package io.docstruct.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a whole file at once: the content goes to a hidden temporary file in the target's directory, is
 * flushed to disk, and is then moved over the target. Readers see the old file or the complete new one, never
 * a part, and a failure leaves no file behind under the target's name.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("receipt.json"), bytes);
 * }</pre>
 */
final class AtomicFile {
  private AtomicFile() {}

  /**
   * Replaces {@code target} with {@code content}. The temporary file is created like any new file (the
   * umask applies) and is deleted if anything fails.
   */
  static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = createTemp(absolute);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** {@code .NAME.<random>.tmp} beside the target. */
  private static Path createTemp(Path target) throws IOException {
    Path dir = target.getParent();
    String name = "." + target.getFileName() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp =
          dir.resolve(name + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }
}
