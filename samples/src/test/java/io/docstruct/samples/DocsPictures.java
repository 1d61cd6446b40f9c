package io.docstruct.samples;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.PdfOptions;
import io.docstruct.pipeline.Stage;
import io.docstruct.testing.server.SampleResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prepares the pictures in {@code docs/} from the demo's output: the bundled supermarket receipt as a
 * searchable PDF with the debug overlay (word polygons red, baselines blue), written by the pipeline, and the
 * demo workbook with every sheet fitted to one landscape page. A tool, not a test; {@code docs/pictures.sh}
 * runs it between the demo and LibreOffice and poppler, which turn both into the PNGs:
 *
 * <pre>{@code
 * docs/pictures.sh          # rebuilds docs/workbook-expenses.png and docs/searchable-pdf-overlay.png
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
    SampleResponse sample = SampleResponse.CLOVA_GENERAL;
    Path response = out.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, response);
    }
    DocStruct overlay =
        DocStruct.builder().lastStage(Stage.READ).pdf(PdfOptions.defaults().withDebugOverlay(true)).build();
    DocumentResult written =
        overlay.writePdf(
            overlay.process(DocumentInput.response(response, demo.resolve(sample.imageFileName()))),
            out.resolve("overlay.pdf"));
    if (written.pdf() == null) {
      throw new IllegalStateException("no overlay PDF: " + written.summary());
    }
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
