package io.docstruct.samples;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.server.SampleResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prepares the pictures in {@code docs/} from the demo's output: the bundled supermarket receipt as a
 * searchable PDF with the debug overlay (word polygons red, baselines blue), and the demo workbook with every
 * sheet fitted to one landscape page. A one-off tool, not a test; the normal build never runs it. To redo the
 * pictures (needs LibreOffice and poppler-utils):
 *
 * <pre>{@code
 * java -jar samples/target/docstruct.jar demo --out /tmp/demo
 * cd samples && ../mvnw -q -B exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.docstruct.samples.DocsPictures -Dexec.args="/tmp/demo /tmp/pics"
 * soffice --headless --convert-to pdf --outdir /tmp/pics /tmp/pics/workbook.xlsx
 * pdftoppm -r 220 -png -f 1 -l 1 -x 140 -y 150 -W 2110 -H 95 /tmp/pics/workbook.pdf /tmp/pics/workbook
 * pdftoppm -r 200 -png /tmp/pics/overlay.pdf /tmp/pics/overlay
 * cp /tmp/pics/workbook-1.png ../docs/workbook-expenses.png
 * cp /tmp/pics/overlay-1.png ../docs/searchable-pdf-overlay.png
 * }</pre>
 */
public final class DocsPictures {
  private DocsPictures() {}

  /** {@code DEMO_DIR OUT_DIR}: writes {@code overlay.pdf} and {@code workbook.xlsx} into OUT_DIR. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DocsPictures DEMO_DIR OUT_DIR");
    }
    Path demo = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    OcrDocument doc;
    try (InputStream in = SampleResponse.CLOVA_GENERAL.open()) {
      doc = ResponseReader.create().read(in, SampleResponse.CLOVA_GENERAL.fileName());
    }
    SearchablePdfWriter.builder()
        .debugOverlay(true)
        .build()
        .write(doc, PdfSource.images(demo.resolve("clova-general-receipt.png")), out.resolve("overlay.pdf"));
    try (InputStream in = Files.newInputStream(demo.resolve("docstruct-demo.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setPrintGridlines(true);
      }
      try (OutputStream os = Files.newOutputStream(out.resolve("workbook.xlsx"))) {
        workbook.write(os);
      }
    }
  }
}
