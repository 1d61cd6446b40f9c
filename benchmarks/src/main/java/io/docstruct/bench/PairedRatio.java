package io.docstruct.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The ratio of two benchmark methods measured in pairs: in each of several fresh JVMs (forks), subject and
 * baseline run turn about, and each pair of turns gives one ratio, subject time per call over baseline time
 * per call. The figure is their geometric mean with a 99.9 % confidence interval by Student's t over every
 * pair of every fork (as JMH pools the iterations of its forks), computed on the logarithms of the ratios and
 * turned back, as paired ratios are usually treated: a ratio and its inverse then get the same treatment,
 * and a few slow turns do not pull the mean up as they pull up a mean of ratios. On a machine whose speed
 * wanders from second to second and from fork to fork, both sides of a pair see the same machine, so the
 * wander cancels in the ratio instead of adding to its error, as it does when each side runs in forks of
 * its own and the two errors are combined.
 *
 * <p>Each side is a benchmark method with its {@code @Param} values, {@code Class.method:name=value,...},
 * optionally from another benchmark jar, {@code …@path/to/benchmarks.jar} (so that one build's method
 * can be the baseline of another's: a before/after pair). The class's {@code @Setup} methods run once per
 * fork, its {@code @TearDown} methods at the end. A turn runs one side for {@code --turn-ms} of the clock
 * (wall by default, as JMH measures; {@code --clock cpu} for the thread's CPU time on a shared machine),
 * at least one call; the side that goes first alternates from pair to pair. {@code --warmup} pairs per fork
 * are not counted.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PairedRatio --forks 5 --pairs 20 \
 *     ReadResponseBenchmark.canonicalModel:words=5000 ReadResponseBenchmark.wireParseOnly:words=5000
 * }</pre>
 *
 * <p>Prints each fork's geometric mean ratio (how far forks differ) and the figure: {@code ratio ± error
 * (low–high, 99.9 %, n pairs)}, the error being half the interval's width, as a share of the ratio too, and
 * whether a tenth of the ratio bounds it (the README's rule for quoting a figure). The forks get JVM
 * options only when given: {@code --jvm-args "-Xmx256m"}.
 */
public final class PairedRatio {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  private PairedRatio() {}

  /** What one run measures and how. */
  private record Options(
      int forks, int pairs, int warmup, long turnNanos, boolean cpu, List<String> jvmArgs,
      String subject, String baseline) {}

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    if (o == null) {
      System.err.println(
          "usage: PairedRatio [--forks 5] [--pairs 20] [--warmup 8] [--turn-ms 500] [--clock wall|cpu]\n"
              + "                   [--jvm-args \"-Xmx1g ...\"] [--child] SUBJECT BASELINE\n"
              + "  SUBJECT, BASELINE: Class.method[:param=value,...][@benchmarks.jar]");
      System.exit(2);
    }
    if (List.of(args).contains("--child")) {
      child(o);
      return;
    }
    List<double[]> forks = new ArrayList<>();
    ListStatistics logs = new ListStatistics();
    System.out.printf(Locale.ROOT,
        "subject %s%nbaseline %s%n%d forks x %d pairs (%d warm-up pairs), turns of %d ms of %s time, load %s%n",
        o.subject(), o.baseline(), o.forks(), o.pairs(), o.warmup(), o.turnNanos() / 1_000_000,
        o.cpu() ? "thread CPU" : "wall-clock", load());
    for (int f = 0; f < o.forks(); f++) {
      double[] ratios = fork(o, args);
      forks.add(ratios);
      ListStatistics forkLogs = new ListStatistics();
      for (double r : ratios) {
        forkLogs.addValue(Math.log(r));
        logs.addValue(Math.log(r));
      }
      System.out.printf(Locale.ROOT, "fork %d: mean ratio %.4f (sd %.1f %% over %d pairs), load %s%n",
          f + 1, Math.exp(forkLogs.getMean()), 100 * forkLogs.getStandardDeviation(), forkLogs.getN(),
          load());
    }
    double ratio = Math.exp(logs.getMean());
    double half = logs.getMeanErrorAt(0.999);
    double low = Math.exp(logs.getMean() - half);
    double high = Math.exp(logs.getMean() + half);
    double error = (high - low) / 2;
    System.out.printf(Locale.ROOT,
        "subject / baseline = %.4f ± %.4f (%.4f-%.4f, 99.9 %%, t over %d pairs in %d forks); error %.1f %% "
            + "of the ratio: %s%n",
        ratio, error, low, high, logs.getN(), forks.size(), 100 * error / ratio,
        error <= ratio / 10 ? "within a tenth, may be quoted" : "more than a tenth, not to be quoted");
  }

  /** Runs one fork: this class in a fresh JVM with {@code --child}; its per-pair ratios. */
  private static double[] fork(Options o, String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(o.jvmArgs());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PairedRatio.class.getName());
    command.add("--child");
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<Double> ratios = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("pair ")) {
          String[] parts = line.split(" ");
          ratios.add(Double.parseDouble(parts[1]) / Double.parseDouble(parts[2]));
        }
      }
    }
    if (p.waitFor() != 0 || ratios.isEmpty()) {
      throw new IllegalStateException("the fork failed (exit " + p.exitValue() + "): " + command);
    }
    return ratios.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** In the fork: warm-up pairs, then one line {@code pair SUBJECT_NS BASELINE_NS} per counted pair. */
  private static void child(Options o) throws Exception {
    PairedRun.Side subject = side(o.subject());
    PairedRun.Side baseline = side(o.baseline());
    for (int t = -o.warmup(); t < o.pairs(); t++) {
      double s;
      double b;
      if ((t & 1) == 0) {
        s = nanosPerCall(subject, o);
        b = nanosPerCall(baseline, o);
      } else {
        b = nanosPerCall(baseline, o);
        s = nanosPerCall(subject, o);
      }
      if (t >= 0) {
        System.out.printf(Locale.ROOT, "pair %.1f %.1f%n", s, b);
      }
    }
    subject.tearDown();
    baseline.tearDown();
  }

  /** {@code Class.method:params} from this jar, or from the jar after an {@code @}. */
  private static PairedRun.Side side(String spec) throws Exception {
    int at = spec.lastIndexOf('@');
    if (at < 0) {
      return PairedRun.side(PairedRatio.class.getClassLoader(), spec);
    }
    ClassLoader loader =
        new URLClassLoader(
            new URL[] {Path.of(spec.substring(at + 1)).toUri().toURL()},
            ClassLoader.getPlatformClassLoader());
    return PairedRun.side(loader, spec.substring(0, at));
  }

  /** Time per call over one turn of about {@code turnNanos} of the chosen clock (at least one call). */
  private static double nanosPerCall(PairedRun.Side side, Options o) throws Exception {
    long start = o.cpu() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    long elapsed;
    int calls = 0;
    do {
      sink = side.call();
      calls++;
      elapsed = (o.cpu() ? CPU.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    } while (elapsed < o.turnNanos());
    return (double) elapsed / calls;
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "?" : String.format(Locale.ROOT, "%.1f", l);
  }

  private static Options parse(String[] args) {
    int forks = 5;
    int pairs = 20;
    int warmup = 8;
    long turnMs = 500;
    boolean cpu = false;
    List<String> jvmArgs = List.of();
    List<String> sides = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--forks" -> forks = Integer.parseInt(args[++i]);
          case "--pairs" -> pairs = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          case "--turn-ms" -> turnMs = Long.parseLong(args[++i]);
          case "--clock" -> cpu = switch (args[++i]) {
            case "wall" -> false;
            case "cpu" -> true;
            default -> throw new IllegalArgumentException("--clock wall or cpu");
          };
          case "--jvm-args" -> jvmArgs = List.of(args[++i].trim().split("\\s+"));
          case "--child" -> { }
          default -> sides.add(args[i]);
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    if (sides.size() != 2 || forks < 1 || pairs < 2 || warmup < 0 || turnMs < 1) {
      return null;
    }
    return new Options(forks, pairs, warmup, turnMs * 1_000_000, cpu,
        jvmArgs.equals(List.of("")) ? List.of() : jvmArgs, sides.get(0), sides.get(1));
  }
}
