package io.docstruct.cli;

import io.docstruct.cli.report.DocumentReport;
import io.docstruct.client.RetryPolicy;
import io.docstruct.clova.client.ClovaOcrClient;
import io.docstruct.clova.client.ClovaOcrEngine;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.NamedField;
import io.docstruct.nhn.client.NhnOcrClient;
import io.docstruct.nhn.client.NhnOcrEngine;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.OcrRequest;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.WorkbookSink;
import io.docstruct.rules.FiredRule;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.docstruct.rules.entity.Expense;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrids;
import io.docstruct.table.TableMarkdown;
import io.docstruct.tesseract.TesseractInstallation;
import io.docstruct.tesseract.TesseractOcrEngine;
import io.docstruct.testing.server.LocalOcrServer;
import io.docstruct.testing.server.SampleResponse;
import io.docstruct.verify.Finding;
import io.docstruct.verify.Status;
import io.docstruct.verify.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code docstruct demo}: runs every {@link SampleResponse} bundled in the jar through the pipeline ({@link
 * DocStruct}), offline, and prints for each a short summary and what each stage made of it. Every sample
 * takes the real path: its bundled image is sent with {@link ClovaOcrClient} or {@link NhnOcrClient} (as
 * {@link ClovaOcrEngine} and {@link NhnOcrEngine}) to a {@link LocalOcrServer} on an ephemeral loopback port,
 * which answers with the recorded responses.
 *
 * <pre>{@code
 * java -jar samples/target/docstruct.jar demo
 * }</pre>
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    versionProvider = VersionProvider.class,
    header = "Run DocStruct offline on the sample responses bundled in the jar.",
    description =
        "Starts a local CLOVA and NHN Cloud OCR-compatible server on 127.0.0.1 with the responses"
            + " recorded in docstruct.jar, sends the bundled sample images to it with the CLOVA client"
            + " (General OCR for a supermarket receipt, Document OCR for a bakery receipt and a team"
            + " dinner) and the NHN Cloud client (General OCR for a trade statement), summarises each"
            + " and says what the later stages of the pipeline make of it. No internet connection, no"
            + " input files and no keys needed.")
