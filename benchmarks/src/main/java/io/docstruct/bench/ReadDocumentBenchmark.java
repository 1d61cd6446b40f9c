package io.docstruct.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import io.docstruct.clova.model.ClovaResponse;
import io.docstruct.document.OcrDocument;
import io.docstruct.json.WireJson;
import io.docstruct.read.ResponseReader;
import java.io.IOException;
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
 * What reading a Document OCR receipt costs, words derived from its values included, against the baseline
 * of Jackson parsing the same bytes into the wire model alone (as {@link ReadResponseBenchmark} does for
 * General OCR).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReadDocumentBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReadDocumentBenchmark {

  @Param({"100"})
  public int items;

  private byte[] json = new byte[0];
  private final ObjectReader wireReader = WireJson.mapper().readerFor(ClovaResponse.class);
  private final ResponseReader reader = ResponseReader.create();

  @Setup
  public void generate() {
    json = SyntheticResponses.receipt(items, 42);
  }

  /** Baseline: Jackson parses the bytes into the wire records, nothing more. */
  @Benchmark
  public ClovaResponse wireParseOnly() throws IOException {
    return wireReader.readValue(json);
  }

  /** Subject: the same bytes into the canonical model: kind, typed fields and the words derived from them. */
  @Benchmark
  public OcrDocument canonicalModel() {
    return reader.read(json, null);
  }
}
