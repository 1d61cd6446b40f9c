package io.docstruct.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Counts and splits PDF pages, so that a client can send a long PDF in chunks the service accepts (General
 * OCR reads 10 pages a call, Document OCR one). {@code docstruct-core} has no PDF library; {@code
 * docstruct-exporters} provides an implementation on Apache PDFBox, found through {@link ServiceLoader}.
 *
 * <pre>{@code
 * Optional<PdfSplitter> splitter = PdfSplitter.installed();
 * int pages = splitter.orElseThrow().pageCount(pdf);
 * }</pre>
 */
public interface PdfSplitter {

  /** How many pages the PDF has. */
  int pageCount(Path pdf) throws IOException;

  /**
   * Writes pages {@code [from, to)} (0-based) of {@code pdf} as a new PDF at {@code target}, unchanged (no
   * re-rendering).
   */
  void extract(Path pdf, int from, int to, Path target) throws IOException;

  /** The first implementation on the class path, if any. */
  static Optional<PdfSplitter> installed() {
    return ServiceLoader.load(PdfSplitter.class, PdfSplitter.class.getClassLoader()).findFirst();
  }

  /** The page ranges {@code [from, to)} of at most {@code pagesPerChunk} pages covering {@code pageCount}. */
  static List<int[]> chunks(int pageCount, int pagesPerChunk) {
    if (pagesPerChunk < 1) {
      throw new IllegalArgumentException("pagesPerChunk must be at least 1: " + pagesPerChunk);
    }
    java.util.ArrayList<int[]> out = new java.util.ArrayList<>();
    for (int from = 0; from < pageCount; from += pagesPerChunk) {
      out.add(new int[] {from, Math.min(pageCount, from + pagesPerChunk)});
    }
    return out;
  }
}
