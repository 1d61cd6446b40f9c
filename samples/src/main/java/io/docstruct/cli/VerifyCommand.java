package io.docstruct.cli;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct verify RESPONSE.json [--repair-mrz]}: every check DocStruct can recompute from one response,
 * as the JSON report of design.md:
 *
 * <pre>{@code
 * {"document": "passport", "valid": false,
 *  "findings": [{"check": "mrz.check-digit.composite", "field": "passportResult.mrzLines", "status": "FAIL",
 *                "severity": "ERROR", "expected": "4", "actual": "0", "message": "…"}]}
 * }</pre>
 *
 * <p>Exit 0 when no finding is a FAIL, 1 when some is, 2 when the file cannot be used (one line on stderr).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Recompute check digits, checksums and sums of an OCR response.",
    description =
        "Prints a JSON report of every check: MRZ check digits and layout, Korean business and resident"
            + " numbers, card numbers, receipt and medical-receipt arithmetic. Personal numbers are masked."
            + " Exit code 1 when any check fails.",
    footer = {"", "Examples:", "  docstruct verify passport.json", "  docstruct verify --repair-mrz passport.json"})
final class VerifyCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RESPONSE.json", description = "A CLOVA or NHN Cloud OCR response file.")
  Path file;

  @Option(
      names = "--repair-mrz",
      description = "Also try the audited OCR repair of the MRZ (O/0, I/1, B/8…) and list every change.")
  boolean repairMrz;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    OcrDocument doc;
    try {
      if (Files.isDirectory(file)) {
        throw new CommandFailedException(
            ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not a response file");
      }
      doc = ResponseReader.create().read(file);
    } catch (IOException | RuntimeException e) {
      ErrorHandler.report(spec.commandLine().getErr(), e, file.toString(),
          ErrorHandler.debugRequested(spec.commandLine()));
      return ExitStatus.UNUSABLE_INPUT.code();
    }
    Verifier verifier = Verifier.create(Clock.systemDefaultZone());
    VerificationReport report = (repairMrz ? verifier.withMrzRepair() : verifier).verify(doc);
    out.println(report.toJson());
    out.flush();
    return report.valid() ? ExitStatus.SUCCESS.code() : ExitStatus.VERIFICATION_FAILED.code();
  }
}