final class DemoCommand implements Callable<Integer> {
  private static final int PREVIEW_ITEMS = 4;
  private static final int WIDTH = 100;
  private static final int TEXT_LINES = 6;
  private static final String SAMPLE_RULES_FOLDER = "/io/docstruct/samples/rules/";
  private static final List<String> SAMPLE_RULES =
      List.of("weekend-expenses.drl", "meals-with-alcohol.xlsx");
  /** The NHN Cloud app key the demo sends; the local server accepts any. */
  private static final String NHN_DEMO_APP_KEY = "docstruct-demo";

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the demo's files (sample images, searchable PDFs, the workbook and the sample"
              + " rules). Default: ${DEFAULT-VALUE}.")
  Path outDir = Path.of("docstruct-demo");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    // A one-off secret: the client must send one, and the server checks it like CLOVA does. Never printed.
    String secret = UUID.randomUUID().toString();
    try (LocalOcrServer server = LocalOcrServer.builder().secret(secret).sampleResponses().start()) {
      run(out, server, secret);
    }
    out.flush();
    return ExitStatus.SUCCESS.code();
  }

  /** The two pipelines of the demo: CLOVA (a General and a receipt domain, one client each) and NHN Cloud. */
  private record Pipelines(DocStruct clova, DocStruct nhn) {}

  private void run(PrintWriter out, LocalOcrServer server, String secret) throws IOException {
    Files.createDirectories(outDir);
    SampleResponse[] samples = SampleResponse.values();
    out.println(
        "DocStruct "
            + VersionProvider.projectVersion()
            + " demo: "
            + samples.length
            + " bundled sample responses, read offline.");
    out.println(
        "The sample images go through the CLOVA and NHN Cloud clients to a local OCR server at "
            + server.baseUrl()
            + ", which answers with the recorded responses.");
    List<Path> sampleRules = writeSampleRules(outDir);
    RuleEngine rules = RuleEngine.builder().rules(sampleRules.toArray(Path[]::new)).build();
    out.println(
        "Custom rules: "
            + sampleRules.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
            + " (copied to " + outDir + "; edit them and run 'docstruct map RESPONSE.json --rules FILE').");
    Path workbook = outDir.resolve("docstruct-demo.xlsx");
    try (DocStruct clova =
            DocStruct.builder()
                .ocr(
                    ClovaOcrEngine.of(
                        // one client per domain, as with CLOVA: a General domain and a receipt domain
                        clovaClient(server.invokeUrl("general"), secret),
                        clovaClient(server.invokeUrl("receipt"), secret)))
                .ruleEngine(rules)
                .build();
        // NHN Cloud: the server's root is the service root; the same one-off secret is the token
        DocStruct nhn =
            DocStruct.builder()
                .ocr(
                    NhnOcrEngine.of(
                        NhnOcrClient.builder()
                            .baseUrl(server.baseUrl())
                            .appKey(NHN_DEMO_APP_KEY)
                            .userAccessToken(secret)
                            .retryPolicy(RetryPolicy.none())
                            .build()))
                .ruleEngine(rules)
                .build();
        WorkbookSink xlsx = WorkbookSink.open(workbook)) {
      for (int i = 0; i < samples.length; i++) {
        demoSample(out, i + 1, samples.length, samples[i], server, new Pipelines(clova, nhn), xlsx);
      }
    }
    offlineOcr(out, samples, rules);
    out.println();
    out.println(
        "Workbook: " + workbook + " (Expenses with Items total and Difference formulas, Items,"
            + " Violations, and the supermarket receipt's table with its merged cells)");
    out.println("Files: " + outDir.toAbsolutePath().normalize());
    out.println("Run 'docstruct info RESPONSE.json' on a response of your own for the full report,");
    out.println("and 'docstruct serve' to run the local OCR server for your own client.");
  }

  /**
   * When Tesseract is installed, the General OCR sample images read again on this machine by it, with no
   * server and no account: each one's words, its mean confidence, what the rules made of it, its answer and
   * its PDF. Otherwise one line saying the recordings answered everything and how to install it.
   */
  private void offlineOcr(PrintWriter out, SampleResponse[] samples, RuleEngine rules) throws IOException {
    out.println();
    if (!TesseractInstallation.isInstalled("tesseract", List.of("kor", "eng"))) {
      out.println(
          "Offline OCR: tesseract is not installed here, so every image above was answered with recorded"
              + " responses. Install it (sudo apt-get install " + TesseractInstallation.APT_PACKAGES
              + ") and the demo reads the images with it too.");
      return;
    }
    try (DocStruct tesseract = DocStruct.builder().ocr(TesseractOcrEngine.create()).ruleEngine(rules).build()) {
      TesseractOcrEngine engine = (TesseractOcrEngine) Objects.requireNonNull(tesseract.ocrEngine());
      out.println(
          "Offline OCR: tesseract " + engine.installation().version() + " (" + String.join("+", engine.languages())
              + ") is installed: the General OCR images read again on this machine, no server, no account"
              + " (docstruct ocr IMAGE --type general --provider tesseract):");
      for (SampleResponse sample : samples) {
        if (sample != SampleResponse.CLOVA_GENERAL && sample != SampleResponse.NHN_GENERAL) {
          continue; // Document OCR's typed values have no Tesseract counterpart
        }
        Path image = outDir.resolve(sample.imageFileName());
        String base = sample.imageFileName().replaceFirst("\\.[^.]+$", "");
        DocumentResult result = tesseract.process(
            DocumentInput.image(image).savingAnswerAs(outDir.resolve(base + ".tesseract.json")));
        result = tesseract.writePdf(result, outDir.resolve(base + ".tesseract.pdf"));
        OcrDocument doc = result.document();
        if (result.failed() || doc == null) {
          out.println("  " + sample.imageFileName() + ": " + result.summary());
          continue;
        }
        out.println(
            "  " + sample.imageFileName() + ": " + count(doc.wordCount(), "word") + ", mean confidence "
                + String.format(Locale.ROOT, "%.2f", doc.meanWordConfidence().orElse(0))
                + (result.rules() == null || result.rules().expenses().isEmpty()
                    ? "; no expense (the rules find none without a 합계 line)"
                    : "; " + mapping(result.rules()))
                + (result.pdf() == null ? "" : "; " + result.pdf().getFileName()));
      }
    }
  }

  private static ClovaOcrClient clovaClient(String invokeUrl, String secret) {
    return ClovaOcrClient.builder().invokeUrl(invokeUrl).secret(secret).retryPolicy(RetryPolicy.none()).build();
  }

  /** One sample through every stage: OCR (local server), read, tables, text, PDF, verify, rules, Excel. */
  private void demoSample(
      PrintWriter out,
      int number,
      int count,
      SampleResponse sample,
      LocalOcrServer server,
      Pipelines pipelines,
      WorkbookSink xlsx)
      throws IOException {
    Path image = Files.write(outDir.resolve(sample.imageFileName()), sample.readImage());
    DocStruct pipeline;
    DocumentInput input;
    String from;
    switch (sample) {
      case CLOVA_GENERAL -> {
        pipeline = pipelines.clova();
        input = DocumentInput.image(image, OcrRequest.of(OcrModel.GENERAL).withTables(true));
        from = "General OCR of " + sample.imageFileName() + " by the local server at "
            + server.invokeUrl("general");
      }
      case CLOVA_RECEIPT, CLOVA_DINNER -> {
        pipeline = pipelines.clova();
        input = DocumentInput.image(image, OcrModel.RECEIPT);
        from = "Document OCR (receipt) of " + sample.imageFileName() + " by the local server at "
            + server.invokeUrl("receipt");
      }
      case NHN_GENERAL -> {
        pipeline = pipelines.nhn();
        input = DocumentInput.image(image, OcrModel.GENERAL);
        from = "NHN Cloud General OCR of " + sample.imageFileName() + " by the local server at "
            + server.baseUrl() + "v1.1/appkeys/" + NHN_DEMO_APP_KEY + "/general";
      }
      default -> throw new IllegalStateException("no demo step for " + sample);
    }
    // Named as the recording it is answered with: the workbook's Source column shows it.
    DocumentResult result = pipeline.process(input.named(sample.fileName()));
    Path pdf = outDir.resolve(sample.fileName().replace(".json", ".pdf"));
    result = pipeline.writePdf(result, pdf);
    Problem failure = result.failure();
    if (failure != null || result.document() == null || result.text() == null
        || result.verification() == null || result.rules() == null) {
      throw failure != null && failure.cause() instanceof RuntimeException e
          ? e
          : CommandFailedException.of(
              Objects.requireNonNull(failure, "a demo sample was not mapped"), sample.fileName());
    }
    OcrDocument doc = result.document();
    DocumentReport report = DocumentReport.of(sample.fileName(), doc);
    out.println();
    out.println("[" + number + "/" + count + "] " + sample.fileName());
    out.println("  " + sample.title());
    printWrapped(out, "  from:  ", from);
    out.println("  read:  " + report.summaryLine());
    String preview = preview(doc);
    if (!preview.isEmpty()) {
      out.println("  e.g.:  " + preview);
    }
    for (PageTable table : TableGrids.of(doc)) {
      out.println(
          "  table: page " + table.page() + ", table " + table.index() + ", "
              + table.grid().rowCount() + " rows x " + table.grid().columnCount()
              + " columns, spans kept (docstruct tables --format csv|json|markdown):");
      for (String line : TableMarkdown.render(table.grid()).split("\n")) {
        out.println("         " + line);
      }
    }
    String[] text = result.text().text().split("\n");
    out.println("  text:  " + (text[0].isBlank() ? "(no text: " + TextCommand.whyNoText(doc) + ")" : text[0]));
    for (int t = 1; t < Math.min(text.length, TEXT_LINES); t++) {
      out.println("         " + text[t]);
    }
    if (text.length > TEXT_LINES) {
      out.println("         … (" + count(text.length - TEXT_LINES, "more line") + ": docstruct text)");
    }
    int placed = placedWords(doc);
    out.println(
        "  pdf:   " + pdf
            + (placed == 0
                ? " (the image only: no word has a position, so there is no text layer)"
                : " (the image with an invisible text layer of " + count(placed, "word") + ")"));
    VerificationReport verification = result.verification();
    printWrapped(out, "  check: ", verification(verification));
    RuleResult mapped = result.rules();
    if (!mapped.expenses().isEmpty() || !mapped.violations().isEmpty()) {
      printWrapped(out, "  rules: ", mapping(mapped));
    }
    xlsx.add(result);
  }

  /** Words the text layer can hold: with text and a usable polygon (derived words of a Document OCR page too). */
  private static int placedWords(OcrDocument doc) {
    int n = 0;
    for (Page page : doc.pages()) {
      for (Word w : page.words()) {
        if (!w.text().isBlank() && w.polygon() != null && w.polygon().allFinite()) {
          n++;
        }
      }
    }
    return n;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Prints {@code text} after {@code label}, wrapped at {@value #WIDTH} columns under its first word. */
  private static void printWrapped(PrintWriter out, String label, String text) {
    String indent = " ".repeat(label.length());
    StringBuilder line = new StringBuilder(label);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line.setLength(0);
        line.append(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }

  /** A few values from the document: Document OCR fields when there are some, else the first words. */
  private static String preview(OcrDocument doc) {
    List<String> items = new ArrayList<>();
    for (Page page : doc.pages()) {
      DocumentFields fields = page.fields();
      if (fields != null) {
        for (NamedField f : fields.namedFields()) {
          if (items.size() < PREVIEW_ITEMS) {
            items.add(f.name() + " = " + f.field().text());
          }
        }
      }
    }
    if (!items.isEmpty()) {
      return String.join("; ", items) + " …";
    }
    StringBuilder words = new StringBuilder();
    int n = 0;
    for (Page page : doc.pages()) {
      for (Word w : page.words()) {
        if (n++ == PREVIEW_ITEMS * 2) {
          return words.append(" …").toString();
        }
        words.append(words.length() == 0 ? "" : " ").append(w.text());
      }
    }
    return words.toString();
  }

  /** The sample custom rules bundled in the jar, copied next to the demo's output for the engine to load. */
  private static List<Path> writeSampleRules(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : SAMPLE_RULES) {
      try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_RULES_FOLDER + name)) {
        if (in == null) {
          throw new IOException("bundled sample rule " + SAMPLE_RULES_FOLDER + name + " is missing");
        }
        Path target = dir.resolve(name);
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        files.add(target);
      }
    }
    return files;
  }

  /** One line on what the rules made of the document: expenses with their category, violations, custom rules. */
  private static String mapping(RuleResult result) {
    List<String> parts = new ArrayList<>();
    for (Expense e : result.expenses()) {
      parts.add(
          "expense "
              + (e.total() == null
                  ? "without a total"
                  : String.format(Locale.ROOT, "%,d won", e.total().amount().toBigInteger()))
              + (e.items().isEmpty() ? "" : e.items().size() == 1 ? " (1 item)" : " (" + e.items().size() + " items)")
              + (e.category() == null ? ", no category" : ", category " + e.category().name()));
    }
    for (Violation v : result.violations()) {
      parts.add(v.severity() + " " + v.rule());
    }
    List<String> custom =
        result.firedRules().stream()
            .filter(f -> !f.origin().startsWith("built-in"))
            .map(FiredRule::rule)
            .distinct()
            .toList();
    if (!custom.isEmpty()) {
      parts.add("custom rules fired: " + String.join(", ", custom));
    }
    return String.join("; ", parts) + " (docstruct map)";
  }

  /** One line on the verification report: how many checks passed, failed or could not be made, and why. */
  private static String verification(VerificationReport report) {
    long pass = report.findings().stream().filter(f -> f.status() == Status.PASS).count();
    long fail = report.failures().size();
    long unverifiable = report.findings().stream().filter(f -> f.status() == Status.UNVERIFIABLE).count();
    StringBuilder line =
        new StringBuilder(report.valid() ? "valid" : "INVALID")
            .append(": ").append(pass).append(" passed, ").append(fail).append(" failed, ")
            .append(unverifiable).append(" unverifiable");
    List<String> notes = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.status() != Status.PASS && notes.size() < 3) {
        notes.add(f.check().id() + " " + f.status() + (f.field().isEmpty() ? "" : " (" + f.field() + ")"));
      }
    }
    if (!notes.isEmpty()) {
      line.append(" — ").append(String.join("; ", notes));
    }
    return line.append(" (docstruct verify)").toString();
  }

}
