package io.docstruct.samples;

import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Stage;
import io.docstruct.verify.Finding;
import io.docstruct.verify.VerificationReport;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Checks a passport response (MRZ check digits, MRZ against the printed fields, expiry) and prints every
 * finding; exits 1 when a check fails.
 *
 * <pre>{@code
 * java -cp docstruct.jar io.docstruct.samples.VerifyPassport passport.json
 * }</pre>
 */
public final class VerifyPassport {
  private VerifyPassport() {}

  /** Runs the sample and exits with its status. */
  public static void main(String[] args) {
    int status = run(System.out, System.err, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The sample with its streams given; returns 0 valid, 1 a check failed, 2 bad usage or input. */
  static int run(PrintStream out, PrintStream err, String... args) {
    if (args.length != 1) {
      err.println("usage: VerifyPassport RESPONSE.json");
      return 2;
    }
    DocumentResult verified =
        DocStruct.builder().lastStage(Stage.VERIFY).build().process(DocumentInput.response(Path.of(args[0])));
    VerificationReport report = verified.verification();
    if (report == null) {
      err.println("VerifyPassport: " + verified.failure());
      return 2;
    }
    for (Finding f : report.findings()) {
      out.println(f.status() + " " + f.check().id() + " " + f.field() + ": " + f.message());
    }
    out.println(report.document() + (report.valid() ? ": valid" : ": NOT valid"));
    return report.valid() ? 0 : 1;
  }
}
