package io.docstruct.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.cli.report.InfoReport;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.Stage;
import io.docstruct.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct verify RESPONSE.json|DIR... [--repair-mrz]}: every check DocStruct can recompute from the
 * responses. For one file, the JSON report of design.md:
 *
 * <pre>{@code
 * {"document": "passport", "valid": false,
 *  "findings": [{"check": "mrz.check-digit.composite", "field": "passportResult.mrzLines", "status": "FAIL",
 *                "severity": "ERROR", "expected": "4", "actual": "0", "message": "…"}]}
 * }</pre>
 *
 * <p>For several files, or folders (every {@code *.json} directly inside, in name order), one object in the
 * style of {@code docstruct info --format json}, each report carrying its source:
 *
 * <pre>{@code
 * {"reports": [{"source": "in/receipt.json", "document": "receipt", "valid": true, "findings": [...]}],
 *  "errors": [{"source": "in/bad.json", "message": "in/bad.json: malformed JSON at $ …"}]}
 * }</pre>
 *
 * <p>Every input is reported even when another cannot be used; each unusable one (unreadable, not a
 * response, a folder without {@code *.json}) is also one line on stderr. Exit 0 when no finding is a FAIL, 1
 * when some is, 2 when an input could not be used (even if another failed a check).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Recompute check digits, checksums and sums of OCR responses.",
    description =
        "Prints a JSON report of every check: MRZ check digits and layout, Korean business and resident"
            + " numbers, card numbers, receipt and medical-receipt arithmetic. Personal numbers are masked."
            + " Given several files or a folder (every *.json inside, in name order), prints one object"
            + " {\"reports\":[…],\"errors\":[…]}. Exit code 1 when any check fails, 2 when an input cannot"
            + " be used.",
    footer = {
      "",
      "Examples:",
      "  docstruct verify passport.json",
      "  docstruct verify --repair-mrz passport.json",
      "  docstruct verify receipts/ > report.json"
    })
final class VerifyCommand implements Callable<Integer> {
  /** Pretty-printed like {@link VerificationReport#toJson()}, the writer left open. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  @Parameters(
      paramLabel = "RESPONSE.json|DIR",
      arity = "1..*",
      description = "CLOVA or NHN Cloud OCR response files, or folders of them (*.json, in name order).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--repair-mrz",
      description = "Also try the audited OCR repair of the MRZ (O/0, I/1, B/8…) and list every change.")
  boolean repairMrz;

  @Spec CommandSpec spec;

  /** What "today" is for expiry and future dates; replaced by tests. */
  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    DocStruct verifier =
        DocStruct.builder().lastStage(Stage.VERIFY).clock(clock).repairMrz(repairMrz).build();
    if (inputs.size() == 1 && !Files.isDirectory(inputs.get(0))) {
      return single(inputs.get(0), verifier);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean debug = ErrorHandler.debugRequested(spec.commandLine());
    ArrayNode reports = JSON.createArrayNode();
    List<InfoReport.FileError> errors = new ArrayList<>();
    boolean failed = false;
    for (Path input : inputs) {
      List<Path> files;
      try {
        files = Files.isDirectory(input) ? responsesIn(input) : List.of(input);
      } catch (IOException | RuntimeException e) {
        errors.add(new InfoReport.FileError(input.toString(),
            ErrorHandler.report(err, e, input.toString(), debug).message()));
        continue;
      }
      for (Path file : files) {
        String source = file.toString();
        VerificationReport report;
        try {
          report = verify(file, verifier);
        } catch (RuntimeException e) {
          errors.add(new InfoReport.FileError(source, ErrorHandler.report(err, e, source, debug).message()));
          continue;
        }
        ObjectNode entry = reports.addObject();
        entry.put("source", source);
        entry.setAll((ObjectNode) JSON.readTree(report.toJson()));
        failed |= !report.valid();
      }
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("reports", reports);
    root.set("errors", JSON.valueToTree(errors));
    JSON.writeValue(out, root);
    out.println();
    out.flush();
    if (!errors.isEmpty()) {
      return ExitStatus.UNUSABLE_INPUT.code();
    }
    return failed ? ExitStatus.VERIFICATION_FAILED.code() : ExitStatus.SUCCESS.code();
  }

  /** One file: its report alone, exactly as {@link VerificationReport#toJson()} writes it. */
  private int single(Path file, DocStruct verifier) {
    PrintWriter out = spec.commandLine().getOut();
    VerificationReport report;
    try {
      report = verify(file, verifier);
    } catch (RuntimeException e) {
      ErrorHandler.report(spec.commandLine().getErr(), e, file.toString(),
          ErrorHandler.debugRequested(spec.commandLine()));
      return ExitStatus.UNUSABLE_INPUT.code();
    }
    out.println(report.toJson());
    out.flush();
    return report.valid() ? ExitStatus.SUCCESS.code() : ExitStatus.VERIFICATION_FAILED.code();
  }

  /**
   * The report of one response, through the pipeline up to verification.
   *
   * @throws RuntimeException the exception that stopped it (its line is {@link Failure#of}'s), or a
   *     {@link CommandFailedException}
   */
  private static VerificationReport verify(Path file, DocStruct verifier) {
    if (Files.isDirectory(file)) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, file + ": is a directory, not a response file");
    }
    DocumentResult result = verifier.process(DocumentInput.response(file));
    VerificationReport report = result.verification();
    if (report != null) {
      return report;
    }
    Problem problem = Objects.requireNonNull(result.failure());
    if (problem.cause() instanceof RuntimeException e) {
      throw e;
    }
    throw CommandFailedException.of(problem, file.toString());
  }

  /** The {@code *.json} files directly in {@code dir}, by name; none is an error that names the folder. */
  private static List<Path> responsesIn(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, dir + ": no *.json response in the folder");
    }
    return files;
  }
}
