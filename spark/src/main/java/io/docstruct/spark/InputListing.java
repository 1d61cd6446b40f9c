package io.docstruct.spark;

import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.FolderDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;

/**
 * Lists the documents of the job's inputs on the driver, on any Hadoop file system, with the rules of {@link
 * DocumentInput#folder} ({@link FolderDocuments}, by name, in any case): every response {@code BASE.json} (a split
 * PDF's {@code BASE.part-NN.json} are evidence, not documents) with the first image or PDF {@code BASE.ext} of
 * {@link DocumentInput#SOURCE_EXTENSIONS} beside it, and every image or PDF without a response. A folder gives
 * its own files, not its subfolders'; a glob gives the files it matches (and the files of the folders it
 * matches), paired within each folder.
 *
 * <pre>{@code
 * List<InputFile> inputs = InputListing.list(hadoopConf, List.of("hdfs:///receipts/2026-05/*", "/data/more"));
 * }</pre>
 */
final class InputListing {
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

  /** One folder's documents, as {@link DocumentInput#folder} pairs them ({@link FolderDocuments}). */
  private static List<InputFile> pair(Path folder, Map<String, Path> files) {
    String folderName = folder.getName();
    List<InputFile> found = new ArrayList<>();
    for (FolderDocuments.Found f : FolderDocuments.of(files.keySet())) {
      @Nullable String source = f.source();
      List<String> sources = source == null ? List.of() : List.of(files.get(source).toString());
      found.add(f.saved()
          ? new InputFile(InputFile.Kind.RESPONSE, files.get(f.response()).toString(), sources, f.response(),
              folderName, order(folder, f.response()))
          : new InputFile(InputFile.Kind.IMAGE, sources.get(0), sources, f.response(), folderName,
              order(folder, f.response())));
    }
    return found;
  }

  /** The folder, then the response's name: the order batch gives a folder's documents. */
  private static String order(Path folder, String responseName) {
    return folder + "/" + responseName;
  }
}
