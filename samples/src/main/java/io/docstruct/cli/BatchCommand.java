package io.docstruct.cli;

import io.docstruct.client.RetryPolicy;
import io.docstruct.client.internal.DaemonThreads;
import io.docstruct.document.OcrDocument;
import io.docstruct.export.AtomicOutput;
import io.docstruct.export.excel.ExcelExporter;
import io.docstruct.export.excel.ExpenseWorkbookWriter;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
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
 * image is in the workbook and gets a warning row (stage {@code pdf}, {@code no source image}) but no PDF.
 * A page whose text the layout finds turned is shown upright in its PDF ({@code /Rotate}); {@code
 * --keep-page-rotation} keeps every page as its source shows it.
 * The summary line on stdout reads {@code batch: N done, F failed, S skipped (…)}.
 *
 * <p>Documents are read, verified, mapped and rendered {@code --jobs} at a time (default: one per processor),
 * a bounded number ahead of the writer; the workbook, the manifest and the messages follow file-name order,
 * so the output is the same whatever the number of jobs.
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
 * {@code BASE.part-NN.json}, see {@link AnswerFiles}), and then processed like the others. An image the
 * service could not read is a failure at stage {@code ocr}, and nothing is saved for it.
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
            + " gets no PDF. Ends with 'batch: N done, F failed, S skipped'.",
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
      "",
      "Exit codes: 0 nothing failed; 1 some documents failed (see the Failures sheet);"
          + " 2 unusable arguments."
    })
