package io.docstruct.document;

import java.time.Instant;
import java.util.List;
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
 */
public record OcrDocument(
    ResponseKind kind,
    @Nullable String requestId,
    @Nullable Instant timestamp,
    List<Page> pages,
    List<Warning> warnings) {

  public OcrDocument {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** Total number of words on every page. */
  public int wordCount() {
    return pages.stream().mapToInt(p -> p.words().size()).sum();
  }
}
