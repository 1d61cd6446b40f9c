package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredDocument;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.testing.server.SampleResponse;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the pipeline costs over the stages it calls: one saved response and its image through {@link
 * DocStruct#process} and {@link DocStruct#writePdf} ({@code pipeline}), against the same stages wired by hand
 * as an application did before the pipeline ({@code byHand}, the baseline): read, reading order,
 * verification, the rules, a searchable PDF written atomically to a file. Goal: {@code pipeline} at most 1.05×
 * {@code byHand}. {@code sample}: {@code receipt} is the bundled Document OCR receipt, {@code general} the
 * bundled General OCR supermarket receipt with its table (its lines are laid out for the rules as well).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar PipelineBenchmark
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PipelineBenchmark 21   # paired, thread CPU time
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class PipelineBenchmark {
  @Param({"receipt", "general"})
  public String sample;

  private Path dir;
  private Path json;
  private Path png;
  private Path handPdf;
  private Path pipelinePdf;
  private String name;
  private final ResponseReader reader = ResponseReader.create();
  private final LayoutEngine layout = LayoutEngine.create();
  private final Verifier verifier = Verifier.create(Clock.systemDefaultZone());
  private final RuleEngine rules = RuleEngine.create();
  private DocStruct docstruct;
  private DocumentInput input;

  @Setup(Level.Trial)
  public void files() throws IOException {
    SampleResponse source = sample.equals("general") ? SampleResponse.CLOVA_GENERAL : SampleResponse.CLOVA_RECEIPT;
    dir = Files.createTempDirectory("docstruct-pipeline-bench");
    json = dir.resolve(source.fileName());
    try (InputStream in = source.open()) {
      Files.copy(in, json);
    }
    png = Files.write(dir.resolve(source.imageFileName()), source.readImage());
    handPdf = dir.resolve("by-hand.pdf");
    pipelinePdf = dir.resolve("pipeline.pdf");
    name = json.getFileName().toString();
    docstruct = DocStruct.create();
    input = DocumentInput.response(json, png);
  }

  /** The baseline: every stage called by hand, as the CLI's batch did per document. */
  @Benchmark
  public Object byHand() throws IOException {
    OcrDocument document = reader.read(json);
    StructuredDocument text = layout.structure(document);
    VerificationReport report = verifier.verify(document);
    RuleResult result = rules.evaluate(document, report);
    SearchablePdfWriter.builder().title(name).build().write(document, PdfSource.images(png), handPdf);
    return new Object[] {text, result};
  }

  /** The same through the pipeline: one result value with every stage's product, and the PDF. */
  @Benchmark
  public DocumentResult pipeline() {
    DocumentResult result = docstruct.writePdf(docstruct.process(input), pipelinePdf);
    if (result.pdf() == null) {
      throw new IllegalStateException(result.summary());
    }
    return result;
  }

  @TearDown(Level.Trial)
  public void deleteFiles() {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The paired comparison for a loaded machine: in one JVM, {@code byHand} and {@code pipeline} turn about, about
   * 0.4 s of calls per turn, each turn's thread CPU time per document (time lost to other tenants does not
   * count); a third as many turns again warm up. Argument: measured turns (e.g. 21).
   */
  public static void main(String[] args) throws Exception {
    int turns = Integer.parseInt(args.length == 0 ? "21" : args[0]);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String kind : new String[] {"receipt", "general"}) {
      PipelineBenchmark b = new PipelineBenchmark();
      b.sample = kind;
      b.files();
      double[] hand = new double[turns];
      double[] pipe = new double[turns];
      for (int t = -turns / 3; t < turns; t++) {
        double h;
        double p;
        if (t % 2 == 0) { // turn about, so that neither always runs on a warmer cache
          h = perCall(cpu, () -> b.byHand());
          p = perCall(cpu, () -> b.pipeline());
        } else {
          p = perCall(cpu, () -> b.pipeline());
          h = perCall(cpu, () -> b.byHand());
        }
        if (t >= 0) {
          hand[t] = h;
          pipe[t] = p;
        }
      }
      b.deleteFiles();
      Arrays.sort(hand);
      Arrays.sort(pipe);
      System.out.printf(Locale.ROOT,
          "%s: byHand %.0f µs (%.0f-%.0f), pipeline %.0f µs (%.0f-%.0f), pipeline/byHand %.3f%n",
          kind, hand[turns / 2], hand[turns / 4], hand[3 * turns / 4],
          pipe[turns / 2], pipe[turns / 4], pipe[3 * turns / 4], pipe[turns / 2] / hand[turns / 2]);
    }
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static volatile Object sink;

  /** Thread CPU microseconds per call over one turn of about 0.4 s. */
  private static double perCall(ThreadMXBean cpu, Call call) throws Exception {
    long start = cpu.getCurrentThreadCpuTime();
    int calls = 0;
    while (cpu.getCurrentThreadCpuTime() - start < 400_000_000L) {
      sink = call.run();
      calls++;
    }
    return (cpu.getCurrentThreadCpuTime() - start) / 1e3 / calls;
  }
}
