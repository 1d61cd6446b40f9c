package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.export.pdf.TextLayerPage;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The OCRmyPDF side-by-side's DocStruct half one page per call, for {@link PairedRun}: the real scans and
 * words that {@code benchmarks/ocrmypdf-side-by-side.sh} prepares ({@code NNN.jpg} and its CLOVA General V2
 * answer {@code NNN.json} in {@link #pages}), taken in turn. Each call reads one answer from its file and
 * writes the searchable PDF of it to a plain file, as {@link SearchablePdfPages} does ({@link
 * #answerToPdf}); {@link #readingOrderGiven} does the same with the page's reading order already known (as
 * the pipeline passes it, and as OCRmyPDF's renderer gets its lines from the hOCR); the baseline {@link
 * #imageCopy} only reads the page's JPEG and writes its bytes to a file, the least any searchable PDF of
 * the page costs.
 *
 * <pre>{@code
 * python3 benchmarks/ocrmypdf_side_by_side.py prepare SROIE_DIR /tmp/pages
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PairedRun 21 \
 *     SearchablePdfReceiptsBenchmark.answerToPdf:pages=/tmp/pages \
 *     SearchablePdfReceiptsBenchmark.imageCopy:pages=/tmp/pages BEFORE.jar benchmarks/target/benchmarks.jar
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchablePdfReceiptsBenchmark {
  /** A folder of {@code NNN.jpg} and {@code NNN.json}, as {@code ocrmypdf_side_by_side.py prepare} writes. */
  @Param("")
  public String pages = "";

  /** The images' resolution, as the side-by-side gives both tools. */
  @Param("200")
  public int dpi = 200;

  private final ResponseReader reader = ResponseReader.create();
  private SearchablePdfWriter writer = SearchablePdfWriter.create();
  private List<Path> answers = List.of();
  private SearchablePdfWriter[] givenOrder = new SearchablePdfWriter[0];
  private Path out = Path.of("");
  private int next;

  @Setup
  public void setUp() throws IOException {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException(
          "set pages to a folder prepared by ocrmypdf_side_by_side.py (-p pages=DIR, or :pages=DIR)");
    }
    try (Stream<Path> files = Files.list(Path.of(pages))) {
      answers = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("no NNN.json answers in " + pages);
    }
    writer = SearchablePdfWriter.builder().imageDpi(dpi).build();
    givenOrder = new SearchablePdfWriter[answers.size()];
    for (int i = 0; i < answers.size(); i++) {
      OcrDocument doc = reader.read(answers.get(i));
      TextLayerPage layer = TextLayerPage.of(doc.pages().get(0));
      givenOrder[i] = SearchablePdfWriter.builder().imageDpi(dpi).textLayer(page -> layer).build();
    }
    out = Files.createTempDirectory("searchable-pdf-receipts");
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(out);
  }

  /** One page: its answer read, its searchable PDF written (the reading order found by the writer). */
  @Benchmark
  public int answerToPdf() throws IOException {
    int page = turn();
    SearchablePdfPages.writePage(reader, writer, answers.get(page), out);
    return page;
  }

  /** The same with the page's reading order given, computed once beforehand. */
  @Benchmark
  public int readingOrderGiven() throws IOException {
    int page = turn();
    SearchablePdfPages.writePage(reader, givenOrder[page], answers.get(page), out);
    return page;
  }

  /** Baseline: the page's JPEG read and its bytes written to a file. */
  @Benchmark
  public int imageCopy() throws IOException {
    int page = turn();
    String stem = SearchablePdfPages.stem(answers.get(page));
    byte[] jpeg = Files.readAllBytes(answers.get(page).resolveSibling(stem + ".jpg"));
    Files.write(out.resolve(stem + ".jpg"), jpeg);
    return jpeg.length;
  }

  private int turn() {
    int page = next;
    next = (next + 1) % answers.size();
    return page;
  }
}
