package io.docstruct.bench;

import io.docstruct.client.ImageSource;
import io.docstruct.export.pdf.PdfSource;
import io.docstruct.export.pdf.SearchablePdfWriter;
import io.docstruct.ocr.OcrModel;
import io.docstruct.ocr.Recognition;
import io.docstruct.pipeline.DocStruct;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.rules.entity.Expense;
import io.docstruct.tesseract.HangulJoining;
import io.docstruct.tesseract.ImagePreparation;
import io.docstruct.tesseract.TesseractOcrEngine;
import io.docstruct.tesseract.scans.Accuracy;
import io.docstruct.tesseract.scans.Dataset;
import io.docstruct.tesseract.scans.SyntheticScans;
import io.docstruct.tesseract.scans.WordScore;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The offline OCR engine against text known line by line, and against the plain {@code tesseract} command:
 * word recall and character error rate (WordScore: a word counts where it is read, on its own line) for the
 * plain command, for the engine with the Korean syllables left split, joined by geometry and joined by
 * Tesseract's own spacing (the default), and for the engine without image preparation; end to end, receipt
 * image → Tesseract → the rules, the expense's total and date against the keys; and throughput, pages per
 * second on one core, the engine against the command on the same images, with the searchable PDF of each
 * answer made in the same run. Not JMH: a page costs seconds in a child process.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.docstruct.bench.OfflineOcrBenchmark \
 *     --synthetic target/scans SROIE_DIR
 * }</pre>
 *
 * <p>Each argument is a dataset folder laid out as SROIE's ({@code img/}, {@code box/}, {@code key/});
 * {@code --synthetic DIR} first draws the synthetic receipts and prose pages into {@code DIR} (NanumGothic
 * needed) and measures them too. {@code --names REGEX} keeps the pages whose name matches ({@code '0\d\d'}:
 * SROIE's 000–095, the half the preparation was developed on; {@code '1\d\d'}: the other half), and {@code
 * --only accuracy,end-to-end,throughput} runs only those parts. {@code --texts DIR} writes, for each end-to-end
 * page, {@code DIR/NAME.txt}: the expense's total and date with the evidence of each, then the page's text in
 * reading order, to see why a page was missed.
 */
public final class OfflineOcrBenchmark {
  private static final String LANGUAGES = "kor+eng";

