package io.docstruct.pipeline;

import io.docstruct.client.ImageFormat;
import io.docstruct.client.ImageSource;
import io.docstruct.client.ResponseBytes;
import io.docstruct.document.FailedPage;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.export.pdf.TextLayerPage;
import io.docstruct.json.WireJson;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredDocument;
import io.docstruct.layout.StructuredPage;
import io.docstruct.ocr.OcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.ocr.Recognition;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleDefinitionException;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * DocStruct for applications: one object, built once from options and shared by every thread, that turns an
 * image or PDF (read by an OCR engine first) or a saved response into a {@link DocumentResult}: the provider's
 * bytes, the document, its reading order, the verification report, the entities and violations, and a status
 * that says whether it was processed, processed with problems, or failed, at which stage and why.
 *
 * <pre>{@code
 * try (DocStruct docstruct = DocStruct.builder()
 *         .ocr(ClovaOcrEngine.create(domains))      // CLOVA, one domain per model; or NhnOcrEngine.of(client)
 *         .model(OcrModel.RECEIPT)                  // what images are read as
 *         .rules(Path.of("policy.drl"))             // compiled now: a bad rule file fails here
 *         .build()) {
 *   DocumentResult r = docstruct.process(DocumentInput.image(Path.of("receipt.jpg")));
 *   if (r.status() == DocumentResult.Status.PROCESSED) {
 *     r.rules().expenses();                          // typed entities, with r.verification() behind them
 *   }
 *   docstruct.writePdf(r, Path.of("receipt.pdf"));   // a searchable PDF of the photo
 * }
 * }</pre>
 *
 * <p>Stages, in order ({@link Stage}): {@code ocr} (an image sent to the engine, its answer saved when the
 * input asks, its pages checked), {@code read} (a saved response read; the document laid out), {@code
 * verify}, {@code map} (the rules); {@link #writePdf} adds {@code pdf}. A stage that fails stops the document
 * there, and everything made before it stays in the result. Nothing is thrown for a bad input: every input
 * comes back as a result.
 *
 * <p>Many inputs: {@link #processAll} streams them through a bounded window on {@link Builder#jobs} worker
 * threads (and {@link Builder#ocrConcurrency} OCR calls), results in input order or as they complete, with
 * {@link PdfSink} writing PDFs on the workers; {@link WorkbookSink} appends the results to a workbook.
 *
 * <p>Immutable and thread-safe. {@link #close()} closes the OCR engine it was given.
 */
public final class DocStruct implements AutoCloseable {
  /** The warning of a document that gets no PDF because it has no image. */
  static final String NO_SOURCE = "no source image";

  private final @Nullable OcrEngine engine;
  private final OcrRequest request;
  private final @Nullable RuleEngine rules;
  private final Verifier verifier;
  private final Stage lastStage;
  private final PdfOptions pdf;
  private final int jobs;
  private final int ocrConcurrency;
  private final @Nullable ResultListener listener;
  private final ResponseReader reader = ResponseReader.create();
  private final LayoutEngine layout = LayoutEngine.create();
  private final AtomicBoolean closed = new AtomicBoolean();

  private DocStruct(Builder b, @Nullable RuleEngine rules, Clock clock) {
    this.engine = b.engine;
    this.request = b.request != null ? b.request : OcrRequest.of(OcrModel.GENERAL);
    this.rules = rules;
    Verifier plain = Verifier.create(clock);
    this.verifier = Boolean.TRUE.equals(b.repairMrz) ? plain.withMrzRepair() : plain;
    this.lastStage = b.lastStage != null ? b.lastStage : Stage.MAP;
    this.pdf = b.pdf != null ? b.pdf : PdfOptions.defaults();
    this.jobs = b.jobs != null ? b.jobs : Runtime.getRuntime().availableProcessors();
    this.ocrConcurrency = b.ocrConcurrency != null ? b.ocrConcurrency : 4;
    this.listener = b.listener;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A DocStruct for saved responses, with the built-in rules, the system clock and default PDF options. */
  public static DocStruct create() {
    return builder().build();
  }

  /**
   * Processes one document through every stage up to {@link Builder#lastStage}, on the calling thread.
   * Never throws for a bad input: a stage that fails is the result's {@link DocumentResult#failure()}.
   */
  public DocumentResult process(DocumentInput input) {
    return finish(recognise(input));
  }

  /**
   * Processes {@code inputs} in input order on the {@linkplain Builder#jobs worker threads}, without PDFs.
   *
   * @see #processAll(Iterable, StreamOptions)
   */
  public ResultStream processAll(Iterable<? extends DocumentInput> inputs) {
    return processAll(inputs, StreamOptions.inputOrder());
  }

  /**
   * Processes many inputs, {@linkplain Builder#jobs a few at a time}, and hands back one result per input, in
   * input order or as they complete. Inputs are taken from {@code inputs} as results are consumed, at most a
   * bounded window ahead ({@code 2 × jobs}, plus the OCR calls in flight when there is an OCR engine), so
   * memory stays flat however many there are. Close the stream (try-with-resources) to stop its threads.
   *
   * <pre>{@code
   * try (ResultStream results = docstruct.processAll(DocumentInput.folder(in),
   *         StreamOptions.inputOrder().withPdfs(PdfSink.into(out)))) {
   *   for (DocumentResult r : results) {
   *     System.out.println(r.name() + ": " + r.summary());
   *   }
   * }
   * }</pre>
   */
  public ResultStream processAll(Iterable<? extends DocumentInput> inputs, StreamOptions options) {
    Objects.requireNonNull(inputs, "inputs == null");
    Objects.requireNonNull(options, "options == null");
    return new ResultStream(this, inputs.iterator(), options);
  }

  /**
   * Writes the searchable PDF of a processed document to {@code target}, atomically, from the input's
   * {@linkplain DocumentInput#sources() source} (the image itself, or a response's image(s) or PDF), with
   * this DocStruct's {@link PdfOptions} and the reading order already in the result. Returns the result with
   * the PDF, or with a warning ({@code pdf: no source image}) when the input has no source, or failed at
   * {@link Stage#PDF}. A failed result, or one without a document, is returned as it is.
   */
  public DocumentResult writePdf(DocumentResult result, Path target) {
    Objects.requireNonNull(result, "result == null");
    Objects.requireNonNull(target, "target == null");
    OcrDocument document = result.document();
    StructuredDocument text = result.text();
    if (result.failed() || document == null || text == null) {
      return result;
    }
    List<Path> sources = result.input().sources();
    if (sources.isEmpty()) {
      return result.withWarning(Problem.of(Stage.PDF, NO_SOURCE));
    }
    try {
      pdfWriter(result.name(), text).write(document, pdfSource(sources), target);
      return result.withPdf(target);
    } catch (IllegalArgumentException e) {
      // The writer's word for an input it cannot use: more pages in the response than the source, not an image.
      return result.withFailure(new Problem(Stage.PDF, String.valueOf(e.getMessage()), e));
    } catch (IOException | RuntimeException e) {
      return result.withFailure(Problem.of(Stage.PDF, e, target.toString(), result.name()));
    }
  }

  /**
   * A new batch check with this DocStruct's rules: add results and card statements, then {@link
   * ComplianceCheck#report()}.
   *
   * @throws IllegalStateException when this DocStruct runs no rules ({@link Builder#lastStage} before map)
   */
  public ComplianceCheck complianceCheck() {
    if (rules == null) {
      throw new IllegalStateException("this DocStruct runs no rules (last stage before map): nothing to check");
    }
    return new ComplianceCheck(rules);
  }

  /** The OCR engine images are sent to, if any. */
  public @Nullable OcrEngine ocrEngine() {
    return engine;
  }

  /** What images are read as when their input does not say. */
  public OcrRequest ocrRequest() {
    return request;
  }

  int jobs() {
    return jobs;
  }

  int ocrConcurrency() {
    return ocrConcurrency;
  }

  /** Closes the OCR engine, if there is one; idempotent. Images read afterwards fail at {@link Stage#OCR}. */
  @Override
  public void close() {
    if (engine != null && closed.compareAndSet(false, true)) {
      engine.close();
    }
  }

  @Override
  public String toString() {
    return "DocStruct{ocr="
        + (engine == null ? "none" : engine + " as " + request.model().label())
        + ", rules=" + (rules == null ? "none" : rules.ruleFiles())
        + ", lastStage=" + lastStage.label()
        + ", jobs=" + jobs + "}";
  }

  // ---- the stages -----------------------------------------------------------------------------------

  /** A document between its stages: what is known so far. */
  static final class Draft {
    final DocumentInput input;
    @Nullable String answerName;
    @Nullable Problem failure;
    final List<Problem> problems = new ArrayList<>();
    List<ResponseBytes> responseBytes = List.of();
    @Nullable Path answerFile;
    @Nullable OcrDocument document;
    @Nullable StructuredDocument text;
    @Nullable VerificationReport verification;
    @Nullable RuleResult rules;

    Draft(DocumentInput input) {
      this.input = input;
    }

    boolean needsOcr() {
      return input instanceof DocumentInput.Image && document == null && failure == null;
    }

    DocumentResult result() {
      String label = input.label();
      String name =
          label != null ? label : answerFile != null ? answerFile.getFileName().toString() : input.name();
      return new DocumentResult(
          input, name, failure, problems, List.of(), responseBytes, answerFile, document, text, verification,
          rules, null);
    }

    DocumentResult fail(Problem problem) {
      if (failure == null) {
        failure = problem;
      }
      return result();
    }
  }

  /**
   * The OCR stage of an image: sent to the engine, its answer saved when the input asks, its failed pages
   * noted. A response passes through untouched. Runs on an OCR thread in {@link ResultStream}.
   */
  Draft recognise(DocumentInput input) {
    Objects.requireNonNull(input, "input == null");
    Draft d = new Draft(input);
    if (!(input instanceof DocumentInput.Image image)) {
      return d;
    }
    String fileName = image.file().getFileName().toString();
    if (engine == null) {
      d.failure = Problem.of(Stage.OCR, "no OCR engine to read images with: build DocStruct with ocr(engine)");
      return d;
    }
    Recognition recognition;
    try {
      recognition =
          engine.recognize(ImageSource.of(image.file()), image.request() != null ? image.request() : request);
    } catch (RuntimeException e) {
      d.failure = Problem.of(Stage.OCR, e, image.file().toString(), fileName);
      return d;
    }
    d.responseBytes = recognition.answer().bodies();
    OcrDocument document = recognition.document();
    Path answerFile = image.answerFile();
    if (answerFile != null && !everyPageFailed(document)) {
      try {
        AnswerFiles.save(recognition.answer(), answerFile);
        d.answerFile = answerFile;
      } catch (IOException | RuntimeException e) {
        d.failure = Problem.of(Stage.OCR, e, answerFile.toString(), fileName);
        return d;
      }
    }
    d.document = document;
    return d;
  }

  /** The stages after OCR, then the listener told. */
  DocumentResult finish(Draft d) {
    DocumentResult result = stagesAfterOcr(d);
    if (listener == null) {
      return result;
    }
    try {
      listener.finished(result);
      return result;
    } catch (RuntimeException e) {
      return result.withWarning(
          new Problem(lastStage, "result listener failed: " + Problem.describe(e, null), e));
    }
  }

  /** The stages after OCR: a response read, failed pages noted, then layout, verification and the rules. */
  private DocumentResult stagesAfterOcr(Draft d) {
    if (d.failure != null && d.document == null) {
      return d.result();
    }
    if (d.document == null) {
      DocumentInput.Response response = (DocumentInput.Response) d.input;
      Path file = response.file();
      try {
        byte[] bytes = readResponse(file);
        d.document = reader.read(bytes, file.toString());
        d.responseBytes = List.of(ResponseBytes.copyOf(bytes));
      } catch (IOException | RuntimeException e) {
        return d.fail(Problem.of(Stage.READ, e, file.toString(), file.getFileName().toString()));
      }
    }
    OcrDocument document = d.document;
    List<FailedPage> failedPages = FailedPage.of(document);
    if (!failedPages.isEmpty()) {
      String pages = failedPages.stream().map(FailedPage::describe).collect(Collectors.joining("; "));
      if (everyPageFailed(document)) {
        d.failure = Problem.of(Stage.OCR, pages);
      } else {
        d.problems.add(Problem.of(Stage.OCR, pages));
      }
    }
    try {
      d.text = layout.structure(document);
    } catch (RuntimeException e) {
      return d.fail(Problem.of(Stage.READ, e, d.input.name()));
    }
    if (lastStage == Stage.READ) {
      return d.result();
    }
    try {
      d.verification = verifier.verify(document);
    } catch (RuntimeException e) {
      return d.fail(Problem.of(Stage.VERIFY, e, d.input.name()));
    }
    if (lastStage == Stage.VERIFY || rules == null) {
      return d.result();
    }
    try {
      d.rules = rules.evaluate(document, d.verification);
    } catch (RuntimeException e) {
      return d.fail(Problem.of(Stage.MAP, e, d.input.name()));
    }
    return d.result();
  }

  private static boolean everyPageFailed(OcrDocument document) {
    return !document.pages().isEmpty() && document.pages().stream().allMatch(p -> p.status().failed());
  }

  /**
   * A response file's bytes; one over the reader's limit is left to the reader, which refuses it by its size
   * without reading it, in its own words.
   */
  private byte[] readResponse(Path file) throws IOException {
    if (Files.size(file) > WireJson.MAX_DOCUMENT_LENGTH) {
      reader.read(file);
      throw new AssertionError("the reader refuses a file over its limit");
    }
    return Files.readAllBytes(file);
  }

  /** A writer for one document: its title, and the reading order the result already holds for its text layer. */
  private SearchablePdfWriter pdfWriter(String title, StructuredDocument text) {
    return SearchablePdfWriter.builder()
        .redaction(pdf.redaction())
        .pdfA(pdf.pdfA())
        .turnPagesUpright(pdf.turnPagesUpright())
        .debugOverlay(pdf.debugOverlay())
        .title(title)
        .textLayer(page -> TextLayerPage.of(structured(text, page)))
        .build();
  }

  private StructuredPage structured(StructuredDocument text, Page page) {
    for (StructuredPage p : text.pages()) {
      if (p.page() == page) {
        return p;
      }
    }
    return layout.structure(page);
  }

  /** One PDF, or images only, told from each file's first bytes. */
  private static PdfSource pdfSource(List<Path> sources) throws IOException {
    int pdfs = 0;
    for (Path file : sources) {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(ImageFormat.SIGNATURE_LENGTH);
      }
      if (ImageFormat.detect(head) == ImageFormat.PDF) {
        pdfs++;
      }
    }
    if (pdfs == 0) {
      return PdfSource.images(sources);
    }
    if (sources.size() > 1) {
      throw new IllegalArgumentException("give either one PDF or images as the source, not both or several PDFs");
    }
    return PdfSource.pdf(sources.get(0));
  }

  /**
   * Configures a {@link DocStruct}. Every setting is optional and may be made once; values are checked as
   * they are set, and {@link #build()} checks that they fit together (and compiles the rules).
   *
   * <pre>{@code
   * DocStruct docstruct = DocStruct.builder()
   *     .ocr(ClovaOcrEngine.create(domains)).model(OcrModel.RECEIPT)
   *     .clock(Clock.system(ZoneId.of("Asia/Seoul")))
   *     .pdf(PdfOptions.defaults().withRedaction(Redaction.personalData()))
   *     .jobs(4)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable OcrEngine engine;
    private @Nullable OcrRequest request;
    private @Nullable List<Path> ruleFiles;
    private @Nullable RuleEngine ruleEngine;
    private @Nullable Clock clock;
    private @Nullable Boolean repairMrz;
    private @Nullable Boolean reveal;
    private @Nullable PdfOptions pdf;
    private @Nullable Integer jobs;
    private @Nullable Integer ocrConcurrency;
    private @Nullable Stage lastStage;
    private @Nullable ResultListener listener;

    private Builder() {}

    /**
     * The OCR engine images are sent to ({@code ClovaOcrEngine}, {@code NhnOcrEngine}, or your own). The
     * DocStruct takes it over: closing the DocStruct closes it. Without one, images fail at {@link Stage#OCR}.
     */
    public Builder ocr(OcrEngine engine) {
      requireUnset(this.engine, "ocr");
      this.engine = Objects.requireNonNull(engine, "engine == null");
      return this;
    }

    /** What images are read as when their input does not say; default {@link OcrModel#GENERAL}. */
    public Builder model(OcrModel model) {
      return ocrRequest(OcrRequest.of(Objects.requireNonNull(model, "model == null")));
    }

    /** What images are read as, with options, when their input does not say; default General OCR. */
    public Builder ocrRequest(OcrRequest request) {
      requireUnset(this.request, "model/ocrRequest");
      this.request = Objects.requireNonNull(request, "request == null");
      return this;
    }

    /**
     * Your rule files, DRL or decision tables, added to the built-in rules and compiled by {@link #build()}.
     */
    public Builder rules(Path... files) {
      return rules(List.of(files));
    }

    /** {@link #rules(Path...)} for a list. */
    public Builder rules(List<Path> files) {
      requireUnset(this.ruleFiles, "rules");
      this.ruleFiles = List.copyOf(files);
      return this;
    }

    /**
     * A rule engine already built, instead of {@link #rules}; verification then uses its {@linkplain
     * RuleEngine#clock() clock} too, so that "today" is one day for both.
     */
    public Builder ruleEngine(RuleEngine engine) {
      requireUnset(this.ruleEngine, "ruleEngine");
      this.ruleEngine = Objects.requireNonNull(engine, "engine == null");
      return this;
    }

    /** "Today" for verification (expiry, future dates) and the rules; default the system clock and zone. */
    public Builder clock(Clock clock) {
      requireUnset(this.clock, "clock");
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Whether verification also tries the audited OCR repair of MRZ lines (O/0, I/1…); default {@code false}. */
    public Builder repairMrz(boolean repair) {
      requireUnset(this.repairMrz, "repairMrz");
      this.repairMrz = repair;
      return this;
    }

    /**
     * Whether entities keep full resident and card numbers besides the masked ones; default {@code false}.
     * Messages, workbooks (unless their options say otherwise) and logs stay masked either way.
     */
    public Builder revealPersonalNumbers(boolean reveal) {
      requireUnset(this.reveal, "revealPersonalNumbers");
      this.reveal = reveal;
      return this;
    }

    /** How searchable PDFs are written; default {@link PdfOptions#defaults()}. */
    public Builder pdf(PdfOptions options) {
      requireUnset(this.pdf, "pdf");
      this.pdf = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /**
     * How many documents {@link DocStruct#processAll} reads, verifies, maps and renders at once; default one
     * per processor. With 1, everything runs on the thread that consumes the results, one document at a
     * time, none ahead.
     *
     * @throws IllegalArgumentException unless 1 ≤ {@code jobs} ≤ 256
     */
    public Builder jobs(int jobs) {
      requireUnset(this.jobs, "jobs");
      if (jobs < 1 || jobs > 256) {
        throw new IllegalArgumentException("jobs must be between 1 and 256: " + jobs);
      }
      this.jobs = jobs;
      return this;
    }

    /**
     * How many OCR calls {@link DocStruct#processAll} makes at once when there is more than one job; default 4.
     * The engine's clients have their own limit too.
     *
     * @throws IllegalArgumentException unless 1 ≤ {@code calls} ≤ 64
     */
    public Builder ocrConcurrency(int calls) {
      requireUnset(this.ocrConcurrency, "ocrConcurrency");
      if (calls < 1 || calls > 64) {
        throw new IllegalArgumentException("ocrConcurrency must be between 1 and 64: " + calls);
      }
      this.ocrConcurrency = calls;
      return this;
    }

    /**
     * The last stage {@link DocStruct#process} runs: {@link Stage#READ} (the document and its reading order),
     * {@link Stage#VERIFY}, or {@link Stage#MAP} (the default). Before {@code MAP}, no rule engine is loaded.
     *
     * @throws IllegalArgumentException for {@link Stage#OCR} or {@link Stage#PDF}
     */
    public Builder lastStage(Stage stage) {
      requireUnset(this.lastStage, "lastStage");
      Objects.requireNonNull(stage, "stage == null");
      if (stage == Stage.OCR || stage == Stage.PDF) {
        throw new IllegalArgumentException("lastStage must be read, verify or map, not " + stage.label());
      }
      this.lastStage = stage;
      return this;
    }

    /** Told of every document finished ({@link ResultListener}); default none. */
    public Builder listener(ResultListener listener) {
      requireUnset(this.listener, "listener");
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * The DocStruct. Compiles the rule files, if any. When it throws, the OCR engine it was given is closed.
     *
     * @throws IllegalStateException when settings do not fit together: an OCR model or concurrency without an
     *     engine, a model the engine does not serve, a rule engine with rule files, a clock or {@code
     *     revealPersonalNumbers}, rules with a last stage before {@code map}
     * @throws RuleDefinitionException naming the file and line of the first error in a rule file
     */
    public DocStruct build() {
      try {
        return checkedBuild();
      } catch (RuntimeException e) {
        if (engine != null) {
          engine.close(); // it was given to this DocStruct, which will not be
        }
        throw e;
      }
    }

    private DocStruct checkedBuild() {
      if (engine == null && (request != null || ocrConcurrency != null)) {
        throw new IllegalStateException(
            (request != null ? "model/ocrRequest" : "ocrConcurrency") + " needs an OCR engine: set ocr(engine)");
      }
      if (engine != null) {
        OcrModel model = request != null ? request.model() : OcrModel.GENERAL;
        if (!engine.serves(model)) {
          String served =
              engine.models().stream().map(OcrModel::callName).collect(Collectors.joining(", "));
          throw new IllegalStateException(
              "the OCR engine does not serve " + model.callName() + ", which images are read as"
                  + (request == null ? " by default" : "") + "; it serves " + served + ": set model(…) to one of them");
        }
      }
      Stage last = lastStage != null ? lastStage : Stage.MAP;
      if (last != Stage.MAP && (ruleFiles != null || ruleEngine != null || reveal != null)) {
        throw new IllegalStateException("rules are not run when the last stage is " + last.label());
      }
      if (ruleEngine != null && (ruleFiles != null || clock != null || reveal != null)) {
        throw new IllegalStateException(
            "ruleEngine comes with its own "
                + (ruleFiles != null ? "rules" : clock != null ? "clock" : "revealPersonalNumbers")
                + ": set it on RuleEngine.builder()");
      }
      Clock time = clock != null ? clock : ruleEngine != null ? ruleEngine.clock() : Clock.systemDefaultZone();
      RuleEngine engineForRules = null;
      if (last == Stage.MAP) {
        engineForRules = ruleEngine;
        if (engineForRules == null) {
          RuleEngine.Builder b = RuleEngine.builder().clock(time);
          if (ruleFiles != null) {
            b.rules(ruleFiles);
          }
          if (reveal != null) {
            b.revealPersonalNumbers(reveal);
          }
          engineForRules = b.build();
        }
      }
      return new DocStruct(this, engineForRules, time);
    }

    private static void requireUnset(@Nullable Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
    }
  }
}
