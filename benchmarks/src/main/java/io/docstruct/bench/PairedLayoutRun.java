package io.docstruct.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The layout engines of two benchmark jars on the same pages in one JVM, turn about, timed by thread CPU
 * time: a comparison of two versions that survives a shared machine, where JMH's wall-clock runs of each
 * jar in its own sitting move with other tenants' load. Pages as in {@link LayoutBenchmark} with {@code
 * pages=distinct}; the generator is the second jar's.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PairedLayoutRun \
 *     /tmp/before.jar benchmarks/target/benchmarks.jar columns 50000 21
 * }</pre>
 */
public final class PairedLayoutRun {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final long TURN_NANOS = 400_000_000L;
  private static volatile Object sink;

  private PairedLayoutRun() {}

  private record Engine(Object engine, MethodHandle structure, Object[] documents) {}

  /**
   * Arguments: first jar, second jar, layout ({@code grid} or {@code columns}), words per page, measured
   * turns (a third as many again warm up).
   */
  public static void main(String[] args) throws Throwable {
    if (args.length != 5) {
      System.err.println("usage: PairedLayoutRun FIRST.jar SECOND.jar grid|columns WORDS TURNS");
      System.exit(2);
    }
    int words = Integer.parseInt(args[3]);
    int turns = Integer.parseInt(args[4]);
    ClassLoader first = loader(args[0]);
    ClassLoader second = loader(args[1]);
    byte[][] jsons = new byte[Math.max(1, LayoutBenchmark.WORKING_SET_WORDS / words)][];
    MethodHandle generate =
        MethodHandles.publicLookup()
            .findStatic(second.loadClass(SyntheticResponses.class.getName()),
                args[2].equals("columns") ? "generalV2TwoColumns" : "generalV2",
                MethodType.methodType(byte[].class, int.class, long.class));
    for (int i = 0; i < jsons.length; i++) {
      jsons[i] = (byte[]) generate.invoke(words, 42L + i);
    }
    Engine a = engine(first, jsons);
    Engine b = engine(second, jsons);
    double[] ta = new double[turns];
    double[] tb = new double[turns];
    for (int t = -turns / 3; t < turns; t++) {
      double x = cpuMillisPerPage(a);
      double y = cpuMillisPerPage(b);
      if (t >= 0) {
        ta[t] = x;
        tb[t] = y;
      }
    }
    Arrays.sort(ta);
    Arrays.sort(tb);
    System.out.printf(Locale.ROOT,
        "%s %d words: first %.3f ms/page (%.3f-%.3f), second %.3f ms/page (%.3f-%.3f), second/first %.3f%n",
        args[2], words, ta[turns / 2], ta[turns / 4], ta[3 * turns / 4], tb[turns / 2], tb[turns / 4],
        tb[3 * turns / 4], tb[turns / 2] / ta[turns / 2]);
  }

  private static ClassLoader loader(String jar) throws Exception {
    return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  private static Engine engine(ClassLoader cl, byte[][] jsons) throws Throwable {
    Class<?> readerType = cl.loadClass("io.docstruct.read.ResponseReader");
    Object reader = readerType.getMethod("create").invoke(null);
    Object[] documents = new Object[jsons.length];
    for (int i = 0; i < jsons.length; i++) {
      documents[i] = readerType.getMethod("read", byte[].class, String.class).invoke(reader, jsons[i], null);
    }
    Class<?> engineType = cl.loadClass("io.docstruct.layout.LayoutEngine");
    MethodHandle structure =
        MethodHandles.publicLookup()
            .findVirtual(engineType, "structure",
                MethodType.methodType(cl.loadClass("io.docstruct.layout.StructuredDocument"),
                    cl.loadClass("io.docstruct.document.OcrDocument")));
    return new Engine(engineType.getMethod("create").invoke(null), structure, documents);
  }

  /** Thread CPU time per page over one turn of about 0.4 s. */
  private static double cpuMillisPerPage(Engine e) throws Throwable {
    long start = CPU.getCurrentThreadCpuTime();
    int pages = 0;
    while (CPU.getCurrentThreadCpuTime() - start < TURN_NANOS) {
      for (Object d : e.documents()) {
        sink = e.structure().invoke(e.engine(), d);
        pages++;
      }
    }
    return (CPU.getCurrentThreadCpuTime() - start) / 1e6 / pages;
  }
}
