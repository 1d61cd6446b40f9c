package io.docstruct.document;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A whole OCR result, provider-neutral: what every later stage (layout, tables, verification, rules,
 * exporters) works on.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("response.json"));
 * System.out.println(doc.kind().label() + ", " + doc.pages().size() + " page(s)");
 * doc.warnings().forEach(System.err::println);
 * }</pre>
 *
 * @param kind which API produced it
 * @param requestId the request id the provider echoed, if any
 * @param timestamp the provider's timestamp, if any
 * @param pages in order
 * @param warnings anything odd in the input that was survived, with where it was
 * @param recognizedBy the engine that made the response, when the response says so (DocStruct's offline
 *     Tesseract engine does); {@code null} for answers of CLOVA and NHN Cloud, which do not
 */
public record OcrDocument(
    ResponseKind kind,
    @Nullable String requestId,
    @Nullable Instant timestamp,
    List<Page> pages,
    List<Warning> warnings,
    @Nullable RecognizedBy recognizedBy) {

  public OcrDocument {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** A document whose response does not name the engine that made it (CLOVA's and NHN's own answers). */
  public OcrDocument(
      ResponseKind kind,
      @Nullable String requestId,
      @Nullable Instant timestamp,
      List<Page> pages,
      List<Warning> warnings) {
    this(kind, requestId, timestamp, pages, warnings, null);
  }

  /** Total number of words on every page. */
  public int wordCount() {
    return pages.stream().mapToInt(p -> p.words().size()).sum();
  }

  /**
   * The mean confidence of the words that have one, on every page; empty when none has. A plain figure for
   * routing a document to review (an offline engine's unsure reading), not a verdict on any one word.
   */
  public OptionalDouble meanWordConfidence() {
    return pages.stream()
        .flatMap(p -> p.words().stream())
        .filter(w -> w.confidence() != null)
        .mapToDouble(Word::confidence)
        .average();
  }
}
