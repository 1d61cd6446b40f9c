package io.docstruct.export.pdf;

import io.docstruct.client.PdfSplitter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@link PdfSplitter} on Apache PDFBox, registered with {@link java.util.ServiceLoader} so that the OCR
 * clients find it whenever {@code docstruct-exporters} is on the class path. Pages are copied, never
 * re-rendered; scratch data goes to temporary files, so a 50 MB PDF does not need 50 MB of heap.
 *
 * <p>Chunks are written without object-stream compression: they are short-lived uploads, and simple tools
 * (such as the local test server's page counter) can read their page tree.
 *
 * <pre>{@code
 * PdfSplitter splitter = new PdfBoxSplitter();
 * int pages = splitter.pageCount(Path.of("scan.pdf"));
 * splitter.extract(Path.of("scan.pdf"), 0, 10, Path.of("first-ten.pdf"));
 * }</pre>
 */
public final class PdfBoxSplitter implements PdfSplitter {

  @Override
  public int pageCount(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      return doc.getNumberOfPages();
    }
  }

  @Override
  public void extract(Path pdf, int from, int to, Path target) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      int pages = doc.getNumberOfPages();
      if (from < 0 || to > pages || from >= to) {
        throw new IllegalArgumentException(
            "page range [" + from + ", " + to + ") is outside a PDF of " + pages + " pages");
      }
      Splitter splitter = new Splitter();
      splitter.setStreamCacheCreateFunction(IOUtils.createTempFileOnlyStreamCache());
      splitter.setStartPage(from + 1);
      splitter.setEndPage(to);
      splitter.setSplitAtPage(to - from);
      List<PDDocument> parts = splitter.split(doc);
      try {
        parts.get(0).save(target.toFile(), CompressParameters.NO_COMPRESSION);
      } finally {
        for (PDDocument part : parts) {
          part.close();
        }
      }
    }
  }
}
