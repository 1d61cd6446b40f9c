package io.docstruct.spark;

import io.docstruct.pipeline.DocumentInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

/**
 * Lists the documents of the job's inputs on the driver, on any Hadoop file system, with the rules of {@link
 * DocumentInput#folder}: every response {@code BASE.json} (a split PDF's {@code BASE.part-NN.json} are evidence,
 * not documents) with the first image or PDF {@code BASE.ext} of {@link DocumentInput#SOURCE_EXTENSIONS} beside
 * it, and every image or PDF without a response. A folder gives its own files, not its subfolders'; a glob gives
 * the files it matches (and the files of the folders it matches), paired within each folder.
 *
 * <pre>{@code
 * List<InputFile> inputs = InputListing.list(hadoopConf, List.of("hdfs:///receipts/2026-05/*", "/data/more"));
 * }</pre>
 */
final class InputListing {
  private static final Pattern PART = Pattern.compile("(.+)\\.part-\\d{2,}\\.json", Pattern.CASE_INSENSITIVE);

  private InputListing() {}

  /**
   * The documents of {@code inputs}, in order of folder then response name.
   *
   * @throws IOException naming an input that matches nothing or cannot be listed
   */
  static List<InputFile> list(Configuration conf, List<String> inputs) throws IOException {
    Map<Path, Map<String, Path>> byFolder = new TreeMap<>();
    for (String input : inputs) {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(pattern);
      if (matched == null || matched.length == 0) {
        throw new IOException(input + ": no such file or folder, or the pattern matches nothing");
      }
      for (FileStatus status : matched) {
        if (status.isDirectory()) {
          for (FileStatus file : fs.listStatus(status.getPath())) {
            if (file.isFile()) {
              add(byFolder, fs.makeQualified(file.getPath()));
            }
          }
        } else if (status.isFile()) {
          add(byFolder, fs.makeQualified(status.getPath()));
        }
      }
    }
    List<InputFile> found = new ArrayList<>();
    for (Map.Entry<Path, Map<String, Path>> folder : byFolder.entrySet()) {
      found.addAll(pair(folder.getKey(), folder.getValue()));
    }
    found.sort(Comparator.comparing(InputFile::order));
    return found;
  }

  private static void add(Map<Path, Map<String, Path>> byFolder, Path file) {
    byFolder.computeIfAbsent(file.getParent(), k -> new TreeMap<>()).put(file.getName(), file);
  }

  /** One folder's documents, as {@link DocumentInput#folder} pairs them. */
  private static List<InputFile> pair(Path folder, Map<String, Path> files) {
    String folderName = folder.getName();
    Map<String, InputFile> found = new LinkedHashMap<>();
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      String name = entry.getKey();
      if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
        var part = PART.matcher(name);
        if (part.matches() && files.containsKey(part.group(1) + ".json")) {
          continue;
        }
        String base = name.substring(0, name.length() - ".json".length());
        @Nullable Path source = sourceOf(files, base);
        found.put(name, new InputFile(
            InputFile.Kind.RESPONSE, entry.getValue().toString(),
            source == null ? List.of() : List.of(source.toString()), name, folderName, order(folder, name)));
        continue;
      }
      int dot = name.lastIndexOf('.');
      if (dot > 0 && DocumentInput.SOURCE_EXTENSIONS.contains(name.substring(dot).toLowerCase(Locale.ROOT))) {
        String base = name.substring(0, dot);
        String answer = base + ".json";
        if (!files.containsKey(answer) && entry.getValue().equals(sourceOf(files, base))) {
          found.put(answer, new InputFile(
              InputFile.Kind.IMAGE, entry.getValue().toString(), List.of(entry.getValue().toString()), answer,
              folderName, order(folder, answer)));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The image or PDF {@code BASE.ext}, the first of {@link DocumentInput#SOURCE_EXTENSIONS}, either case. */
  private static @Nullable Path sourceOf(Map<String, Path> files, String base) {
    for (String extension : DocumentInput.SOURCE_EXTENSIONS) {
      for (String candidate : List.of(extension, extension.toUpperCase(Locale.ROOT))) {
        Path file = files.get(base + candidate);
        if (file != null) {
          return file;
        }
      }
    }
    return null;
  }

  /** The folder, then the response's name: the order batch gives a folder's documents. */
  private static String order(Path folder, String responseName) {
    return folder + "/" + responseName;
  }
}
