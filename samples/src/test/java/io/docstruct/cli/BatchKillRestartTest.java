package io.docstruct.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static io.docstruct.cli.BatchFixtures.column;
import static io.docstruct.cli.BatchFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docstruct batch} in a separate JVM killed with SIGKILL ({@link Process#destroyForcibly()}) at seeded
 * random points before, during and near the end of a run, then resumed to completion.
 *
 * <p>After every kill, each file in the output directories is one of: a complete PDF (loads with PDFBox and
 * ends with {@code %%EOF}), a complete workbook (opens with POI), the manifest (every line parses, except at
 * most a torn last line without its newline, which {@link BatchManifest} ignores by design), or a temporary
 * file of the atomic writers, {@code .NAME.<random>.tmp} where NAME is {@code rNN.pdf} or the workbook's
 * name. Those temporary files are allowed between runs: a SIGKILL gives the writer no chance to delete
 * them, and they never carry a user's name (they are hidden, and end in {@code .tmp}); the next run deletes
 * them. Nothing else may appear.
 *
 * <p>The final run must skip exactly the documents the manifest records as done, and the workbook must
 * list every input exactly once. Delays are scaled to a measured full run; no wall-clock bound is asserted.
 */
class BatchKillRestartTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DOCUMENTS = 30;
  private static final long SEED = 20_261_122L;
  /**
   * Where each round's kill is drawn: before the first PDF (fraction of the measured start-up), during the
   * documents and near the end (fractions of the measured processing span, scaled to the documents left).
   */
  private static final double[][] WINDOWS = {{0.2, 0.9}, {0.2, 0.6}, {0.85, 1.05}};

  private static final Pattern ALLOWED_TEMP =
      Pattern.compile("\\.(r\\d{2}\\.pdf|expenses\\.xlsx)\\.[0-9a-z]+\\.tmp");

  @TempDir Path dir;

  private static void png(Path file) throws IOException {
    BufferedImage image = new BufferedImage(480, 854, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, (x * 7 + y * 3) % 256 * 0x010101);
      }
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private Path folder(int count) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int n = 1; n <= count; n++) {
      String base = String.format("r%02d", n);
      Files.write(in.resolve(base + ".json"), receipt(n));
      png(in.resolve(base + ".png"));
    }
    return in;
  }

  /** Starts {@code docstruct batch IN --xlsx OUT --pdf-dir PDFS} in a new JVM, output to files. */
  private Process start(Path in, Path xlsx, Path pdfDir, String label) throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("jvm-tmp"));
    ProcessBuilder pb =
        new ProcessBuilder(
            System.getProperty("java.home") + "/bin/java",
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-Djava.io.tmpdir=" + tmp,
            "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider",
            "-cp",
            System.getProperty("java.class.path"),
            "io.docstruct.cli.DocStructCommand",
            "batch",
            in.toString(),
            "--xlsx",
            xlsx.toString(),
            "--pdf-dir",
            pdfDir.toString());
    pb.redirectOutput(dir.resolve(label + ".out").toFile());
    pb.redirectError(dir.resolve(label + ".err").toFile());
    return pb.start();
  }

  private static int await(Process process) throws InterruptedException {
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("batch did not finish within 180 s");
    }
    return process.exitValue();
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  /** Every file in the output directories is complete, the manifest or an allowed temp file; returns temps. */
  private static int assertNothingHalfWritten(Path outDir, Path pdfDir, String when) throws IOException {
    int temps = 0;
    for (Path file : files(pdfDir)) {
      String name = file.getFileName().toString();
      if (ALLOWED_TEMP.matcher(name).matches()) {
        temps++;
        continue;
      }
      assertThat(name).as("%s: stray file in the PDF directory", when).matches("r\\d{2}\\.pdf");
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        assertThat(pdf.getNumberOfPages()).as("%s: %s", when, name).isEqualTo(1);
      }
      String tail = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).strip();
      assertThat(tail).as("%s: %s is complete", when, name).endsWith("%%EOF");
    }
    for (Path file : files(outDir)) {
      String name = file.getFileName().toString();
      if (ALLOWED_TEMP.matcher(name).matches()) {
        temps++;
      } else if (name.equals("expenses.xlsx")) {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
          assertThat(wb.getSheet("Expenses")).as("%s: workbook", when).isNotNull();
        }
      } else if (name.equals("expenses.xlsx.manifest.jsonl")) {
        manifest(file);
      } else {
        throw new AssertionError(when + ": stray file beside the workbook: " + name);
      }
    }
    return temps;
  }

  /** The manifest's last entry per file; every line parses but a torn last one (no newline). */
  private static Map<String, JsonNode> manifest(Path file) throws IOException {
    Map<String, JsonNode> entries = new HashMap<>();
    if (!Files.exists(file)) {
      return entries;
    }
    String text = Files.readString(file, UTF_8);
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      boolean tornTail = i == lines.size() - 1 && !text.endsWith("\n");
      try {
        JsonNode entry = JSON.readTree(lines.get(i));
        entries.put(entry.get("file").asText(), entry);
      } catch (IOException | NullPointerException e) {
        assertThat(tornTail).as("only a torn last line may not parse: %s", lines.get(i)).isTrue();
      }
    }
    return entries;
  }

  @Test
  void killedAnywhereLeavesNoHalfWrittenFileAndResumesToEveryDocumentOnce() throws Exception {
    Path in = folder(DOCUMENTS);

    // A full run, to scale the kill delays to this machine.
    long t0 = System.nanoTime();
    Path measurePdf = dir.resolve("measure-pdf");
    Process measure = start(in, dir.resolve("measure.xlsx"), measurePdf, "measure");
    long firstPdfMillis = -1;
    while (!measure.waitFor(5, TimeUnit.MILLISECONDS)) {
      if (firstPdfMillis < 0 && files(measurePdf).stream().anyMatch(p -> p.toString().endsWith(".pdf"))) {
        firstPdfMillis = (System.nanoTime() - t0) / 1_000_000;
      }
    }
    int measuredExit = await(measure);
    long fullMillis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
    long startup = firstPdfMillis < 0 ? fullMillis / 2 : firstPdfMillis;
    long span = Math.max(1, fullMillis - startup);
    assertThat(measuredExit).as(Files.readString(dir.resolve("measure.err"))).isZero();

    Path outDir = Files.createDirectories(dir.resolve("out"));
    Path xlsx = outDir.resolve("expenses.xlsx");
    Path pdfDir = dir.resolve("pdf");
    Random random = new Random(SEED);
    List<String> report = new ArrayList<>();
    for (int round = 0; round < WINDOWS.length; round++) {
      double fraction = WINDOWS[round][0] + random.nextDouble() * (WINDOWS[round][1] - WINDOWS[round][0]);
      int left = DOCUMENTS - manifest(outDir.resolve("expenses.xlsx.manifest.jsonl")).size();
      long delay =
          round == 0 ? (long) (fraction * startup) : startup + (long) (fraction * span * left / DOCUMENTS);
      Process process = start(in, xlsx, pdfDir, "round" + round);
      boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      int exit = await(process);
      String when = "round " + round + " (" + (finished ? "finished" : "killed") + " at " + delay + " ms)";
      int temps = assertNothingHalfWritten(outDir, pdfDir, when);
      long pdfs = files(pdfDir).stream().filter(p -> p.toString().endsWith(".pdf")).count();
      report.add(
          String.format(
              "%s: exit %d, %d PDFs, %d manifest entries, workbook %s, %d temp files",
              when,
              exit,
              pdfs,
              manifest(outDir.resolve("expenses.xlsx.manifest.jsonl")).size(),
              Files.exists(xlsx) ? "present" : "absent",
              temps));
      if (finished) {
        assertThat(exit).as(when).isZero();
      }
    }
    System.out.println(
        "BatchKillRestartTest: full run " + fullMillis + " ms (first PDF at " + startup + " ms); " + String.join("; ", report));

    Map<String, JsonNode> before = manifest(outDir.resolve("expenses.xlsx.manifest.jsonl"));
    long doneBefore =
        before.values().stream()
            .filter(e -> e.get("outcome").asText().equals("done"))
            .filter(e -> Files.isRegularFile(pdfDir.resolve(e.get("pdf").asText())))
            .count();

    CliRun last = CliRun.of("batch", in.toString(), "--xlsx", xlsx.toString(), "--pdf-dir", pdfDir.toString());

    assertThat(last.err())
        .as("the final run deletes what the killed ones left, and says so")
        .matches("(docstruct: deleted \\d+ temporary files? left by an interrupted run\n)?");
    assertThat(last.exit()).isZero();
    Matcher summary =
        Pattern.compile("batch: (\\d+) done, 0 failed, (\\d+) skipped \\(" + Pattern.quote(xlsx.toString())
                + " and (\\d+) PDFs? written\\)\n")
            .matcher(last.out());
    assertThat(summary.matches()).as(last.out()).isTrue();
    int done = Integer.parseInt(summary.group(1));
    int skipped = Integer.parseInt(summary.group(2));
    assertThat(done + skipped).isEqualTo(DOCUMENTS);
    assertThat((long) skipped).as("skips exactly what the manifest records as done").isEqualTo(doneBefore);
    assertThat(Integer.parseInt(summary.group(3))).isEqualTo(done);

    assertThat(assertNothingHalfWritten(outDir, pdfDir, "after completion"))
        .as("temporary files left after the final run")
        .isZero();
    List<String> expected =
        Stream.iterate(1, n -> n + 1).limit(DOCUMENTS).map(n -> String.format("r%02d.json", n)).toList();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Expenses"), 1)).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
      assertThat(wb.getSheet("Failures")).isNull();
    }
    assertThat(files(pdfDir).stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")))
        .containsExactlyElementsOf(expected.stream().map(n -> n.replace(".json", ".pdf")).toList());
    Map<String, JsonNode> after = manifest(outDir.resolve("expenses.xlsx.manifest.jsonl"));
    assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(after.values())
        .allSatisfy(
            e -> {
              assertThat(e.get("outcome").asText()).isEqualTo("done");
              assertThat(e.get("pdf").asText()).isEqualTo(e.get("file").asText().replace(".json", ".pdf"));
            });
  }
}
