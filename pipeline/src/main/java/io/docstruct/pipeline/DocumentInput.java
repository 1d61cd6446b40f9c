package io.docstruct.pipeline;

import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One document to process: an image or PDF that the OCR engine reads first ({@link Image}), or a response
 * saved earlier, with the image(s) or PDF it was made from when there are some ({@link Response}).
 *
 * <pre>{@code
 * DocumentInput photo = DocumentInput.image(Path.of("receipt.jpg"));                    // DocStruct's model
 * DocumentInput card = DocumentInput.image(Path.of("card.png"), OcrModel.CREDIT_CARD);
 * DocumentInput saved = DocumentInput.response(Path.of("receipt.json"), Path.of("receipt.jpg"));
 * List<DocumentInput> all = DocumentInput.folder(Path.of("receipts"));                  // as docstruct batch
 * }</pre>
 */
public sealed interface DocumentInput permits DocumentInput.Image, DocumentInput.Response {

  /** Where a response's image or PDF is looked for, in this order: {@code BASE.jpg}, {@code BASE.jpeg}… */
  List<String> SOURCE_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf");

  /** The input's file: the image or PDF, or the response. */
  Path file();

  /** The name given with {@link #named}, or {@code null} for the default. */
  @Nullable String label();

  /**
   * The name shown for this document in outputs (the workbook's Source columns, its Failures sheet): the
   * {@linkplain #named given one}, else the file's name (for an image whose answer is saved, the answer's
   * name once it is; see {@link DocumentResult#name()}).
   */
  default String name() {
    String label = label();
    return label != null ? label : file().getFileName().toString();
  }

  /** The file's name without its last extension: {@code receipt} for {@code receipt.json} and {@code receipt.jpg}. */
  default String baseName() {
    String name = file().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** What a searchable PDF is made from: the image itself, or a response's image(s) or PDF; empty when none. */
  List<Path> sources();

  /** The same input shown under another name. */
  DocumentInput named(String name);

  /** An image or PDF, read as DocStruct's {@linkplain DocStruct.Builder#ocrRequest default request}. */
  static Image image(Path file) {
    return new Image(file, null, null, null);
  }

  /** An image or PDF, read as {@code model}. */
  static Image image(Path file, OcrModel model) {
    return new Image(file, OcrRequest.of(model), null, null);
  }

  /** An image or PDF, read as {@code request} asks. */
  static Image image(Path file, OcrRequest request) {
    return new Image(file, Objects.requireNonNull(request, "request == null"), null, null);
  }

  /** A saved response, without an image: it gets no searchable PDF. */
  static Response response(Path file) {
    return new Response(file, List.of(), null);
  }

  /** A saved response and the image(s), in page order, or the PDF it was made from. */
  static Response response(Path file, Path... sources) {
    return new Response(file, List.of(sources), null);
  }

  /** A saved response and the image(s), in page order, or the PDF it was made from. */
  static Response response(Path file, List<Path> sources) {
    return new Response(file, sources, null);
  }

  /**
   * The documents of a folder, as {@code docstruct batch} finds them, ordered by the name of their response
   * ({@link FolderDocuments} has the rule, by name alone):
   *
   * <ul>
   *   <li>every response {@code BASE.json}, with the image or PDF of the same base name beside it ({@link
   *       #SOURCE_EXTENSIONS}, the first found in that order), if any; a split PDF's per-call answers ({@code
   *       BASE.part-NN.json} beside {@code BASE.json}) are evidence, not documents of their own;
   *   <li>every image or PDF without a {@code BASE.json} (for a base with several, the first in that order),
   *       whose answer is saved as {@code BASE.json} beside it ({@link Image#savingAnswerAs}), so that a second
   *       run reads it instead of calling the OCR engine again.
   * </ul>
   *
   * <p>Base names and extensions match in any case: {@code b.PNG} is the image of {@code b.JSON}, not an image
   * to read. Only the folder's own files are listed, not its subfolders'.
   *
   * @throws IOException when the folder cannot be listed
   */
  static List<DocumentInput> folder(Path dir) throws IOException {
    List<String> names;
    try (Stream<Path> list = Files.list(dir)) {
      names = list.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
    }
    record Keyed(Path key, DocumentInput input) {}
    List<Keyed> found = new ArrayList<>();
    for (FolderDocuments.Found f : FolderDocuments.of(names)) {
      Path json = dir.resolve(f.response());
      @Nullable String source = f.source();
      found.add(new Keyed(json, f.saved()
          ? response(json, source == null ? List.of() : List.of(dir.resolve(source)))
          : image(dir.resolve(Objects.requireNonNull(source))).savingAnswerAs(json)));
    }
    found.sort(Comparator.comparing(Keyed::key));
    return found.stream().map(Keyed::input).toList();
  }

  /**
   * An image or PDF for the OCR engine.
   *
   * @param file the image (JPEG, PNG, TIFF) or PDF
   * @param request what to read it as, or {@code null} for DocStruct's default
   * @param answerFile where to save the provider's answer, byte for byte ({@link AnswerFiles}), or {@code
   *     null} to keep it in the result only
   * @param label the name shown in outputs, or {@code null} for the default ({@link #name()})
   */
  record Image(Path file, @Nullable OcrRequest request, @Nullable Path answerFile, @Nullable String label)
      implements DocumentInput {
    public Image {
      Objects.requireNonNull(file, "file == null");
    }

    /**
     * The same image, its answer saved as {@code json} once the OCR engine has read at least one of its
     * pages (an answer whose every page failed is not kept, so the next run asks again). The document is
     * then named after {@code json}, as if it had been read from it.
     */
    public Image savingAnswerAs(Path json) {
      return new Image(file, request, Objects.requireNonNull(json, "json == null"), label);
    }

    @Override
    public List<Path> sources() {
      return List.of(file);
    }

    @Override
    public Image named(String name) {
      return new Image(file, request, answerFile, Objects.requireNonNull(name, "name == null"));
    }
  }

  /**
   * A response saved earlier (CLOVA or NHN Cloud JSON, as the provider sent it or as DocStruct merged it).
   *
   * @param file the response
   * @param sources the image(s) it was made from, in page order, or the one PDF; empty when there is none
   * @param label the name shown in outputs, or {@code null} for the file's name
   */
  record Response(Path file, List<Path> sources, @Nullable String label) implements DocumentInput {
    public Response {
      Objects.requireNonNull(file, "file == null");
      sources = List.copyOf(sources);
    }

    @Override
    public Response named(String name) {
      return new Response(file, sources, Objects.requireNonNull(name, "name == null"));
    }
  }
}
