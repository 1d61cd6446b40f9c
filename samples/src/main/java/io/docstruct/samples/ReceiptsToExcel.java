package io.docstruct.samples;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.ResultStream;
import io.docstruct.pipeline.WorkbookSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads receipt responses, verifies and maps them through the pipeline, and streams them into one expenses
 * workbook; a response that cannot be used is a row of its Failures sheet.
 *
 * <pre>{@code
 * java -cp docstruct.jar io.docstruct.samples.ReceiptsToExcel expenses.xlsx r1.json r2.json
 * }</pre>
 */
public final class ReceiptsToExcel {
  private ReceiptsToExcel() {}

  /** Runs the sample and exits with its status. */
  public static void main(String[] args) {
    int status = run(System.out, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The sample with its streams given; returns 0, or 2 on bad usage or unusable input. */
  static int run(PrintStream out, PrintStream err, String... args) {
    if (args.length < 2 || !args[0].endsWith(".xlsx")) {
      err.println("usage: ReceiptsToExcel OUT.xlsx RESPONSE.json...");
      return 2;
    }
    List<DocumentInput> responses = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      responses.add(DocumentInput.response(Path.of(args[i])));
    }
    try (ResultStream results = DocStruct.create().processAll(responses);
        WorkbookSink workbook = WorkbookSink.open(Path.of(args[0]))) {
      for (DocumentResult result : results) {
        workbook.add(result);
      }
    } catch (IOException | RuntimeException e) {
      err.println("ReceiptsToExcel: " + e.getMessage());
      return 2;
    }
    out.println("Wrote " + args[0]);
    return 0;
  }
}
