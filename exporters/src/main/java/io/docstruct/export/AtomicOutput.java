package io.docstruct.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file written under a temporary name in its target's directory and moved into place only when complete,
 * so that a failure never leaves a half-written file under the user's name.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(target)) {
 *   workbook.write(out.stream());
 *   out.commit();          // flushed, synced, moved over target
 * }                        // not committed: the temporary file is deleted, target untouched
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AtomicOutput implements Closeable {
  /** {@code .NAME.random.tmp}, the temporary file's name; group 1 is the target's name. */
  private static final Pattern TEMPORARY_NAME = Pattern.compile("\\.(.+)\\.[0-9a-z]{1,13}\\.tmp");

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean done;

  private AtomicOutput(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.stream = Channels.newOutputStream(channel);
  }

  /**
   * Creates the temporary file beside {@code target} ({@code .name.random.tmp}).
   *
   * @throws IOException if the directory is missing or not writable
   */
  public static AtomicOutput create(Path target) throws IOException {
    Objects.requireNonNull(target, "target == null");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = createTemp(dir, "." + absolute.getFileName() + ".");
    try {
      return new AtomicOutput(absolute, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /**
   * Replaces {@code target} with {@code content} in one step: readers see the old file or the complete new
   * one.
   *
   * @throws IOException if the directory is missing or not writable, or the move fails
   */
  public static void write(Path target, byte[] content) throws IOException {
    try (AtomicOutput out = create(target)) {
      out.stream().write(content);
      out.commit();
    }
  }

  /**
   * Deletes the temporary files that writers killed before {@link #commit} or {@link #close} (a SIGKILL, a
   * power cut) left in {@code directory} for targets whose name {@code targetName} accepts. Other files,
   * links and directories are not touched. Only for a directory no other writer is using at the moment.
   *
   * @return the files deleted
   */
  public static List<Path> deleteLeftovers(Path directory, Predicate<String> targetName) throws IOException {
    List<Path> deleted = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return deleted;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".*.tmp")) {
      for (Path file : files) {
        Matcher m = TEMPORARY_NAME.matcher(file.getFileName().toString());
        if (m.matches()
            && targetName.test(m.group(1))
            && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            && Files.deleteIfExists(file)) {
          deleted.add(file);
        }
      }
    }
    return deleted;
  }

  /** A new empty file {@code prefix + random + ".tmp"}, with the default permissions (not 0600). */
  private static Path createTemp(Path dir, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp =
          dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  /** The stream into the temporary file; closing it is harmless. */
  public OutputStream stream() {
    return stream;
  }

  /** The temporary file's path (for tests and diagnostics). */
  public Path temporaryFile() {
    return temp;
  }

  /**
   * Flushes and syncs the temporary file and moves it over the target (atomically where the file system
   * can).
   *
   * @throws IOException if the move fails; the temporary file is then deleted by {@link #close()}
   * @throws IllegalStateException if already committed or closed
   */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or closed: " + target);
    }
    done = true;
    try {
      stream.flush();
      channel.force(true);
      channel.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes the temporary file unless it was committed; the target is left as it was. */
  @Override
  public void close() throws IOException {
    done = true;
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
