package io.docstruct.bench;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.read.ResponseReader;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * DocStruct's half of {@code benchmarks/ocrmypdf-side-by-side.sh}: one searchable PDF per page of a folder
 * of {@code NNN.jpg} images and their CLOVA General V2 answers {@code NNN.json}, each read from its file
 * and written to {@code NNN.pdf} in an output folder, round after round in one process. Prints, per round,
 * the wall-clock, thread-CPU and process-CPU (every JVM thread: compiler and garbage collector too) pages
 * per second; the script sets them beside OCRmyPDF's hOCR renderer on the same pages and words.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.SearchablePdfPages PAGES_DIR OUT_DIR 5 200
 * }</pre>
 */
public final class SearchablePdfPages {
  private SearchablePdfPages() {}

  /** Arguments: folder of NNN.jpg + NNN.json, output folder, rounds, image DPI. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SearchablePdfPages PAGES_DIR OUT_DIR ROUNDS DPI");
      System.exit(2);
    }
    Path pages = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    SearchablePdfWriter writer =
        SearchablePdfWriter.builder().imageDpi(Float.parseFloat(args[3])).build();
    ResponseReader reader = ResponseReader.create();
    List<Path> answers;
    try (Stream<Path> files = Files.list(pages)) {
      answers = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("no NNN.json answers in " + pages);
    }
    Files.createDirectories(out);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    // Every thread of the JVM (its compiler and garbage collector too), as Python's process_time counts.
    OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<String> lines = new ArrayList<>();
    double[] wall = new double[rounds];
    double[] thread = new double[rounds];
    double[] all = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long w0 = System.nanoTime();
      long c0 = cpu.getCurrentThreadCpuTime();
      long p0 = process.getProcessCpuTime();
      for (Path answer : answers) {
        writePage(reader, writer, answer, out);
      }
      wall[r] = answers.size() / ((System.nanoTime() - w0) / 1e9);
      thread[r] = answers.size() / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
      all[r] = answers.size() / ((process.getProcessCpuTime() - p0) / 1e9);
      lines.add(String.format(Locale.ROOT,
          "docstruct round %d: %d pages, %.1f pages/s wall, %.1f pages/s CPU, %.1f pages/s process CPU",
          r + 1, answers.size(), wall[r], thread[r], all[r]));
    }
    lines.forEach(System.out::println);
    System.out.printf(Locale.ROOT,
        "docstruct median of rounds %d-%d: %.1f pages/s wall, %.1f pages/s CPU, %.1f pages/s process CPU%n",
        rounds / 2 + 1, rounds, median(wall), median(thread), median(all));
  }

  /**
   * One page as the side-by-side makes it: the answer {@code NNN.json} read from its file, and the searchable
   * PDF of it and {@code NNN.jpg} beside it written to {@code out/NNN.pdf}, a plain file as OCRmyPDF's
   * renderer writes ({@code write(document, source, Path)} would also sync it to disk before moving it into
   * place, which costs the disk's time, not the writer's).
   */
  static void writePage(ResponseReader reader, SearchablePdfWriter writer, Path answer, Path out)
      throws IOException {
    String stem = stem(answer);
    OcrDocument doc = reader.read(answer);
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out.resolve(stem + ".pdf")))) {
      writer.write(doc, PdfSource.images(answer.resolveSibling(stem + ".jpg")), file);
    }
  }

  /**
   * {@code NNN} of {@code NNN.json}. Not a regular expression: compiling one per page cost the harness
   * about 2 % of DocStruct's page.
   */
  static String stem(Path answer) {
    String name = answer.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
  }

  /** The median of the second half of the rounds (the first ones load classes and compile). */
  private static double median(double[] values) {
    double[] v = Arrays.copyOfRange(values, values.length / 2, values.length);
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
