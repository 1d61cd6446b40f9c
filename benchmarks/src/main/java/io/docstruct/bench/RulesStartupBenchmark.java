package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.unit.DocumentUnit;
import io.docstruct.rules.unit.EntityMapper;
import io.docstruct.rules.unit.KnowledgeBase;
import io.docstruct.rules.unit.PageFacts;
import io.docstruct.rules.unit.RuleOutput;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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

/**
 * What a new process pays before its first document is mapped: one single shot per fresh JVM, from getting
 * the built-in rules to the first receipt's result.
 *
 * <ul>
 *   <li>{@code compiledAtRunTime} (baseline): the built-in DRL compiled to the executable model in the
 *       process ({@link KnowledgeBase#compile} — what every process paid before the build precompiled them,
 *       and what an engine with user rules pays), then the receipt evaluated.
 *   <li>{@code precompiled}: the unit the build compiled into the jar ({@link KnowledgeBase#builtIn()}),
 *       then the same receipt.
 * </ul>
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RulesStartupBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(8)
public class RulesStartupBenchmark {
  private OcrDocument receipt;

  @Setup
  public void read() throws IOException {
    try (InputStream in = RulesStartupBenchmark.class.getResourceAsStream("receipt.json")) {
      receipt = ResponseReader.create().read(in.readAllBytes(), "receipt.json");
    }
  }

  /** Baseline: compile the built-in rules in this process, then map the receipt. */
  @Benchmark
  public RuleOutput compiledAtRunTime() {
    return firstExpense(KnowledgeBase.compile(List.of()));
  }

  /** Subject: load the rules the build compiled, then map the receipt. */
  @Benchmark
  public RuleOutput precompiled() {
    KnowledgeBase rules = KnowledgeBase.builtIn();
    if (!rules.precompiled()) {
      throw new IllegalStateException("benchmarks.jar has no precompiled rules: build it with Maven");
    }
    return firstExpense(rules);
  }

  private RuleOutput firstExpense(KnowledgeBase rules) {
    // The category keywords are rules read when an engine is built (with the receipt labels): part of startup.
    DocumentUnit unit = new DocumentUnit(EntityMapper.masking(), rules.categoryKeywords(), LocalDate.now())
        .with(PageFacts.of(receipt), List.of());
    RuleOutput out = rules.run(unit);
    if (out.expenses().size() != 1) {
      throw new IllegalStateException("the receipt did not map to one expense");
    }
    return out;
  }
}
