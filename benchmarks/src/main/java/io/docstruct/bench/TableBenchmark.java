package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Table;
import io.docstruct.read.ResponseReader;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableGrids;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What rebuilding a table costs next to reading it: a generated CLOVA General V2 response holding one
 * table of 1,000 cells (a row of 10 group headers spanning two columns each, 49 rows of 20 cells, a footer
 * row of 10 spanning cells; one or two words per cell with polygons; no {@code fields}, so the JSON is the
 * table alone). Baseline {@code parseJson} reads the bytes into the canonical model; {@code buildGrid}
 * builds the {@link TableGrid} (occupancy, repairs, numbers, headers) from the parsed table. Goal: {@code
 * buildGrid} faster than {@code parseJson}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar TableBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TableBenchmark {
  private static final String[] WORDS = {"진찰료", "검사료", "B. 일품", "합계", "비고", "삼각김밥"};

  private final ResponseReader reader = ResponseReader.create();
  private byte[] json = new byte[0];
  private Table table = new Table(null, null, java.util.List.of());

  @Setup
  public void generate() {
    json = tableResponse(42);
    table = reader.read(json, null).pages().get(0).tables().get(0);
    if (table.cells().size() != 1000) {
      throw new IllegalStateException(table.cells().size() + " cells, expected 1000");
    }
  }

  /** Baseline: the response's bytes into the canonical model. */
  @Benchmark
  public OcrDocument parseJson() {
    return reader.read(json, null);
  }

  /** Subject: the span-aware grid from the parsed table. */
  @Benchmark
  public TableGrid buildGrid() {
    return TableGrids.build(table);
  }

  /** A General V2 response with one table of exactly 1,000 cells on a 51 × 20 grid. */
  static byte[] tableResponse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(1 << 20);
    sb.append("{\"version\":\"V2\",\"requestId\":\"bench\",\"timestamp\":1700000000000,\"images\":[{")
        .append("\"uid\":\"t\",\"name\":\"table\",\"inferResult\":\"SUCCESS\",\"message\":\"SUCCESS\",")
        .append("\"convertedImageInfo\":{\"width\":2480,\"height\":3508,\"pageIndex\":0,\"longImage\":false},")
        .append("\"fields\":[],\"tables\":[{\"inferConfidence\":0.99,\"cells\":[");
    boolean first = true;
    for (int row = 0; row < 51; row++) {
      boolean spanning = row == 0 || row == 50;
      for (int column = 0; column < 20; column += spanning ? 2 : 1) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        String text =
            row == 0 || column == 0
                ? WORDS[random.nextInt(WORDS.length)]
                : String.format(Locale.ROOT, "%,d", random.nextInt(1_000_000));
        cell(sb, row, column, spanning ? 2 : 1, text, random);
      }
    }
    sb.append("]}]}]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void cell(
      StringBuilder sb, int row, int column, int columnSpan, String text, SplittableRandom random) {
    double x = 40 + column * 120;
    double y = 60 + row * 40;
    sb.append("{\"rowIndex\":").append(row).append(",\"columnIndex\":").append(column)
        .append(",\"rowSpan\":1,\"columnSpan\":").append(columnSpan)
        .append(",\"inferConfidence\":").append(confidence(random)).append(",\"boundingPoly\":");
    poly(sb, x, y, 120.0 * columnSpan, 40);
    sb.append(",\"cellTextLines\":[{\"inferConfidence\":").append(confidence(random))
        .append(",\"boundingPoly\":");
    poly(sb, x + 4, y + 4, 100, 30);
    sb.append(",\"cellWords\":[");
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"inferText\":\"").append(words[i])
          .append("\",\"inferConfidence\":").append(confidence(random)).append(",\"boundingPoly\":");
      poly(sb, x + 4 + i * 50, y + 4, 46, 30);
      sb.append('}');
    }
    sb.append("]}]}");
  }

  private static String confidence(SplittableRandom random) {
    return String.format(Locale.ROOT, "%.8f", 0.9 + random.nextDouble() * 0.0999);
  }

  private static void poly(StringBuilder sb, double x, double y, double w, double h) {
    sb.append(String.format(
        Locale.ROOT,
        "{\"vertices\":[{\"x\":%.4f,\"y\":%.4f},{\"x\":%.4f,\"y\":%.4f},{\"x\":%.4f,\"y\":%.4f},"
            + "{\"x\":%.4f,\"y\":%.4f}]}",
        x, y, x + w, y, x + w, y + h, x, y + h));
  }
}
