package io.docstruct.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes the searchable PDF of each document of a {@link ResultStream}, on its worker threads (rendering is
 * the expensive part), before the result is handed back: the result then names the PDF ({@link
 * DocumentResult#pdf()}), or failed at {@link Stage#PDF} saying why. A document without a source image gets
 * no PDF and the warning {@code pdf: no source image}; a failed document gets none. Files are written
 * atomically: a PDF is complete under its name or not there.
 *
 * <pre>{@code
 * PdfSink archive = PdfSink.into(Path.of("archive"));                 // archive/BASE.pdf
 * PdfSink some = PdfSink.to(in -> wanted(in) ? out.resolve(in.baseName() + ".pdf") : null);
 * docstruct.processAll(inputs, StreamOptions.inputOrder().withPdfs(archive));
 * }</pre>
 */
public final class PdfSink {
  private final Function<DocumentInput, @Nullable Path> targets;
  /** The one directory of {@link #into}, which no PDF may leave; {@code null} for {@link #to}. */
  private final @Nullable Path directory;

  private PdfSink(Function<DocumentInput, @Nullable Path> targets, @Nullable Path directory) {
    this.targets = targets;
    this.directory = directory;
  }

  /**
   * Each document's PDF as {@code BASE.pdf} in {@code directory}, {@code BASE} being its file's name without
   * the extension ({@link DocumentInput#baseName()}); a name that would leave the directory fails at {@link
   * Stage#PDF}.
   *
   * @throws IllegalArgumentException when {@code directory} is not an existing directory
   */
  public static PdfSink into(Path directory) {
    Objects.requireNonNull(directory, "directory == null");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a directory: " + directory);
    }
    Path dir = directory.toAbsolutePath().normalize();
    return new PdfSink(input -> dir.resolve(input.baseName() + ".pdf"), dir);
  }

  /**
   * Each document's PDF where {@code targets} says, or none where it answers {@code null} (for example a
   * document whose PDF an earlier run already wrote). Called on the worker threads: it must be thread-safe.
   */
  public static PdfSink to(Function<DocumentInput, @Nullable Path> targets) {
    return new PdfSink(Objects.requireNonNull(targets, "targets == null"), null);
  }

  /** Writes the document's PDF, if it gets one; runs on a worker thread. */
  DocumentResult write(DocStruct docstruct, DocumentResult result) {
    if (result.failed() || result.document() == null) {
      return result;
    }
    if (result.input().sources().isEmpty()) {
      return result.withWarning(Problem.of(Stage.PDF, DocStruct.NO_SOURCE));
    }
    @Nullable Path target;
    try {
      target = targets.apply(result.input());
    } catch (RuntimeException e) {
      return result.withFailure(Problem.of(Stage.PDF, e, result.name()));
    }
    if (target == null) {
      return result;
    }
    Path normalized = target.toAbsolutePath().normalize();
    Path parent = normalized.getParent();
    if (parent == null || (directory != null && !directory.equals(parent))) {
      return result.withFailure(
          Problem.of(Stage.PDF, target.getFileName() + ": would be written outside " + directory));
    }
    return docstruct.writePdf(result, normalized);
  }
}