final class BatchCommand implements Callable<Integer> {
  /** Source extensions, in the order they are looked for. */
  private static final List<String> SOURCE_EXTENSIONS =
      List.of(".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf");

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
      converter = OcrType.Converter.class,
      completionCandidates = OcrType.Labels.class,
      description = "With --ocr: what to call: ${COMPLETION-CANDIDATES}.")
  @Nullable OcrType type;

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

  /** One response to process and the source it was made from, if found. */
  private record Input(Path response, String name, String base, @Nullable Path source) {}

  /** How one document ended. */
  private enum Outcome {
    DONE,
    FAILED,
    SKIPPED
  }

  /** A document that failed at one stage, with the reason in one line. */
  private static final class StageFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String stage;

    StageFailure(String stage, String reason, Throwable cause) {
      super(reason, cause);
      this.stage = stage;
    }
  }

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
      engine = RuleEngine.builder().rules(rules).build();
    } catch (RuleDefinitionException e) {
      throw new CommandFailedException(ExitStatus.UNUSABLE_INPUT, String.valueOf(e.getMessage()), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    deleteLeftovers(out, pdfOut, err);
    Map<String, String> ocrFailures = ocr ? recogniseMissing(err) : Map.of();
    List<Input> inputs = inputs();
    BatchManifest manifest =
        BatchManifest.load(out.resolveSibling(out.getFileName() + ".manifest.jsonl"));
    Verifier verifier = Verifier.create(Clock.systemDefaultZone());
    Progress progress = Progress.of(err, inputs.size());
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int pdfs = 0;
    int warnings = 0;
    ExpenseWorkbookWriter workbook = ExcelExporter.create().open(out);
    Pipeline pipeline = new Pipeline(jobs);
    try {
      for (Map.Entry<String, String> f : ocrFailures.entrySet()) {
        workbook.addFailure(f.getKey(), "ocr", f.getValue());
        failed++;
      }
      Iterator<Input> pending = inputs.iterator();
      ArrayDeque<Future<Prepared>> window = new ArrayDeque<>();
      while (pending.hasNext() || !window.isEmpty()) {
        while (pending.hasNext() && window.size() < pipeline.window()) {
          Input input = pending.next();
          window.add(pipeline.submit(() -> prepare(input, engine, verifier, manifest, pdfOut)));
        }
        Prepared prepared = pipeline.await(window.remove());
        Input input = prepared.input();
        progress.show(done + failed + skipped, input.name());
        Outcome outcome = commit(prepared, workbook, manifest);
        if (outcome == Outcome.FAILED) {
          StageFailure f = Objects.requireNonNull(prepared.failure());
          progress.clear();
          err.println(ErrorHandler.PREFIX + input.name() + ": " + f.stage + ": " + f.getMessage());
          err.flush();
        }
        switch (outcome) {
          case DONE -> done++;
          case FAILED -> failed++;
          case SKIPPED -> skipped++;
        }
        if (outcome != Outcome.FAILED && input.source() == null) {
          workbook.addFailure(input.name(), "pdf", "no source image");
          warnings++;
        }
        if (outcome == Outcome.DONE && pdfOut != null && input.source() != null) {
          pdfs++;
        }
        afterDocument.accept(done + failed + skipped);
      }
      progress.clear();
    } catch (IOException | RuntimeException | Error e) {
      progress.clear();
      workbook.abort();
      throw e;
    } finally {
      pipeline.close();
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
    spec.commandLine().getOut().flush();
    return failed == 0 ? ExitStatus.SUCCESS.code() : ExitStatus.VERIFICATION_FAILED.code();
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
   * Sends every source of {@link #dir} without a response to the OCR service and saves the answers; returns
   * the sources that failed, by file name, with the reason (each also reported on stderr).
   */
  private Map<String, String> recogniseMissing(PrintWriter err) throws IOException {
    List<Path> pending = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0
            && SOURCE_EXTENSIONS.contains(name.substring(dot).toLowerCase(Locale.ROOT))
            && Files.isRegularFile(file)
            && !Files.exists(dir.resolve(name.substring(0, dot) + ".json"))
            && file.equals(source(name.substring(0, dot)))) {
          pending.add(file);
        }
      }
    }
    Map<String, String> failures = new TreeMap<>();
    if (pending.isEmpty()) {
      return failures;
    }
    OcrType kind = Objects.requireNonNull(type, "type");
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, pending.size()));
    try (OcrService service = ClovaService.connect(parent.environment(), domainsFile, retryPolicy, kind)) {
      Map<Path, Future<@Nullable String>> calls = new LinkedHashMap<>();
      for (Path file : pending) {
        calls.put(file, pool.submit(() -> recognise(service, file, kind)));
      }
      for (Map.Entry<Path, Future<@Nullable String>> call : calls.entrySet()) {
        String name = call.getKey().getFileName().toString();
        @Nullable String reason;
        try {
          reason = call.getValue().get();
        } catch (ExecutionException e) {
          reason = oneLineReason(e.getCause() == null ? e : e.getCause(), call.getKey(), name);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CommandFailedException(ExitStatus.REMOTE_ERROR, "interrupted while calling OCR", e);
        }
        if (reason != null) {
          failures.put(name, reason);
          err.println(ErrorHandler.PREFIX + name + ": ocr: " + reason);
        }
      }
      err.flush();
    } finally {
      pool.shutdownNow();
    }
    return failures;
  }

  /**
   * One OCR call; the answer saved byte for byte as {@code BASE.json} (a split PDF: merged, with each call's
   * answer beside it as {@code BASE.part-NN.json}), or the reason it could not be.
   */
  private @Nullable String recognise(OcrService service, Path file, OcrType kind) throws IOException {
    OcrAnswer answer = service.recognise(new OcrCall(file, kind, null, false, List.of()));
    if (!answer.imageProblems().isEmpty()) {
      return String.join("; ", answer.imageProblems());
    }
    String name = file.getFileName().toString();
    AnswerFiles.save(answer.answer(), dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".json"));
    return null;
  }

  /**
   * The responses of {@link #dir}, sorted by name, each with its source if one is beside it. A split PDF's
   * per-call answers ({@code BASE.part-NN.json} beside {@code BASE.json}) are evidence, not documents of their
   * own: only the merged {@code BASE.json} is processed.
   */
  private List<Input> inputs() throws IOException {
    List<Path> responses;
    try (Stream<Path> files = Files.list(dir)) {
      responses =
          files
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
              .filter(Files::isRegularFile)
              .filter(p -> !AnswerFiles.isPart(p))
              .sorted()
              .toList();
    }
    List<Input> inputs = new ArrayList<>();
    for (Path response : responses) {
      String name = response.getFileName().toString();
      String base = name.substring(0, name.length() - ".json".length());
      inputs.add(new Input(response, name, base, source(base)));
    }
    return inputs;
  }

  private @Nullable Path source(String base) {
    for (String extension : SOURCE_EXTENSIONS) {
      for (String candidate : List.of(extension, extension.toUpperCase(Locale.ROOT))) {
        Path file = dir.resolve(base + candidate);
        if (Files.isRegularFile(file)) {
          return file;
        }
      }
    }
    return null;
  }

  /**
   * Everything about one document that needs no shared writer: read, verify, map and render its PDF (unless
   * the manifest says it is done). Runs on the pipeline's threads; a failed stage is returned, not thrown.
   */
  private Prepared prepare(
      Input input, RuleEngine engine, Verifier verifier, BatchManifest manifest, @Nullable Path pdfOut)
      throws IOException {
    long size = Files.size(input.response());
    long modified = Files.getLastModifiedTime(input.response()).toMillis();
    @Nullable Path pdf = pdfOut == null || input.source() == null ? null : pdfPath(pdfOut, input.base());
    BatchManifest.Entry previous = manifest.done(input.name(), size, modified);
    boolean skip =
        previous != null
            && (pdf == null
                || (pdf.getFileName().toString().equals(previous.pdf()) && Files.isRegularFile(pdf)));
    try {
      OcrDocument document = stage("read", input, () -> ResponseReader.create().read(input.response()));
      VerificationReport report = stage("verify", input, () -> verifier.verify(document));
      RuleResult result = stage("map", input, () -> engine.evaluate(document, report));
      if (pdf != null && !skip) {
        Path source = input.source();
        stage(
            "pdf",
            input,
            () -> {
              PdfSource from =
                  source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                      ? PdfSource.pdf(source)
                      : PdfSource.images(source);
              SearchablePdfWriter.builder()
                  .title(input.name())
                  .turnPagesUpright(!keepPageRotation)
                  .build()
                  .write(document, from, pdf);
              return pdf;
            });
      }
      return new Prepared(input, size, modified, skip, pdf, new Mapped(document, report, result), null);
    } catch (StageFailure f) {
      return new Prepared(input, size, modified, skip, pdf, null, f);
    }
  }

  /** Adds a prepared document to the workbook and the manifest, in file-name order (the calling thread). */
  private static Outcome commit(Prepared prepared, ExpenseWorkbookWriter workbook, BatchManifest manifest)
      throws IOException {
    Input input = prepared.input();
    @Nullable StageFailure failure = prepared.failure();
    @Nullable Mapped mapped = prepared.mapped();
    if (failure != null || mapped == null) {
      StageFailure f = Objects.requireNonNull(failure);
      workbook.addFailure(input.name(), f.stage, String.valueOf(f.getMessage()));
      manifest.append(
          new BatchManifest.Entry(input.name(), prepared.size(), prepared.modified(), "failed", null));
      return Outcome.FAILED;
    }
    workbook.add(input.name(), mapped.document(), mapped.result(), mapped.report());
    if (prepared.skip()) {
      return Outcome.SKIPPED;
    }
    @Nullable Path pdf = prepared.pdf();
    manifest.append(
        new BatchManifest.Entry(
            input.name(),
            prepared.size(),
            prepared.modified(),
            "done",
            pdf == null ? null : pdf.getFileName().toString()));
    return Outcome.DONE;
  }

  /** What {@link #prepare} made of a document that passed every stage. */
  private record Mapped(OcrDocument document, VerificationReport report, RuleResult result) {}

  /** One document after {@link #prepare}: mapped, or failed at a stage. */
  private record Prepared(
      Input input,
      long size,
      long modified,
      boolean skip,
      @Nullable Path pdf,
      @Nullable Mapped mapped,
      @Nullable StageFailure failure) {}

  /**
   * Runs {@link #prepare} for up to {@code jobs} documents at once, at most {@code 2 × jobs} ahead of the
   * one being written, so memory stays bounded however many documents there are. With one job everything
   * runs on the calling thread. Closing stops the threads and waits for them (up to a minute; they are
   * daemons), so no PDF is still being written after the command returns.
   */
  private static final class Pipeline implements AutoCloseable {
    private final @Nullable ExecutorService pool;
    private final int window;

    Pipeline(int jobs) {
      this.pool = jobs == 1 ? null : Executors.newFixedThreadPool(jobs, DaemonThreads.named("docstruct-batch-"));
      this.window = 2 * jobs;
    }

    int window() {
      return pool == null ? 1 : window;
    }

    Future<Prepared> submit(Callable<Prepared> task) {
      if (pool != null) {
        return pool.submit(task);
      }
      FutureTask<Prepared> inline = new FutureTask<>(task);
      inline.run();
      return inline;
    }

    Prepared await(Future<Prepared> future) throws IOException {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for a document");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      }
    }

    @Override
    public void close() {
      if (pool == null) {
        return;
      }
      pool.shutdownNow();
      try {
        // A document's work stops at its next interruptible step; its PDF is written atomically either way.
        // Not an exception if it takes longer: close() runs in a finally block and must not hide the cause.
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
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

  /** A step that may fail, for {@link #stage}. */
  private interface Step<T> {
    T run() throws IOException;
  }

  /** Runs one stage of a document; any failure becomes a {@link StageFailure} with a one-line reason. */
  private static <T> T stage(String stage, Input input, Step<T> step) throws StageFailure {
    try {
      return step.run();
    } catch (IOException | RuntimeException e) {
      throw new StageFailure(stage, oneLineReason(e, input.response(), input.name()), e);
    }
  }

  /** The failure's one-line message without the file name it starts with. */
  private static String oneLineReason(Throwable e, Path file, String name) {
    String message = Failure.of(e, name).message();
    for (String prefix : List.of(file + ": ", name + ": ")) {
      if (message.startsWith(prefix)) {
        message = message.substring(prefix.length());
      }
    }
    return message;
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
