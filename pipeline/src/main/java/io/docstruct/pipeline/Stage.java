package io.docstruct.pipeline;

import java.util.Locale;

/**
 * The stages a document goes through, in order; a {@link Problem} names the one it happened in.
 *
 * <pre>{@code
 * if (result.failure() != null && result.failure().stage() == Stage.OCR) retryLater(result.input());
 * }</pre>
 */
public enum Stage {
  /** An image or PDF sent to the OCR engine, its answer saved when asked, its pages checked. */
  OCR,
  /** A saved response read into the document, and the document laid out in reading order. */
  READ,
  /** Check digits, arithmetic and dates recomputed from the document. */
  VERIFY,
  /** The rules: entities, categories, violations. */
  MAP,
  /** The searchable PDF written. */
  PDF;

  /** The stage as the command line and the workbook's Failures sheet name it: {@code ocr}, {@code read}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
