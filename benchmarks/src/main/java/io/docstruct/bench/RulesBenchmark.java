package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.CategoryKeywords;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.unit.EntityMapper;
import io.docstruct.rules.unit.ExpenseChecks;
import io.docstruct.rules.unit.KnowledgeBase;
import io.docstruct.rules.unit.PageFact;
import io.docstruct.rules.unit.PageFacts;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the rule engine costs per receipt, against building the same entity in plain Java.
 *
 * <ul>
 *   <li>{@code builtInRules}: {@link RuleEngine#evaluate} on the seed CLOVA receipt (mapping, categorisation,
 *       every validation rule; a new rule-unit instance per call).
 *   <li>{@code plainJava} (baseline): the same {@code Expense} from the same mapper, category from the same
 *       keyword table and the same arithmetic checks, without Drools.
 *   <li>{@code compileKnowledgeBase}: compiling the built-in DRL files to the executable model (what the first
 *       engine in a process pays once), single shot.
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RulesBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@Fork(1)
public class RulesBenchmark {
  private OcrDocument receipt;
  private RuleEngine engine;
  private final EntityMapper mapper = EntityMapper.masking();
  private final CategoryKeywords keywords = CategoryKeywords.defaults();

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = RulesBenchmark.class.getResourceAsStream("receipt.json")) {
      receipt = ResponseReader.create().read(in.readAllBytes(), "receipt.json");
    }
    engine = RuleEngine.create();
    if (engine.evaluate(receipt).expenses().size() != 1) {
      throw new IllegalStateException("the receipt did not map to one expense");
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public RuleResult builtInRules() {
    return engine.evaluate(receipt);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public void plainJava(Blackhole bh) {
    List<PageFact> pages = PageFacts.of(receipt);
    for (PageFact page : pages) {
      if (page.receipt() != null) {
        Expense e = mapper.expense(page);
        e = e.withCategory(keywords.categoryOf(e));
        bh.consume(ExpenseChecks.itemsMismatch(e));
        bh.consume(ExpenseChecks.vatWithinTolerance(e));
        bh.consume(e);
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public KnowledgeBase compileKnowledgeBase() {
    return KnowledgeBase.compile(List.of());
  }
}
