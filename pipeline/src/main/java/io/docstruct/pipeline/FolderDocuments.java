package io.docstruct.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which documents the files of one folder are, from their names alone: the rule of {@link DocumentInput#folder}
 * ({@code docstruct batch}), which the Spark job's listing applies to the names on any file system too.
 *
 * <ul>
 *   <li>every response {@code BASE.json} is a document, with the image or PDF of the same base name beside it,
 *       if any: the first found in the order of {@link DocumentInput#SOURCE_EXTENSIONS}, then of names;
 *   <li>a split PDF's per-call answers ({@code BASE.part-NN.json} beside {@code BASE.json}) are evidence, not
 *       documents of their own;
 *   <li>every image or PDF whose base name has no response is a document read by OCR, its answer saved as
 *       {@code BASE.json} (for a base with several, the first as above).
 * </ul>
 *
 * <p>Base names and extensions are compared ignoring case ({@link Locale#ROOT}): {@code b.PNG} belongs to {@code
 * b.JSON} as {@code b.png} to {@code b.json}, as a phone or a case-insensitive file system may have named them,
 * so that an image whose response is there is never sent to OCR again.
 *
 * <pre>{@code
 * List<FolderDocuments.Found> found = FolderDocuments.of(List.of("a.json", "a.JPG", "b.png", "notes.txt"));
 * // [Found[response=a.json, saved=true, source=a.JPG], Found[response=b.json, saved=false, source=b.png]]
 * }</pre>
 */
public final class FolderDocuments {
  private static final Pattern PART = Pattern.compile("(.+)\\.part-\\d{2,}\\.json", Pattern.CASE_INSENSITIVE);

  private FolderDocuments() {}

  /**
   * One document of the folder.
   *
   * @param response the response's file name: the saved one, or for an image without one the name its answer
   *     is saved as ({@code BASE.json})
   * @param saved whether the response is there ({@code false}: the source is read by OCR)
   * @param source the image or PDF's file name, or {@code null} for a response without one
   */
  public record Found(String response, boolean saved, @Nullable String source) {
    public Found {
      Objects.requireNonNull(response, "response == null");
      if (!saved && source == null) {
        throw new IllegalArgumentException(response + ": neither saved nor with an image to read");
      }
    }
  }

  /**
   * The documents among a folder's file names (its own files, not its subfolders'), ordered by the name of
   * their response; names that are neither responses nor images or PDFs are left out.
   */
  public static List<Found> of(Collection<String> fileNames) {
    Set<String> names = new TreeSet<>(fileNames);
    Set<String> responseBases = new HashSet<>();
    Map<String, String> sources = new HashMap<>();   // lower-case base -> its first image or PDF
    for (String name : names) {
      if (isJson(name)) {
        responseBases.add(fold(name.substring(0, name.length() - ".json".length())));
        continue;
      }
      int dot = name.lastIndexOf('.');
      if (dot > 0) {
        if (DocumentInput.SOURCE_EXTENSIONS.contains(fold(name.substring(dot)))) {
          sources.merge(fold(name.substring(0, dot)), name, (kept, next) -> rank(kept) <= rank(next) ? kept : next);
        }
      }
    }
    List<Found> found = new ArrayList<>();
    for (String name : names) {
      if (isJson(name)) {
        Matcher part = PART.matcher(name);
        if (part.matches() && responseBases.contains(fold(part.group(1)))) {
          continue;
        }
        found.add(new Found(name, true, sources.get(fold(name.substring(0, name.length() - ".json".length())))));
      }
    }
    for (Map.Entry<String, String> source : sources.entrySet()) {
      if (!responseBases.contains(source.getKey())) {
        String image = source.getValue();
        found.add(new Found(image.substring(0, image.lastIndexOf('.')) + ".json", false, image));
      }
    }
    found.sort(Comparator.comparing(Found::response));
    return List.copyOf(found);
  }

  private static boolean isJson(String name) {
    return fold(name).endsWith(".json");
  }

  /** Where an image or PDF's extension comes in {@link DocumentInput#SOURCE_EXTENSIONS}; names break ties. */
  private static int rank(String name) {
    return DocumentInput.SOURCE_EXTENSIONS.indexOf(fold(name.substring(name.lastIndexOf('.'))));
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
