package io.docstruct.bench;

import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code docstruct batch} of two benchmark jars on the same folder ({@link BatchBenchmark}'s 100 receipts
 * with their images, into a workbook and 100 PDFs) in one JVM, turn about: a before/after comparison that
 * survives a shared machine. Each turn runs each jar's command once into a new folder; reported are the
 * medians and quartiles of the wall time and, with {@code --jobs 1} (every document on the calling thread in
 * both versions), of the calling thread's CPU time, which time lost to other tenants does not inflate.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PairedBatchRun BEFORE.jar \
 *     benchmarks/target/benchmarks.jar 1 15
 * }</pre>
 */
public final class PairedBatchRun {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int DOCUMENTS = 100;

  private PairedBatchRun() {}

  /** A jar's command line, run with its own class loader as the thread's context loader. */
  private record Cli(ClassLoader loader) {
    int batch(String... args) throws Exception {
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        Object cl = loader.loadClass("io.docstruct.cli.DocStructCommand").getMethod("newCommandLine").invoke(null);
        StringWriter err = new StringWriter();
        cl.getClass().getMethod("setOut", PrintWriter.class).invoke(cl, new PrintWriter(new StringWriter()));
        cl.getClass().getMethod("setErr", PrintWriter.class).invoke(cl, new PrintWriter(err));
        int exit = (int) cl.getClass().getMethod("execute", String[].class).invoke(cl, (Object) args);
        if (exit != 0) {
          throw new IllegalStateException("batch exited with " + exit + ": " + err);
        }
        return exit;
      } finally {
        thread.setContextClassLoader(before);
      }
    }
  }

  /** Arguments: first jar, second jar, jobs, measured turns (a third as many again warm up). */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: PairedBatchRun FIRST.jar SECOND.jar JOBS TURNS");
      System.exit(2);
    }
    Cli first = new Cli(loader(args[0]));
    Cli second = new Cli(loader(args[1]));
    String jobs = args[2];
    int turns = Integer.parseInt(args[3]);
    Path root = Files.createTempDirectory("docstruct-paired-batch");
    Path in = folder(root);
    double[][] wall = new double[2][turns];
    double[][] cpu = new double[2][turns];
    for (int t = -turns / 3; t < turns; t++) {
      Cli[] order = t % 2 == 0 ? new Cli[] {first, second} : new Cli[] {second, first};
      for (Cli cli : order) {
        int which = cli == first ? 0 : 1;
        Path out = Files.createTempDirectory(root, "out");
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        cli.batch("batch", in.toString(), "--xlsx", out.resolve("expenses.xlsx").toString(),
            "--pdf-dir", out.resolve("pdf").toString(), "--jobs", jobs);
        if (t >= 0) {
          wall[which][t] = (System.nanoTime() - wallStart) / 1e6;
          cpu[which][t] = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        delete(out);
      }
    }
    delete(root);
    System.out.printf(Locale.ROOT, "jobs %s, %d turns: wall %s -> %s (second/first %.3f)%n", jobs, turns,
        quartiles(wall[0]), quartiles(wall[1]), median(wall[1]) / median(wall[0]));
    if (jobs.equals("1")) {
      System.out.printf(Locale.ROOT, "jobs 1: calling thread's CPU %s -> %s (second/first %.3f)%n",
          quartiles(cpu[0]), quartiles(cpu[1]), median(cpu[1]) / median(cpu[0]));
    }
  }

  private static Path folder(Path root) throws IOException {
    Path in = Files.createDirectories(root.resolve("in"));
    byte[] response;
    try (InputStream json = SampleResponse.CLOVA_RECEIPT.open()) {
      response = json.readAllBytes();
    }
    byte[] image = SampleResponse.CLOVA_RECEIPT.readImage();
    for (int n = 0; n < DOCUMENTS; n++) {
      String base = String.format("r%03d", n);
      Files.write(in.resolve(base + ".json"), response);
      Files.write(in.resolve(base + ".png"), image);
    }
    return in;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String quartiles(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "%.0f ms (%.0f-%.0f)", s[s.length / 2], s[s.length / 4], s[3 * s.length / 4]);
  }

  private static ClassLoader loader(String jar) throws Exception {
    return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
