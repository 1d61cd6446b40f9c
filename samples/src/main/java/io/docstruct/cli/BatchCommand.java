package io.docstruct.cli;

import io.docstruct.client.RetryPolicy;
import io.docstruct.export.AtomicOutput;
import io.docstruct.ocr.OcrModel;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.ComplianceCheck;
import io.docstruct.pipeline.PdfOptions;
import io.docstruct.pipeline.PdfSink;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.ResultStream;
import io.docstruct.pipeline.StreamOptions;
import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.compliance.CardStatementException;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.ReconciliationLine;
import io.docstruct.rules.compliance.StatementHeaders;
import io.docstruct.verify.Severity;
import io.docstruct.pipeline.WorkbookSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct batch DIR --xlsx OUT [--pdf-dir DIR] [--rules FILE]...}: every OCR response in a folder
 * read, verified and mapped into one workbook, and a searchable PDF per document that has its source image.
 *
 * <pre>{@code
 * docstruct batch receipts/ --xlsx expenses.xlsx --pdf-dir archive/
 * }</pre>
 *
 * <p>Inputs are the {@code *.json} files of {@code DIR}, in name order; each is paired with the image or PDF
 * of the same base name beside it ({@code .jpg .jpeg .png .tif .tiff .pdf}, first found in that order).
 * Every input is accounted for: a document that cannot be read, verified, mapped or rendered is a row on the
 * workbook's {@code Failures} sheet (file, stage, reason) and one line on stderr; a document without an
 * image is in the workbook and, with {@code --pdf-dir}, gets a warning row (stage {@code pdf}, {@code no
 * source image}) but no PDF.
 * A page whose text the layout finds turned is shown upright in its PDF ({@code /Rotate}); {@code
 * --keep-page-rotation} keeps every page as its source shows it.
 * The summary line on stdout reads {@code batch: N done, F failed, S skipped (…)}.
 *
 * <p>Every document goes through the pipeline ({@link DocStruct#processAll}): read, verified, mapped and
 * rendered {@code --jobs} at a time (default: one per processor), a bounded number ahead of the writer; the
 * workbook ({@link WorkbookSink}), the manifest and the messages follow file-name order, so the output is the
 * same whatever the number of jobs. This command keeps the arguments, the manifest and the progress line.
 *
 * <p>Resuming: each finished document is appended (and flushed) to {@code OUT.manifest.jsonl} beside the
 * workbook with the response's size, modification time, outcome and PDF. A re-run skips the PDF of every
 * document the manifest lists as done and unchanged (its PDF still present) and counts it as skipped; since a
 * workbook cannot be appended to, it re-reads and re-maps those responses so that the workbook, written
 * atomically at the end, holds every document exactly once. An interrupted run leaves the previous
 * workbook untouched and every finished PDF in place; a killed one may also leave its writers' hidden
 * temporary files ({@code .NAME.random.tmp}), which the next run deletes (and says so on stderr).
 *
 * <p>With {@code --ocr --type TYPE}, every image or PDF of {@code DIR} without a response is first sent to
 * the CLOVA OCR domain that serves {@code TYPE} ({@code CLOVA_OCR_URL_<TYPE>} and {@code
 * CLOVA_OCR_SECRET_<TYPE>}, the plain {@code CLOVA_OCR_URL}/{@code CLOVA_OCR_SECRET} when that URL serves it,
 * or a {@code --domains} file; see {@link ClovaConfiguration}), {@code --concurrency} at a time, transient
 * failures retried with backoff; each answer is saved beside its image as {@code BASE.json}, byte for byte as
 * CLOVA sent it (atomically; a PDF split into several calls: the merged answer, and each call's answer as
 * {@code BASE.part-NN.json}, see {@link io.docstruct.pipeline.AnswerFiles}), and the document is processed
 * like the others, in its place in file-name order. An image the service could not read is a failure at
 * stage {@code ocr}, and nothing is saved for it; one with some pages unread is processed, each unread page
 * a warning row at stage {@code ocr}.
 *
 * <p>Exit codes: 0 nothing failed; 1 some documents failed (see the Failures sheet); 2 unusable arguments.
 * Stderr carries only errors; on a terminal, a progress line redrawn in place.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    versionProvider = VersionProvider.class,
    header = "Turn a folder of OCR responses into one workbook and a searchable PDF per document.",
    description =
        "Reads every *.json response in DIR (in name order), verifies it, maps it with the rules and"
            + " adds it to one workbook; with --pdf-dir, writes a searchable PDF per document from the"
            + " image or PDF of the same base name beside it (.jpg .jpeg .png .tif .tiff .pdf)."
            + " Documents that fail are listed on the workbook's Failures sheet (file, stage, reason)"
            + " and on stderr; a document without its image is in the workbook with a warning there and"
            + " gets no PDF. The Evidence, Duplicates and Reconciliation sheets hold the batch checks:"
            + " each expense's 적격증빙 and verdict, receipts claimed twice, and, with --card-statement, the"
            + " card transactions matched with the receipts. Ends with 'batch: N done, F failed, S skipped'"
            + " (and a 'compliance:' line with --card-statement).",
    footer = {
      "",
      "Resuming: OUT.manifest.jsonl beside the workbook records each finished document. A re-run skips"
          + " the PDFs of documents recorded as done and unchanged (counted as skipped) and rebuilds the"
          + " workbook with every document exactly once; outputs are written atomically, and the hidden"
          + " temporary files a killed run leaves beside them are deleted.",
      "",
      "Progress: on a terminal, one line on stderr redrawn in place; otherwise stderr has errors only.",
      "",
      "Examples:",
      "  docstruct batch receipts/ --xlsx expenses.xlsx",
      "  docstruct batch receipts/ --xlsx expenses.xlsx --pdf-dir archive/ --rules policy.drl",
      "  docstruct batch photos/ --ocr --type receipt --xlsx expenses.xlsx --pdf-dir archive/",
      "  docstruct batch receipts/ --xlsx expenses.xlsx --card-statement 법인카드_202406.csv",
      "  docstruct batch photos/ --ocr --type general --provider tesseract --xlsx expenses.xlsx   # offline",
      "",
      "Exit codes: 0 nothing failed; 1 some documents failed (see the Failures sheet);"
          + " 2 unusable arguments."
    })
final class BatchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The folder of response files (*.json) and their images.")
  Path dir = Path.of("");

  @Option(names = "--xlsx", required = true, paramLabel = "OUT", description = "The workbook to write.")
  Path xlsx = Path.of("");

  @Option(
      names = "--pdf-dir",
      paramLabel = "DIR",
      description = "Write a searchable PDF per document with an image here (created if missing).")
  @Nullable Path pdfDir;

  @Option(names = "--keep-page-rotation", description = ExportCommand.KEEP_PAGE_ROTATION)
  boolean keepPageRotation;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "A DRL file or decision table (.xlsx, .xls, .csv) to add; repeatable.")
  List<Path> rules = new ArrayList<>();

  @Option(
      names = "--card-statement",
      paramLabel = "FILE",
      description =
          "A card company's approval export (.csv or .xlsx) to reconcile with the receipts; repeatable."
              + " Read before anything else: an unreadable one is exit 2.")
  List<Path> cardStatements = new ArrayList<>();

  @Option(
      names = "--evidence-table",
      paramLabel = "FILE",
      description =
          "An edited copy of the evidence decision table (compliance-evidence.csv) in place of the"
              + " built-in one: other thresholds, categories or legal bases.")
  @Nullable Path evidenceTable;

  @Option(
      names = "--statement-headers",
      paramLabel = "FILE",
      description =
          "Header names of your card company's export that are not built in, one column a line:"
              + " COLUMN,name|name (COLUMN one of DATE, TIME, APPROVAL_NUMBER, MERCHANT, BUSINESS_NUMBER,"
              + " AMOUNT, CARD_NUMBER, STATUS), e.g. AMOUNT,매출금액. Tried before the built-in names.")
  @Nullable Path statementHeaders;

  @Option(
      names = "--settlement-lag",
      paramLabel = "DAYS",
      description = "How many days a statement date may differ from the receipt's (default 3).")
  @Nullable Integer settlementLag;

  @Option(
      names = "--provider",
      paramLabel = "PROVIDER",
      defaultValue = "clova",
      description =
          "With --ocr: clova (default), nhn, or tesseract (offline, on this machine: --type general only).")
  Provider provider = Provider.CLOVA;

  @Option(
      names = "--ocr",
      description =
          "First send every image or PDF in DIR that has no response yet to the CLOVA OCR domain that"
              + " serves --type (CLOVA_OCR_URL_<TYPE> and CLOVA_OCR_SECRET_<TYPE>, or CLOVA_OCR_URL and"
              + " CLOVA_OCR_SECRET when that URL serves it) and save the answer beside it as BASE.json,"
              + " byte for byte (a split PDF: merged, with each call's answer as BASE.part-NN.json).")
  boolean ocr;

  @Option(
      names = "--domains",
      paramLabel = "FILE",
      description =
          "With --ocr: a properties file naming each CLOVA domain's invoke URL (TYPE.url) and the"
              + " variable that holds its secret (TYPE.secret-env); replaces the CLOVA_OCR_URL* variables.")
  @Nullable Path domainsFile;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = TypeOption.Converter.class,
      completionCandidates = TypeOption.Labels.class,
      description = "With --ocr: what to call: ${COMPLETION-CANDIDATES}.")
  @Nullable OcrModel type;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "With --ocr: calls in flight at once (default ${DEFAULT-VALUE}).")
  int concurrency = 4;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Documents read, verified, mapped and rendered at once (default: one per processor). The"
              + " workbook and the manifest are still written in file-name order.")
  int jobs = Runtime.getRuntime().availableProcessors();

  @ParentCommand DocStructCommand parent;

  @Spec CommandSpec spec;

  /** How transient OCR failures are retried; tests shorten it. */
  RetryPolicy retryPolicy = RetryPolicy.defaults();

  /** Called with the number of documents finished so far, after each; tests use it to interrupt a run. */
  IntConsumer afterDocument = finished -> {};

  /** How one document ended. */
  private enum Outcome {
    DONE,
    FAILED,
    SKIPPED
  }

  /**
   * What the manifest says of one input before it is processed: its response's size and modification time
   * (for an image still to read, its answer's once saved), whether it is done and unchanged (skipped), and
   * where its PDF goes ({@code null}: none, or already there).
   */
  private record Plan(long size, long modified, boolean skip, @Nullable Path pdf) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, dir + ": not a directory");
    }
    Path out = xlsx.toAbsolutePath().normalize();
    if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, xlsx + ": its directory does not exist");
    }
    if (ocr && type == null) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "--ocr needs --type TYPE");
    }
    if (!ocr && type != null) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "--type applies to --ocr only");
    }
    if (!ocr && provider != Provider.CLOVA) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "--provider applies to --ocr only");
    }
    if (!ocr && domainsFile != null) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "--domains applies to --ocr only");
    }
    if (concurrency < 1 || concurrency > 64) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, "--concurrency must be between 1 and 64: " + concurrency);
    }
    if (jobs < 1 || jobs > 256) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, "--jobs must be between 1 and 256: " + jobs);
    }
    @Nullable Path pdfOut = pdfDirectory();
    RuleEngine engine;
    try {
      RuleEngine.Builder rulesBuilder = RuleEngine.builder().rules(rules);
      if (evidenceTable != null) {
        rulesBuilder.evidenceTable(evidenceTable);
      }
      if (settlementLag != null) {
        rulesBuilder.settlementLagDays(settlementLag);
      }
      engine = rulesBuilder.build();
    } catch (RuleDefinitionException | IllegalArgumentException e) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, String.valueOf(e.getMessage()), e);
    }
    ComplianceCheck compliance;
    try {
      compliance = statementHeaders == null
          ? ComplianceCheck.of(engine)
          : ComplianceCheck.of(engine, StatementHeaders.defaults().withSynonyms(statementHeaders));
    } catch (CardStatementException e) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, String.valueOf(e.getMessage()), e);
    }
    for (Path statement : cardStatements) {
      try {
        compliance.addStatement(statement);
      } catch (CardStatementException e) {
        throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, String.valueOf(e.getMessage()), e);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    deleteLeftovers(out, pdfOut, err);
    List<DocumentInput> inputs = new ArrayList<>();
    for (DocumentInput input : DocumentInput.folder(dir)) {
      if (ocr || input instanceof DocumentInput.Response) {
        inputs.add(input);
      }
    }
    BatchManifest manifest =
        BatchManifest.load(out.resolveSibling(out.getFileName() + ".manifest.jsonl"));
    Map<DocumentInput, Plan> plans = plans(inputs, manifest, pdfOut);
    DocStruct.Builder pipeline =
        DocStruct.builder()
            .ruleEngine(engine)
            .jobs(jobs)
            .pdf(PdfOptions.defaults().withTurnPagesUpright(!keepPageRotation));
    if (inputs.stream().anyMatch(i -> i instanceof DocumentInput.Image)) {
      OcrModel model = Objects.requireNonNull(type, "type");
      pipeline
          .ocr(provider == Provider.CLOVA
              ? ClovaService.connect(parent.environment(), domainsFile, retryPolicy, concurrency, model)
              : provider.connect(parent.environment(), domainsFile, retryPolicy, model))
          .model(model)
          .ocrConcurrency(concurrency);
    }
    StreamOptions options =
        pdfOut == null
            ? StreamOptions.inputOrder()
            : StreamOptions.inputOrder().withPdfs(PdfSink.to(input -> plans.get(input).pdf()));
    Progress progress = Progress.of(err, inputs.size());
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int pdfs = 0;
    int warnings = 0;
    WorkbookSink workbook = WorkbookSink.open(out);
    try (DocStruct docstruct = pipeline.build();
        ResultStream results = docstruct.processAll(inputs, options)) {
      for (DocumentResult result : results) {
        progress.show(done + failed + skipped, result.name());
        Outcome outcome = commit(result, plans.get(result.input()), workbook, manifest);
        compliance.add(result);
        List<Problem> lines = new ArrayList<>(result.problems());
        if (result.failure() != null) {
          lines.add(result.failure());
        }
        if (!lines.isEmpty()) {
          progress.clear();
          for (Problem problem : lines) {
            err.println(ErrorHandler.PREFIX + result.name() + ": " + problem);
          }
          err.flush();
        }
        switch (outcome) {
          case DONE -> done++;
          case FAILED -> failed++;
          case SKIPPED -> skipped++;
        }
        if (outcome != Outcome.FAILED) {
          warnings += result.problems().size() + result.warnings().size();
        }
        if (outcome == Outcome.DONE && result.pdf() != null) {
          pdfs++;
        }
        afterDocument.accept(done + failed + skipped);
      }
      progress.clear();
      workbook.addCompliance(compliance);
    } catch (IOException | RuntimeException | Error e) {
      progress.clear();
      workbook.abort();
      throw e;
    } finally {
      workbook.close();
    }
    String written =
        xlsx
            + (pdfOut == null ? "" : " and " + pdfs + (pdfs == 1 ? " PDF" : " PDFs"))
            + " written"
            + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "batch: %d done, %d failed, %d skipped (%s)%n",
            done,
            failed,
            skipped,
            written);
    if (!cardStatements.isEmpty()) {
      spec.commandLine().getOut().println(complianceLine(compliance.report()));
    }
    spec.commandLine().getOut().flush();
    return failed == 0 ? ExitStatus.SUCCESS.code() : ExitStatus.VERIFICATION_FAILED.code();
  }

  /**
   * {@code compliance: 12 expenses, 2 without qualified evidence over the threshold (가산세 ₩1,320), 1
   * duplicate; card: 9 matched, 1 without a receipt, 2 receipts without a transaction, 1 cancelled}.
   */
  static String complianceLine(ComplianceReport report) {
    long violations = report.evidence().stream().filter(e -> e.severity() != Severity.INFO).count();
    return String.format(
        Locale.ROOT,
        "compliance: %d expenses, %d with an evidence finding (가산세 ₩%,d), %d possible duplicates;"
            + " card: %d matched, %d without a receipt, %d receipts without a transaction, %d cancelled",
        report.evidence().size(),
        violations,
        report.totalPenalty(),
        report.duplicates().size(),
        report.reconciliation(ReconciliationLine.Status.MATCHED).size(),
        report.reconciliation(ReconciliationLine.Status.NO_RECEIPT).size(),
        report.reconciliation(ReconciliationLine.Status.NO_TRANSACTION).size(),
        report.reconciliation(ReconciliationLine.Status.CANCELLED).size());
  }

  /**
   * Deletes the temporary files a killed run left beside this run's outputs: the workbook's, the PDFs' and,
   * with {@code --ocr}, the saved responses'. Nothing else in those directories is touched.
   */
  private void deleteLeftovers(Path out, @Nullable Path pdfOut, PrintWriter err) throws IOException {
    String workbook = out.getFileName().toString();
    List<Path> deleted = new ArrayList<>(AtomicOutput.deleteLeftovers(out.getParent(), workbook::equals));
    if (pdfOut != null) {
      deleted.addAll(AtomicOutput.deleteLeftovers(pdfOut, name -> name.endsWith(".pdf")));
    }
    if (ocr) {
      deleted.addAll(AtomicOutput.deleteLeftovers(dir, name -> name.endsWith(".json")));
    }
    if (!deleted.isEmpty()) {
      err.println(
          ErrorHandler.PREFIX
              + "deleted "
              + deleted.size()
              + (deleted.size() == 1 ? " temporary file" : " temporary files")
              + " left by an interrupted run");
      err.flush();
    }
  }

  private @Nullable Path pdfDirectory() throws IOException {
    if (pdfDir == null) {
      return null;
    }
    Path out = pdfDir.toAbsolutePath().normalize();
    if (Files.isDirectory(out) && Files.isSameFile(dir, out)) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT,
          "--pdf-dir must not be DIR itself: the PDFs would be taken for source files");
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, Failure.of(e, pdfDir.toString()).message(), e);
    }
    return out;
  }

  /**
   * What the manifest says of each input, decided before any is processed: a response done and unchanged is
   * skipped (its PDF, when still there, is not written again); an image still to read is never skipped.
   */
  private static Map<DocumentInput, Plan> plans(
      List<DocumentInput> inputs, BatchManifest manifest, @Nullable Path pdfOut) throws IOException {
    Map<DocumentInput, Plan> plans = new HashMap<>();
    for (DocumentInput input : inputs) {
      @Nullable Path pdf =
          pdfOut == null || input.sources().isEmpty() ? null : pdfPath(pdfOut, input.baseName());
      if (input instanceof DocumentInput.Image) {
        plans.put(input, new Plan(0, 0, false, pdf));
        continue;
      }
      long size = Files.size(input.file());
      long modified = Files.getLastModifiedTime(input.file()).toMillis();
      BatchManifest.Entry previous = manifest.done(input.name(), size, modified);
      boolean skip =
          previous != null
              && (pdf == null
                  || (pdf.getFileName().toString().equals(previous.pdf()) && Files.isRegularFile(pdf)));
      plans.put(input, new Plan(size, modified, skip, skip ? null : pdf));
    }
    return Map.copyOf(plans);
  }

  /** Adds a document to the workbook and the manifest, in file-name order (the calling thread). */
  private static Outcome commit(
      DocumentResult result, Plan plan, WorkbookSink workbook, BatchManifest manifest) throws IOException {
    workbook.add(result);
    @Nullable Path answer = result.answerFile();
    boolean read = result.input() instanceof DocumentInput.Response || answer != null;
    long size = answer == null ? plan.size() : Files.size(answer);
    long modified = answer == null ? plan.modified() : Files.getLastModifiedTime(answer).toMillis();
    if (result.failed()) {
      if (read) {
        // An image the service could not read has no response yet: the next run asks again.
        manifest.append(new BatchManifest.Entry(result.name(), size, modified, "failed", null));
      }
      return Outcome.FAILED;
    }
    if (plan.skip()) {
      return Outcome.SKIPPED;
    }
    @Nullable Path pdf = result.pdf();
    manifest.append(
        new BatchManifest.Entry(
            result.name(), size, modified, "done", pdf == null ? null : pdf.getFileName().toString()));
    return Outcome.DONE;
  }

  /** {@code BASE.pdf} in the PDF directory; refuses any name that would leave it. */
  private static Path pdfPath(Path pdfOut, String base) {
    Path pdf = pdfOut.resolve(base + ".pdf").normalize();
    if (!pdfOut.equals(pdf.getParent())) {
      throw new CommandFailedException(
          ExitStatus.UNUSABLE_INPUT, base + ".pdf: would be written outside " + pdfOut);
    }
    return pdf;
  }

  /**
   * A one-line progress bar on stderr, redrawn with {@code \r}, when a terminal is attached; nothing
   * otherwise.
   */
  record Progress(@Nullable PrintWriter err, int total) {
    static Progress of(PrintWriter err, int total) {
      return new Progress(System.console() == null ? null : err, total);
    }

    void show(int finished, String name) {
      if (err == null || total == 0) {
        return;
      }
      int width = 30;
      int filled = finished * width / total;
      String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
      err.print(
          "\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + finished + "/" + total + " "
              + shown + "\033[K");
      err.flush();
    }

    void clear() {
      if (err != null) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
