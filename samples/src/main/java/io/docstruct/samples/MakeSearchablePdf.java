package io.docstruct.samples;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Lays the words of an OCR response, invisible but searchable, over the image it was made from.
 *
 * <pre>{@code
 * java -cp docstruct.jar io.docstruct.samples.MakeSearchablePdf receipt.json receipt.png receipt.pdf
 * }</pre>
 */
public final class MakeSearchablePdf {
  private MakeSearchablePdf() {}

  /** Runs the sample and exits with its status. */
  public static void main(String[] args) {
    int status = run(System.out, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The sample with its streams given; returns 0, or 2 on bad usage or unusable input. */
  static int run(PrintStream out, PrintStream err, String... args) {
    if (args.length != 3 || !args[2].endsWith(".pdf")) {
      err.println("usage: MakeSearchablePdf RESPONSE.json IMAGE OUT.pdf");
      return 2;
    }
    try {
      OcrDocument doc = ResponseReader.create().read(Path.of(args[0]));
      SearchablePdfWriter.create().write(doc, PdfSource.images(Path.of(args[1])), Path.of(args[2]));
    } catch (IOException | RuntimeException e) {
      err.println("MakeSearchablePdf: " + e.getMessage());
      return 2;
    }
    out.println("Wrote " + args[2]);
    return 0;
  }
}
