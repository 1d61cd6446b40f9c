package io.docstruct.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The resume record of {@code docstruct batch}: {@code OUT.manifest.jsonl} beside the workbook, one JSON
 * line per finished document, appended and flushed to disk as each finishes. A torn last line (the run was
 * killed while writing it) is ignored.
 *
 * <pre>{@code
 * BatchManifest manifest = BatchManifest.load(Path.of("expenses.xlsx.manifest.jsonl"));
 * if (manifest.isDone(entry.file(), entry.size(), entry.modified())) { ... }
 * manifest.append(new BatchManifest.Entry("a.json", 1234, 1715849512087L, "done", "a.pdf"));
 * }</pre>
 */
final class BatchManifest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * One finished document.
   *
   * @param file the response's file name in the batch directory
   * @param size the response's size in bytes when it was processed
   * @param modified the response's last-modified time, milliseconds since the epoch
   * @param outcome {@code done} or {@code failed}
   * @param pdf the searchable PDF written for it (file name in the PDF directory), or {@code null}
   */
  record Entry(String file, long size, long modified, String outcome, @Nullable String pdf) {}

  private final Path file;
  private final Map<String, Entry> entries;

  private BatchManifest(Path file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /** The manifest at {@code file}, empty if there is none yet. */
  static BatchManifest load(Path file) throws IOException {
    Map<String, Entry> entries = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      lines = List.of();
    }
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        Entry entry = JSON.readValue(line, Entry.class);
        entries.put(entry.file(), entry);
      } catch (JsonProcessingException e) {
        // A line torn by an interruption: that document is simply done again.
        continue;
      }
    }
    return new BatchManifest(file, entries);
  }

  /** The entry for {@code file} if it finished as {@code done} with this size and modification time. */
  @Nullable Entry done(String name, long size, long modified) {
    Entry entry = entries.get(name);
    return entry != null
            && entry.outcome().equals("done")
            && entry.size() == size
            && entry.modified() == modified
        ? entry
        : null;
  }

  /** Appends one line and forces it to disk before returning. */
  void append(Entry entry) throws IOException {
    byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try (var channel =
        java.nio.channels.FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      var buffer = java.nio.ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    }
    entries.put(entry.file(), entry);
  }
}
