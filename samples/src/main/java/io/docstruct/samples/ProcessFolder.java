package io.docstruct.samples;

import io.docstruct.clova.client.ClovaDomains;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.pipeline.ComplianceCheck;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.PdfSink;
import io.docstruct.pipeline.ResultStream;
import io.docstruct.pipeline.StreamOptions;
import io.docstruct.pipeline.WorkbookSink;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Images or saved responses into {@code OUT_DIR/expenses.xlsx} (with the batch checks' Evidence and
 * Duplicates sheets) and a PDF per image, one line per input, by
 * the pipeline only; images go to the CLOVA domain {@code CLOVA_OCR_URL}, their answers saved beside them.
 * <pre>{@code java -cp docstruct.jar io.docstruct.samples.ProcessFolder receipts/ out/}</pre>
 */
public final class ProcessFolder {
  private ProcessFolder() {}

  /** Runs the sample and exits with its status. */
  public static void main(String[] args) throws Exception {
    System.exit(run(System.getenv(), System.out, System.err, args));
  }

  /** The sample with its environment and streams given; returns 0, or 2 on bad usage. */
  static int run(Map<String, String> env, PrintStream out, PrintStream err, String... args) throws Exception {
    String url = env.get("CLOVA_OCR_URL");
    if (args.length != 2 || !Files.isDirectory(Path.of(args[0])) || (url == null) == env.containsKey("CLOVA_OCR_SECRET")) {
      err.println("usage: ProcessFolder IN_DIR OUT_DIR   (images: CLOVA_OCR_URL and CLOVA_OCR_SECRET set)");
      return 2;
    }
    DocStruct.Builder builder = DocStruct.builder();
    try {
      if (url != null) {
        ClovaDomains domain = ClovaDomains.builder().add(url, env.get("CLOVA_OCR_SECRET")).build();
        builder.ocr(ClovaOcrEngine.create(domain)).model(domain.domains().get(0).endpoint().model());
      }
    } catch (IllegalArgumentException e) { // not an invoke URL, or a secret that cannot be sent
      err.println("ProcessFolder: " + e.getMessage());
      return 2;
    }
    Path outDir = Files.createDirectories(Path.of(args[1]));
    try (DocStruct docstruct = builder.build();
        WorkbookSink workbook = WorkbookSink.open(outDir.resolve("expenses.xlsx"));
        ResultStream results = docstruct.processAll(DocumentInput.folder(Path.of(args[0])),
            StreamOptions.inputOrder().withPdfs(PdfSink.into(outDir)))) {
      ComplianceCheck compliance = docstruct.complianceCheck();   // evidence, duplicates (and card statements)
      for (DocumentResult result : results) {
        workbook.add(result);
        compliance.add(result);
        out.println(result.name() + ": " + result.summary());
      }
      workbook.addCompliance(compliance);
    }
    return 0;
  }
}
