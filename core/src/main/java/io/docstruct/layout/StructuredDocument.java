package io.docstruct.layout;

import io.docstruct.document.OcrDocument;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A whole document in reading order, page by page.
 *
 * <pre>{@code
 * OcrDocument doc = ResponseReader.create().read(Path.of("response.json"));
 * StructuredDocument s = LayoutEngine.create().structure(doc);
 * System.out.println(s.text());
 * }</pre>
 *
 * @param source the document the structure was built from
 * @param pages one per source page, in the same order
 */
public record StructuredDocument(OcrDocument source, List<StructuredPage> pages) {

  /** Separates pages in {@link #text()}: a line holding only a form feed. */
  public static final String PAGE_SEPARATOR = "\n\f\n";

  public StructuredDocument {
    pages = List.copyOf(pages);
  }

  /** Every page's {@link StructuredPage#text()}, with a line holding only a form feed between pages. */
  public String text() {
    return pages.stream().map(StructuredPage::text).collect(Collectors.joining(PAGE_SEPARATOR));
  }

  /** Every page's {@link StructuredPage#markdown()}, with a thematic break ({@code ---}) between pages. */
  public String markdown() {
    return pages.stream().map(StructuredPage::markdown).collect(Collectors.joining("\n\n---\n\n"));
  }
}
