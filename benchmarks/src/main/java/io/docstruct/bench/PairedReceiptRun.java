package io.docstruct.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link ReceiptBenchmark}'s {@code readJson} and {@code understand} turn about in one thread, timed by thread
 * CPU time: a ratio that survives a shared machine, where JMH's wall-clock errors grow with other tenants'
 * load. Each turn runs one for about 200 ms of CPU, then the other; the median of the turns' per-call times
 * is printed.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PairedReceiptRun 21
 * }</pre>
 */
public final class PairedReceiptRun {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final long TURN_NANOS = 200_000_000L;
  private static volatile Object sink;

  private PairedReceiptRun() {}

  /** Argument: measured turns (a third as many again warm up). */
  public static void main(String[] args) {
    int turns = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    ReceiptBenchmark bench = new ReceiptBenchmark();
    bench.load();
    double[] json = new double[turns];
    double[] understand = new double[turns];
    double[] receipt = new double[turns];
    for (int t = -turns / 3; t < turns; t++) {
      double a = turn(bench::readJson);
      double b = turn(bench::understand);
      double c = turn(bench::readReceipt);
      if (t >= 0) {
        json[t] = a;
        understand[t] = b;
        receipt[t] = c;
      }
    }
    double j = median(json);
    double u = median(understand);
    double r = median(receipt);
    System.out.printf(Locale.ROOT, "readJson %.1f µs, understand %.1f µs (%.2f× readJson), readReceipt %.1f µs"
        + " (%.2f×); thread CPU, median of %d turns%n", j, u, u / j, r, r / j, turns);
  }

  /** Microseconds of thread CPU per call, over about {@link #TURN_NANOS}. */
  private static double turn(java.util.function.Supplier<Object> call) {
    long start = CPU.getCurrentThreadCpuTime();
    long calls = 0;
    long now;
    do {
      for (int i = 0; i < 50; i++) {
        sink = call.get();
      }
      calls += 50;
      now = CPU.getCurrentThreadCpuTime();
    } while (now - start < TURN_NANOS);
    return (now - start) / 1000.0 / calls;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
