package io.docstruct.samples;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Stage;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Lays the words of an OCR response, invisible but searchable, over the image it was made from, in the
 * reading order the pipeline found.
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
    DocStruct docstruct = DocStruct.builder().lastStage(Stage.READ).build();
    DocumentInput input = DocumentInput.response(Path.of(args[0]), Path.of(args[1]));
    DocumentResult result = docstruct.writePdf(docstruct.process(input), Path.of(args[2]));
    if (result.pdf() == null) {
      err.println("MakeSearchablePdf: " + (result.failed() ? result.failure() : result.warnings()));
      return 2;
    }
    out.println("Wrote " + args[2]);
    return 0;
  }
}
