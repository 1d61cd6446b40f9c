package io.docstruct.samples;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.excel.ExcelExporter;
import io.docstruct.export.excel.ExpenseWorkbookWriter;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleEngine;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads receipt responses, verifies and maps them, and streams them into one expenses workbook.
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
    RuleEngine rules = RuleEngine.create();
    Verifier verifier = Verifier.create(Clock.systemDefaultZone());
    try (ExpenseWorkbookWriter workbook = ExcelExporter.create().open(Path.of(args[0]))) {
      for (int i = 1; i < args.length; i++) {
        Path file = Path.of(args[i]);
        OcrDocument doc = ResponseReader.create().read(file);
        VerificationReport report = verifier.verify(doc);
        workbook.add(file.getFileName().toString(), doc, rules.evaluate(doc, report), report);
      }
    } catch (IOException | RuntimeException e) {
      err.println("ReceiptsToExcel: " + e.getMessage());
      return 2;
    }
    out.println("Wrote " + args[0]);
    return 0;
  }
}
