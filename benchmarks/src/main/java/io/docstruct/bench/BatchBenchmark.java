package io.docstruct.bench;

import io.docstruct.cli.DocStructCommand;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * {@code docstruct batch} in process on a folder of 100 receipts (the bundled sample response and its
 * rendered PNG) into a workbook and 100 searchable PDFs, with {@code --jobs 1} (the baseline: one document
 * after another) and more jobs. Each shot writes into a new output folder, so nothing is skipped.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class BatchBenchmark {
  private static final int DOCUMENTS = 100;

  @Param({"1", "2", "4"})
  public int jobs;

  private Path root;
  private Path in;
  private Path out;

  @Setup(Level.Trial)
  public void folder() throws IOException {
    root = Files.createTempDirectory("docstruct-batch-bench");
    in = Files.createDirectories(root.resolve("in"));
    byte[] response;
    try (InputStream json = SampleResponse.CLOVA_RECEIPT.open()) {
      response = json.readAllBytes();
    }
    byte[] image = SampleResponse.CLOVA_RECEIPT.readImage();
    for (int n = 0; n < DOCUMENTS; n++) {
      String base = String.format("r%03d", n);
      Files.write(in.resolve(base + ".json"), response);
      Files.write(in.resolve(base + ".png"), image);
    }
  }

  @Setup(Level.Iteration)
  public void newOutput() throws IOException {
    out = Files.createTempDirectory(root, "out");
  }

  @Benchmark
  public int batch() {
    StringWriter err = new StringWriter();
    int exit = DocStructCommand.newCommandLine()
        .setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err))
        .execute("batch", in.toString(), "--xlsx", out.resolve("expenses.xlsx").toString(),
            "--pdf-dir", out.resolve("pdf").toString(), "--jobs", Integer.toString(jobs));
    if (exit != 0) {
      throw new IllegalStateException("batch exited with " + exit + ": " + err);
    }
    return exit;
  }

  @TearDown(Level.Iteration)
  public void deleteOutput() {
    delete(out);
  }

  @TearDown(Level.Trial)
  public void deleteFolder() {
    delete(root);
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