  private OfflineOcrBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Path> folders = new ArrayList<>();
    String names = ".*";
    List<String> parts = List.of("accuracy", "end-to-end", "throughput");
    Path texts = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--names")) {
        names = args[++i];
      } else if (args[i].equals("--texts")) {
        texts = Path.of(args[++i]);
        Files.createDirectories(texts);
      } else if (args[i].equals("--only")) {
        parts = List.of(args[++i].split(","));
      } else if (args[i].equals("--synthetic")) {
        Path dir = Path.of(args[++i]);
        SyntheticScans.write(dir);
        folders.add(dir);
      } else {
        folders.add(Path.of(args[i]));
      }
    }
    if (folders.isEmpty()) {
      System.err.println("usage: OfflineOcrBenchmark [--names REGEX] [--only accuracy,end-to-end,throughput]"
          + " [--texts DIR] [--synthetic DIR] [DATASET_DIR]...");
      System.exit(2);
    }
    try (TesseractOcrEngine spacing = engine(ImagePreparation.defaults(), HangulJoining.SPACING);
         TesseractOcrEngine geometry = engine(ImagePreparation.defaults(), HangulJoining.GEOMETRY);
         TesseractOcrEngine split = engine(ImagePreparation.defaults(), HangulJoining.OFF);
         TesseractOcrEngine unprepared = engine(ImagePreparation.none(), HangulJoining.SPACING)) {
      System.out.println("# " + spacing);
      for (Path folder : folders) {
        String pattern = names;
        List<Dataset.Entry> entries = Dataset.read(folder).stream().filter(e -> e.name().matches(pattern)).toList();
        System.out.println();
        System.out.println("## " + folder + " (" + entries.size() + " pages" + (names.equals(".*") ? "" : ", " + names)
            + ")");
        if (parts.contains("accuracy")) {
          accuracy(entries, spacing, geometry, split, unprepared);
        }
        if (parts.contains("end-to-end")) {
          endToEnd(entries, texts);
        }
        if (parts.contains("throughput")) {
          throughput(entries, spacing, unprepared);
        }
      }
    }
  }

  private static TesseractOcrEngine engine(ImagePreparation preparation, HangulJoining joining) {
    return TesseractOcrEngine.builder().maxProcesses(1).preparation(preparation).hangulJoining(joining).build();
  }

  /** The group a page's figures are summed in: its name up to the number (ko-receipt, en-prose), or "all". */
  private static String group(Dataset.Entry e) {
    String name = e.name();
    return name.matches("[a-z]+-[a-z]+-\\d+") ? name.substring(0, name.lastIndexOf('-')) : "scans";
  }

  /** The degradation of a synthetic page, from SyntheticScans' numbering; "" for other datasets. */
  private static String degradation(Dataset.Entry e) {
    String g = group(e);
    if (g.equals("scans")) {
      return "";
    }
    int n = Integer.parseInt(e.name().substring(e.name().lastIndexOf('-') + 1));
    return switch (g) {
      case "ko-receipt" -> n <= 4 ? "clean" : n <= 7 ? "skewed" : "low-res";
      case "en-receipt" -> n <= 2 ? "clean" : n == 3 ? "skewed" : "low-res";
      case "ko-prose" -> "clean";
      default -> "skewed";
    };
  }

  private static void accuracy(
      List<Dataset.Entry> entries, TesseractOcrEngine spacing, TesseractOcrEngine geometry,
      TesseractOcrEngine split, TesseractOcrEngine unprepared) throws Exception {
    String[] variants = {"tesseract command", "syllables split", "joined: geometry", "joined: spacing (default)",
        "no preparation"};
    Map<String, List<List<WordScore>>> byGroup = new LinkedHashMap<>();
    for (Dataset.Entry e : entries) {
      List<WordScore> scores = List.of(
          WordScore.of(e.lines(), Accuracy.readPlain(e.image(), LANGUAGES)),
          WordScore.of(e.lines(), Accuracy.read(split, e.image())),
          WordScore.of(e.lines(), Accuracy.read(geometry, e.image())),
          WordScore.of(e.lines(), Accuracy.read(spacing, e.image())),
          WordScore.of(e.lines(), Accuracy.read(unprepared, e.image())));
      for (String key : List.of(group(e) + " " + degradation(e), group(e) + " all", "all")) {
        byGroup.computeIfAbsent(key.strip().replaceAll("\\s+", " "), k -> new ArrayList<>()).add(scores);
      }
    }
    System.out.println();
    StringBuilder head = new StringBuilder("| pages | words |");
    for (String v : variants) {
      head.append(' ').append(v).append(" |");
    }
    System.out.println(head);
    System.out.println("|---|---|" + "---|".repeat(variants.length));
    for (Map.Entry<String, List<List<WordScore>>> g : byGroup.entrySet()) {
      StringBuilder row = new StringBuilder("| " + g.getKey() + " (" + g.getValue().size() + ") |");
      for (int v = 0; v < variants.length; v++) {
        List<WordScore> column = new ArrayList<>();
        for (List<WordScore> s : g.getValue()) {
          column.add(s.get(v));
        }
        WordScore sum = WordScore.sum(column);
        if (v == 0) {
          row.append(' ').append(sum.truthWords()).append(" |");
        }
        row.append(String.format(Locale.ROOT, " %.3f / %.3f |", sum.recall(), sum.cer()));
      }
      System.out.println(row);
    }
    System.out.println("(each cell: word recall / character error rate)");
  }

  /** Receipt image → Tesseract → the built-in rules: is the expense's total and date the key's? */
  private static void endToEnd(List<Dataset.Entry> entries, @Nullable Path texts) throws Exception {
    List<Dataset.Entry> receipts = entries.stream().filter(e -> e.total() != null && e.date() != null).toList();
    if (receipts.isEmpty()) {
      return;
    }
    Map<String, int[]> byGroup = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    try (DocStruct docstruct = DocStruct.builder().ocr(TesseractOcrEngine.create()).build()) {
      for (Dataset.Entry e : receipts) {
        DocumentResult r = docstruct.process(DocumentInput.image(e.image()));
        Expense x = r.rules() == null || r.rules().expenses().isEmpty() ? null : r.rules().expenses().get(0);
        boolean total = x != null && x.total() != null
            && x.total().amount().compareTo(new BigDecimal(e.total().replaceAll("[^0-9.]", ""))) == 0;
        boolean date = x != null && x.date() != null && x.date().equals(date(e.date()));
        if (texts != null) {
          StringBuilder t = new StringBuilder("key: total " + e.total() + ", date " + e.date() + "\n");
          t.append("read: ").append(x == null ? "no expense" : "total " + (x.total() == null ? "none" : x.total().amount())
              + ", date " + x.date() + "\n  " + x.evidence()).append("\n\n");
          t.append(r.text() == null ? "(no text: " + r.failure() + ")" : r.text().text());
          Files.writeString(texts.resolve(e.name() + ".txt"), t);
        }
        int[] c = byGroup.computeIfAbsent(group(e), k -> new int[3]);
        c[0]++;
        c[1] += total ? 1 : 0;
        c[2] += total && date ? 1 : 0;
        if (!(total && date)) {
          misses.add(e.name() + " (" + (x == null ? "no expense" : "total " + (x.total() == null ? "none" : x.total().amount())
              + ", date " + x.date()) + ")");
        }
      }
    }
    System.out.println();
    for (Map.Entry<String, int[]> g : byGroup.entrySet()) {
      int[] c = g.getValue();
      System.out.printf(Locale.ROOT, "end to end, %s: total right on %d of %d, total and date on %d of %d%n",
          g.getKey(), c[1], c[0], c[2], c[0]);
    }
    if (!misses.isEmpty()) {
      System.out.println("  missed: " + String.join("; ", misses));
    }
  }

  /** A key's date: ISO (our synthetic keys) or day first (SROIE's, 25/12/2018 or 05 MAR 2018). */
  private static LocalDate date(String text) {
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return LocalDate.parse(text);
    }
    if (text.matches("\\d{1,2} [A-Za-z]{3} \\d{4}")) {
      return LocalDate.parse(text, new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH));
    }
    String t = text.replace('.', '/').replace('-', '/');
    boolean shortYear = t.substring(t.lastIndexOf('/') + 1).length() == 2;
    return LocalDate.parse(t, DateTimeFormatter.ofPattern(shortYear ? "d/M/yy" : "d/M/yyyy"));
  }

  /**
   * Pages per second on one core, the engine against {@code tesseract IMAGE stdout -l kor+eng --psm 4 tsv
   * txt} on the same images, turn about (command, engine without preparation, engine): the wrapper's cost
   * is the second against the first; the preparation's (mostly: Tesseract reading a larger image) the third.
   * Each engine answer's searchable PDF is made in the same run and timed on its own.
   */
  private static void throughput(List<Dataset.Entry> entries, TesseractOcrEngine prepared, TesseractOcrEngine plain)
      throws Exception {
    long command = 0;
    long wrapper = 0;
    long engine = 0;
    long pdf = 0;
    int pages = 0;
    Path out = Files.createTempDirectory("docstruct-ocr-bench");
    SearchablePdfWriter writer = SearchablePdfWriter.builder().build();
    for (Dataset.Entry e : entries) {
      long t0 = System.nanoTime();
      runCommand(e.image());
      long t1 = System.nanoTime();
      plain.recognize(ImageSource.of(e.image()), OcrModel.GENERAL);
      long t2 = System.nanoTime();
      Recognition r = prepared.recognize(ImageSource.of(e.image()), OcrModel.GENERAL);
      long t3 = System.nanoTime();
      writer.write(r.document(), PdfSource.images(e.image()), out.resolve(e.name() + ".pdf"));
      long t4 = System.nanoTime();
      command += t1 - t0;
      wrapper += t2 - t1;
      engine += t3 - t2;
      pdf += t4 - t3;
      pages++;
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "throughput, one process at a time, %d pages: tesseract command %.2f pages/s;"
            + " engine without preparation %.2f pages/s (%.2f× the command's time); engine with preparation %.2f"
            + " pages/s (%.2f×); searchable PDF of each answer %.0f pages/s%n",
        pages, rate(pages, command), rate(pages, wrapper), (double) wrapper / command, rate(pages, engine),
        (double) engine / command, rate(pages, pdf));
  }

  private static double rate(int pages, long nanos) {
    return pages / (nanos / 1e9);
  }

  private static void runCommand(Path image) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", LANGUAGES, "--psm", "4",
        "--dpi", "300", "tsv", "txt");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    try (InputStream in = p.getInputStream()) {
      in.readAllBytes();
    }
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("tesseract failed on " + image);
    }
  }
}
