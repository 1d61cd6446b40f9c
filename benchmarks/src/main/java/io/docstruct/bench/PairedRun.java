package io.docstruct.bench;

import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Any benchmark's subject against its baseline, in one JVM, turn about, timed by the thread's CPU time; and,
 * given two benchmark jars, the same for both versions in their own class loaders, alternating. A figure that
 * survives a shared machine, where JMH's wall-clock runs move with other tenants' load: time the thread
 * waits for a core does not count. Garbage collection on other threads does not count either, so a change
 * that allocates less gains a little more than this shows.
 *
 * <p>Each side is a benchmark method with its {@code @Param} values, {@code Class.method:name=value,...}
 * (a parameter not named takes the first of its {@code @Param} values); the class's {@code @Setup} methods run once, its {@code @TearDown} methods at the end. Each turn runs
 * every (jar, side) for about 0.3 s of CPU; a third as many turns again warm up. Printed: per jar, the median
 * CPU time per call of each side with quartiles, and the median of the per-turn ratios subject / baseline
 * with quartiles; with two jars, second / first for each side.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.PairedRun 21 \
 *     ReadResponseBenchmark.canonicalModel:words=5000 ReadResponseBenchmark.wireParseOnly:words=5000 \
 *     /tmp/before.jar benchmarks/target/benchmarks.jar
 * }</pre>
 */
public final class PairedRun {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final long TURN_NANOS = 300_000_000L;
  private static volatile Object sink;

  private PairedRun() {}

  /** One benchmark method of one jar, its state set up. */
  record Side(Object state, Method method, List<Method> tearDowns) {
    Object call() throws Exception {
      return method.invoke(state);
    }

    /** Runs the state's {@code @TearDown} methods. */
    void tearDown() throws Exception {
      for (Method m : tearDowns) {
        m.invoke(state);
      }
    }
  }

  /** Arguments: turns, subject, baseline, one or more benchmark jars. */
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: PairedRun TURNS Class.subject[:p=v,...] Class.baseline[:p=v,...] JAR [JAR2]");
      System.exit(2);
    }
    int turns = Integer.parseInt(args[0]);
    int jars = args.length - 3;
    Side[][] sides = new Side[jars][2];
    for (int j = 0; j < jars; j++) {
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {Path.of(args[3 + j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      sides[j][0] = side(loader, args[1]);
      sides[j][1] = side(loader, args[2]);
    }
    double[][][] perCall = new double[jars][2][turns];
    double[][] ratio = new double[jars][turns];
    for (int t = -Math.max(1, turns / 3); t < turns; t++) {
      for (int j = 0; j < jars; j++) {
        double subject = cpuMillisPerCall(sides[j][0]);
        double baseline = cpuMillisPerCall(sides[j][1]);
        if (t >= 0) {
          perCall[j][0][t] = subject;
          perCall[j][1][t] = baseline;
          ratio[j][t] = subject / baseline;
        }
      }
    }
    for (Side[] jar : sides) {
      for (Side s : jar) {
        s.tearDown();
      }
    }
    System.out.printf(Locale.ROOT, "subject %s, baseline %s, %d turns, thread CPU ms per call, median (quartiles)%n",
        args[1], args[2], turns);
    for (int j = 0; j < jars; j++) {
      System.out.printf(Locale.ROOT, "  %s: subject %s, baseline %s, subject/baseline %s%n",
          Path.of(args[3 + j]).getFileName(), quartiles(perCall[j][0]), quartiles(perCall[j][1]),
          quartiles(ratio[j]));
    }
    if (jars == 2) {
      System.out.printf(Locale.ROOT, "  second/first: subject %.3f, baseline %.3f%n",
          median(perCall[1][0]) / median(perCall[0][0]), median(perCall[1][1]) / median(perCall[0][1]));
    }
  }

  /** {@code Class.method[:param=value,...]} loaded by {@code loader}, its {@code @Setup} methods run. */
  static Side side(ClassLoader loader, String spec) throws Exception {
    int colon = spec.indexOf(':');
    String target = colon < 0 ? spec : spec.substring(0, colon);
    int dot = target.lastIndexOf('.');
    String className = target.substring(0, dot);
    if (!className.contains(".")) {
      className = PairedRun.class.getPackageName() + "." + className;
    }
    Class<?> type = loader.loadClass(className);
    Object state = type.getConstructor().newInstance();
    // A parameter not named takes the first of its @Param values, as JMH's first run of the class does.
    @SuppressWarnings("unchecked")
    Class<? extends Annotation> param =
        (Class<? extends Annotation>) loader.loadClass("org.openjdk.jmh.annotations.Param");
    for (Field f : type.getFields()) {
      Annotation values = f.getAnnotation(param);
      if (values != null) {
        String[] listed = (String[]) param.getMethod("value").invoke(values);
        if (listed.length > 0) {
          setParam(state, f, listed[0]);
        }
      }
    }
    if (colon >= 0) {
      for (String assignment : spec.substring(colon + 1).split(",")) {
        String[] kv = assignment.split("=", 2);
        setParam(state, type.getField(kv[0]), kv[1]);
      }
    }
    List<Method> tearDowns = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (annotated(m, loader, "org.openjdk.jmh.annotations.Setup")) {
        m.invoke(state);
      } else if (annotated(m, loader, "org.openjdk.jmh.annotations.TearDown")) {
        tearDowns.add(m);
      }
    }
    return new Side(state, type.getMethod(target.substring(dot + 1)), tearDowns);
  }

  private static void setParam(Object state, Field f, String value) throws IllegalAccessException {
    f.set(state, f.getType() == int.class ? Integer.valueOf(value) : value);
  }

  @SuppressWarnings("unchecked")
  private static boolean annotated(Method m, ClassLoader loader, String annotation) throws Exception {
    return m.isAnnotationPresent((Class<? extends Annotation>) loader.loadClass(annotation));
  }

  /** Thread CPU time per call over one turn of about 0.3 s (at least one call). */
  private static double cpuMillisPerCall(Side side) throws Exception {
    long start = CPU.getCurrentThreadCpuTime();
    int calls = 0;
    do {
      sink = side.call();
      calls++;
    } while (CPU.getCurrentThreadCpuTime() - start < TURN_NANOS);
    return (CPU.getCurrentThreadCpuTime() - start) / 1e6 / calls;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }

  private static String quartiles(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(Locale.ROOT, "%.4g (%.4g-%.4g)", v[v.length / 2], v[v.length / 4],
        v[3 * v.length / 4]);
  }
}
