package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredDocument;
import io.docstruct.read.ResponseReader;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What reading order costs: {@link LayoutEngine#structure(OcrDocument)} on General V2 pages against the
 * baseline of reading the same pages' JSON into the model, at 5,000 and 50,000 words. Goals: structuring
 * 5,000 words at most the parse time; 50,000 words at most 12× 5,000 (no quadratic blow-up).
 *
 * <p>{@code pages}: {@code distinct} cycles through different pages of {@value #WORKING_SET_WORDS} words in
 * all (ten pages of 5,000 words, one of 50,000), so both sizes touch as much memory per round, as a service
 * reading different documents does; {@code same} repeats one page, which at 5,000 words stays in the CPU's
 * caches and its branch predictor while 50,000 words do not, so it measures the caches as much as the
 * algorithm.
 *
 * <p>{@code layout}: a grid of ten words to a line, or two text columns whose baselines line up.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LayoutBenchmark -p layout=grid
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LayoutBenchmark {
  /** Words in one round of {@code distinct} pages, whatever the page size. */
  static final int WORKING_SET_WORDS = 50_000;

  @Param({"5000", "50000"})
  public int words;

  @Param({"distinct", "same"})
  public String pages;

  /**
   * {@code grid}: ten words to a line ({@link SyntheticResponses#generalV2}); {@code columns}: two text
   * columns whose baselines line up, with a gutter narrower than the word gap ({@link
   * SyntheticResponses#generalV2TwoColumns}), so the page's column rivers are found and followed.
   */
  @Param({"grid", "columns"})
  public String layout;

  private final ResponseReader reader = ResponseReader.create();
  private final LayoutEngine engine = LayoutEngine.create();
  private byte[][] jsons = new byte[0][];
  private OcrDocument[] documents = new OcrDocument[0];
  private int next;

  @Setup
  public void generate() {
    int count = pages.equals("same") ? 1 : Math.max(1, WORKING_SET_WORDS / words);
    jsons = new byte[count][];
    documents = new OcrDocument[count];
    for (int i = 0; i < count; i++) {
      jsons[i] =
          layout.equals("columns")
              ? SyntheticResponses.generalV2TwoColumns(words, 42 + i)
              : SyntheticResponses.generalV2(words, 42 + i);
      documents[i] = reader.read(jsons[i], null);
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == documents.length ? 0 : i + 1;
    return i;
  }

  /** Baseline: a page's JSON read into the canonical model. */
  @Benchmark
  public OcrDocument parse() {
    return reader.read(jsons[nextIndex()], null);
  }

  /** Subject: a parsed page put in reading order (orientation, lines, blocks, offsets). */
  @Benchmark
  public StructuredDocument structure() {
    return engine.structure(documents[nextIndex()]);
  }
}
