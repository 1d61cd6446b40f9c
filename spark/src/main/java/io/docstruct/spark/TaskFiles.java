package io.docstruct.spark;

import io.docstruct.client.ResponseBytes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

/**
 * One task's view of the Hadoop file systems: input files as local paths for the pipeline (a local file as it is,
 * any other copied into the task's own temporary folder, deleted on {@link #close()}), their SHA-256, and output
 * files published whole: written under a temporary name beside the target, then renamed, so that a retried or
 * killed task leaves the target complete or absent, never half-written.
 *
 * <pre>{@code
 * try (TaskFiles files = new TaskFiles(hadoopConf)) {
 *   java.nio.file.Path receipt = files.local("s3a://bucket/in/r1.json");
 *   files.publish(localPdf, "s3a://bucket/out/pdfs/3fa9….pdf");
 * }
 * }</pre>
 */
final class TaskFiles implements Closeable {
  private final Configuration conf;
  private java.nio.file.@Nullable Path temporary;

  TaskFiles(Configuration conf) {
    this.conf = conf;
  }

  /** {@code uri} as a local path: the file itself on the local file system, else a copy in the task's folder. */
  java.nio.file.Path local(String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    if ("file".equals(fs.getScheme())) {
      return java.nio.file.Path.of(fs.makeQualified(path).toUri().getPath());
    }
    java.nio.file.Path copy = temporaryFolder().resolve(UUID.randomUUID().toString()).resolve(path.getName());
    Files.createDirectories(copy.getParent());
    try (InputStream in = fs.open(path)) {
      Files.copy(in, copy);
    }
    return copy;
  }

  /** A new empty local folder for files this task makes before publishing them. */
  java.nio.file.Path scratch() throws IOException {
    return Files.createDirectories(temporaryFolder().resolve(UUID.randomUUID().toString()));
  }

  /** The SHA-256 of a file's bytes, in hex: the name of its PDF and of its saved answer. */
  String sha256(String uri) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(
        "file".equals(fs.getScheme())
            ? Files.newInputStream(java.nio.file.Path.of(fs.makeQualified(path).toUri().getPath()))
            : fs.open(path),
        sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The SHA-256 of a response already read, in hex. */
  static String sha256(ResponseBytes bytes) {
    MessageDigest sha = sha256();
    try {
      bytes.writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), sha));
    } catch (IOException e) {
      throw new UncheckedIOException("no I/O: the bytes are in memory", e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Whether {@code uri} exists. */
  boolean exists(String uri) throws IOException {
    Path path = new Path(uri);
    return path.getFileSystem(conf).exists(path);
  }

  /**
   * Publishes a local file at {@code target}: copied beside it under a hidden temporary name, then renamed. If
   * the target appeared meanwhile (another attempt of the same task), that one is kept: both have the same
   * content, named by it.
   */
  void publish(java.nio.file.Path local, String target) throws IOException {
    Path to = new Path(target);
    FileSystem fs = to.getFileSystem(conf);
    Path parent = to.getParent();
    fs.mkdirs(parent);
    if ("file".equals(fs.getScheme())) {
      java.nio.file.Path dest = java.nio.file.Path.of(fs.makeQualified(to).toUri().getPath());
      java.nio.file.Path tmp = dest.resolveSibling("." + dest.getFileName() + "." + UUID.randomUUID() + ".tmp");
      Files.copy(local, tmp);
      Files.move(tmp, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    Path tmp = new Path(parent, "." + to.getName() + "." + UUID.randomUUID() + ".tmp");
    try (FSDataOutputStream out = fs.create(tmp, false)) {
      Files.copy(local, out);
    }
    if (!fs.rename(tmp, to)) {
      fs.delete(tmp, false);
      if (!fs.exists(to)) {
        throw new IOException(target + ": could not be renamed into place");
      }
    }
  }

  private java.nio.file.Path temporaryFolder() throws IOException {
    if (temporary == null) {
      temporary = Files.createTempDirectory("docstruct-task-");
    }
    return temporary;
  }

  /** Deletes the task's temporary folder and everything in it. */
  @Override
  public void close() throws IOException {
    if (temporary == null) {
      return;
    }
    try (Stream<java.nio.file.Path> all = Files.walk(temporary)) {
      for (java.nio.file.Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
    temporary = null;
  }
}
