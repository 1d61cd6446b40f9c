package io.docstruct.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.docstruct.document.OcrDocument;
import io.docstruct.layout.LayoutEngine;
import io.docstruct.layout.StructuredPage;
import io.docstruct.read.ResponseReader;
import io.docstruct.receipt.ReceiptReader;
import io.docstruct.receipt.ReceiptReading;
import io.docstruct.rules.unit.KnowledgeBase;
import io.docstruct.testing.SroieReceipts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
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
 * What understanding a receipt from words costs (issue #19) against reading its JSON: five real SROIE receipts
 * (the layout tests' fixtures in core's test jar, 29 to 62 lines each) as the CLOVA General V2 answers a
 * perfect OCR would give, cycled.
 *
 * <ul>
 *   <li>{@code readJson} (baseline): {@link ResponseReader#read} of the answer's bytes into the model;
 *   <li>{@code understand}: the reading order ({@link LayoutEngine#structure}) and the {@link ReceiptReader}
 *       with the built-in labels, from the model to every field with its evidence;
 *   <li>{@code readReceipt}: the receipt reader alone, on pages already laid out.
 * </ul>
 *
 * <p>Goal: {@code understand} below {@code readJson}.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReceiptBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReceiptBenchmark {
  /** The SROIE receipts in core's test resources. */
  static final String[] RECEIPTS = {"000", "029", "109", "156", "157"};

  private final ResponseReader reader = ResponseReader.create();
  private final LayoutEngine layout = LayoutEngine.create();
  private ReceiptReader receipts = ReceiptReader.of(io.docstruct.receipt.ReceiptLabels.empty());
  private byte[][] jsons = new byte[0][];
  private OcrDocument[] documents = new OcrDocument[0];
  private StructuredPage[] pages = new StructuredPage[0];
  private int next;

  @Setup
  public void load() {
    receipts = KnowledgeBase.builtIn().receiptReader();
    jsons = new byte[RECEIPTS.length][];
    documents = new OcrDocument[RECEIPTS.length];
    pages = new StructuredPage[RECEIPTS.length];
    for (int i = 0; i < RECEIPTS.length; i++) {
      jsons[i] = answer(RECEIPTS[i]);
      documents[i] = reader.read(jsons[i], RECEIPTS[i]);
      pages[i] = layout.structure(documents[i].pages().get(0));
      if (!receipts.read(pages[i]).receipt()) {
        throw new IllegalStateException(RECEIPTS[i] + " does not read as a receipt");
      }
    }
  }

  /** The CLOVA General V2 answer of one SROIE receipt of core's test resources. */
  static byte[] answer(String name) {
    String resource = "/fixtures/layout/sroie/" + name + ".csv";
    try (InputStream in = Objects.requireNonNull(ReceiptBenchmark.class.getResourceAsStream(resource), resource)) {
      return SroieReceipts.parse(new String(in.readAllBytes(), UTF_8), name).clovaV2().getBytes(UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == jsons.length ? 0 : i + 1;
    return i;
  }

  /** Baseline: the answer's JSON read into the canonical model. */
  @Benchmark
  public OcrDocument readJson() {
    return reader.read(jsons[nextIndex()], null);
  }

  /** Reading order and receipt understanding, from the model to every field with its evidence. */
  @Benchmark
  public ReceiptReading understand() {
    return receipts.read(layout.structure(documents[nextIndex()].pages().get(0)));
  }

  /** The receipt reader alone, on a page already laid out. */
  @Benchmark
  public ReceiptReading readReceipt() {
    return receipts.read(pages[nextIndex()]);
  }
}
