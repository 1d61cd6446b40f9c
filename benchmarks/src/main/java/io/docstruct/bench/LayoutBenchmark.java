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
 * What reading order costs: {@link LayoutEngine#structure(OcrDocument)} on one General V2 page against the
 * baseline of reading the same page's JSON into the model, at 5,000 and 50,000 words. Goals: structuring
 * 5,000 words at most the parse time; 50,000 words at most 12× 5,000 (no quadratic blow-up).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LayoutBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LayoutBenchmark {

  @Param({"5000", "50000"})
  public int words;

  private byte[] json = new byte[0];
  private final ResponseReader reader = ResponseReader.create();
  private final LayoutEngine engine = LayoutEngine.create();
  private OcrDocument document;

  @Setup
  public void generate() {
    json = SyntheticResponses.generalV2(words, 42);
    document = reader.read(json, null);
  }

  /** Baseline: the page's JSON read into the canonical model. */
  @Benchmark
  public OcrDocument parse() {
    return reader.read(json, null);
  }

  /** Subject: the parsed page put in reading order (orientation, lines, blocks, offsets). */
  @Benchmark
  public StructuredDocument structure() {
    return engine.structure(document);
  }
}
