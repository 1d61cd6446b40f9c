package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Searchable PDF throughput: one A4 page at 200 DPI (a 1654 × 2339 JPEG, embedded as is) with 500 words of
 * mixed Korean and English, against the baseline of the same page written with the image only, in the same
 * run. The difference is the text layer's cost per page. The setup also prints the bytes the text layer and
 * the invisible font add to a document.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SearchablePdfBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchablePdfBenchmark {
  private static final int WIDTH = 1654;
  private static final int HEIGHT = 2339;
  private static final String[] TEXTS = {
    "대한민국", "서울특별시", "합계", "금액", "12,000원", "Invoice", "number", "2024-0117", "VAT", "포함",
    "Total", "영수증", "카드", "승인", "Seoul"
  };

  private final SearchablePdfWriter writer = SearchablePdfWriter.builder().imageDpi(200).build();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private Path dir = Path.of("");
  private PdfSource source = PdfSource.images(Path.of("unset"));
  private OcrDocument withWords = document(List.of());
  private OcrDocument imageOnly = document(List.of());

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("searchable-pdf-bench");
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.DARK_GRAY);
    List<Word> words = new ArrayList<>();
    Random random = new Random(42);
    for (int line = 0; line < 25; line++) {
      double x = 80;
      double y = 100 + line * 88;
      for (int i = 0; i < 20; i++) {
        String text = TEXTS[random.nextInt(TEXTS.length)];
        double w = 28 + text.length() * 9;
        g.fillRect((int) x, (int) y + 8, (int) w, 22); // ink where the word is
        words.add(new Word(text, 0.99, Quad.of(Box.ofSize(x, y, w, 36)), i == 19, WordKind.TEXT, null));
        x += w + 12;
      }
    }
    g.dispose();
    Path jpg = dir.resolve("page.jpg");
    ImageIO.write(image, "jpeg", jpg.toFile());
    source = PdfSource.images(jpg);
    withWords = document(words);
    imageOnly = document(List.of());
    long none = size(imageOnly);
    long oneWord = size(document(words.subList(0, 1)));
    long all = size(withWords);
    System.err.printf(
        "%nimage only: %d bytes; font + 1 word: +%d bytes; text layer of 500 words + font: +%d bytes%n",
        none, oneWord - none, all - none);
  }

  private long size(OcrDocument document) throws IOException {
    out.reset();
    writer.write(document, source, out);
    return out.size();
  }

  private static OcrDocument document(List<Word> words) {
    Page page =
        new Page(0, "page", Page.PageStatus.SUCCESS, null,
            new PageSize(WIDTH, HEIGHT, PageSize.Source.CONVERTED_IMAGE_INFO), words, List.of(),
            List.of(), null);
    return new OcrDocument(ResponseKind.CLOVA_GENERAL_V2, null, null, List.of(page), List.of());
  }

  @TearDown
  public void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /** Baseline: the page with its image only. */
  @Benchmark
  public int imageOnly() throws IOException {
    out.reset();
    writer.write(imageOnly, source, out);
    return out.size();
  }

  /** The page with its image and a 500-word invisible text layer. */
  @Benchmark
  public int imageAndTextLayer() throws IOException {
    out.reset();
    writer.write(withWords, source, out);
    return out.size();
  }
}
