package io.docstruct.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.testing.Fixtures;
import io.docstruct.testing.server.LocalOcrServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed job started again, broken inputs, workbooks split by key and rows, and OCR answers kept across runs. */
class RestartAndBrokenInputTest {
  @TempDir Path dir;

  private static DocStructJob.JobSummary run(SparkSession spark, Map<String, String> env, String... args)
      throws Exception {
    return DocStructJob.run(spark, DocStructJob.parse(args, env, spark));
  }

  private static List<String> names(Dataset<Row> table) {
    List<String> names = new ArrayList<>();
    table.select("name").collectAsList().forEach(r -> names.add(r.getString(0)));
    return names.stream().sorted().toList();
  }

  private static List<String> files(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** {@code copies} receipts with their image, each response a little different (so each has its own hash). */
  private static Path receipts(Path dir, int copies) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String json = Fixtures.text("io/docstruct/testing/samples/clova-receipt.json");
    byte[] png = Fixtures.bytes("io/docstruct/testing/samples/clova-receipt.png");
    for (int i = 0; i < copies; i++) {
      String base = String.format("r%04d", i);
      Files.writeString(in.resolve(base + ".json"), json + " ".repeat(i), StandardCharsets.UTF_8);
      Files.write(in.resolve(base + ".png"), png);
    }
    return in;
  }

  @Test
  void aJobKilledMidwayAndStartedAgainHasEveryDocumentExactlyOnce() throws Exception {
    Path in = receipts(dir, 120);
    Path out = dir.resolve("out");
    // The job in its own JVM, as java -jar runs it, killed (SIGKILL) once its first PDFs are there.
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-Dspark.master=local[1]"));
    command.addAll(List.of(System.getProperty("docstruct.spark.jvm", "").split(" ")));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalMain.class.getName(),
        "--input", in.toString(), "--output", out.toString(), "--pdfs", "--partitions", "4"));
    Process job = new ProcessBuilder(command.stream().filter(s -> !s.isBlank()).toList())
        .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
    Path pdfs = out.resolve("pdfs");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (files(pdfs).stream().filter(n -> n.endsWith(".pdf")).count() < 3 && job.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    job.destroyForcibly().waitFor();
    assertThat(Files.exists(out.resolve("documents/_SUCCESS")))
        .as("the first run was killed before it finished (see killed.log)").isFalse();
    int pdfsBefore = (int) files(pdfs).stream().filter(n -> n.endsWith(".pdf")).count();
    assertThat(pdfsBefore).isBetween(3, 119);
    // What a task killed between writing and renaming a PDF leaves (TaskFiles.publish): the rerun deletes it.
    Files.writeString(pdfs.resolve("." + "0".repeat(64) + ".pdf.6f1c2d1e-killed.tmp"), "%PDF-1.7 half");

    SparkSession spark = LocalSpark.session();
    DocStructJob.JobSummary summary = run(spark, Map.of(),
        "--input", in.toString(), "--output", out.toString(), "--pdfs", "--partitions", "4");

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      expected.add(String.format("r%04d.json", i));
    }
    assertThat(names(spark.read().parquet(out + "/documents"))).isEqualTo(expected);
    assertThat(names(spark.read().parquet(out + "/expenses"))).isEqualTo(expected);
    assertThat(spark.read().parquet(out + "/failures").count()).isZero();
    assertThat(summary.documents()).isEqualTo(120);
    assertThat(summary.pdfs()).isEqualTo(120);
    assertThat(files(pdfs)).as("one PDF per document, no temporary file left").hasSize(120)
        .allMatch(n -> n.matches("[0-9a-f]{64}\\.pdf"));
  }

  @Test
  void brokenInputsAreFailuresWithTheirReasonAndTheRestIsProcessed() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Fixtures.copyFolder("io/docstruct/testing/samples", in);
    Files.writeString(in.resolve("a-not-json.json"), "합계 12,000", StandardCharsets.UTF_8);
    Files.write(in.resolve("b-empty.json"), new byte[0]);
    Files.writeString(in.resolve("c-truncated.json"), "{\"version\":\"V2\",\"images\":[", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("d-nhn-error.json"), "{\"header\":{\"isSuccessful\":false,\"resultCode\":-40000,"
        + "\"resultMessage\":\"invalid appkey\"}}", StandardCharsets.UTF_8);
    Files.write(in.resolve("e-photo-without-response.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Path out = dir.resolve("out");

    SparkSession spark = LocalSpark.session();
    DocStructJob.JobSummary summary = run(spark, Map.of(), "--input", in.toString(), "--output", out.toString(),
        "--format", "json", "--partitions", "2");

    Dataset<Row> failures = spark.read().json(out + "/failures");
    List<String> reasons = new ArrayList<>();
    failures.orderBy("name").collectAsList().forEach(r -> reasons.add(
        r.<String>getAs("name") + " | " + r.<String>getAs("failure_stage") + " | " + r.<String>getAs("failure_reason")));
    assertThat(reasons).hasSize(5);
    assertThat(reasons.get(0)).startsWith("a-not-json.json | read | ");
    assertThat(reasons.get(1)).startsWith("b-empty.json | read | ");
    assertThat(reasons.get(2)).startsWith("c-truncated.json | read | ");
    assertThat(reasons.get(3)).startsWith("d-nhn-error.json | read | ").contains("NHN Cloud error response");
    assertThat(reasons.get(4))
        .isEqualTo("e-photo-without-response.json | ocr | no OCR engine to read images with: build DocStruct with ocr(engine)");
    assertThat(names(spark.read().json(out + "/documents"))).containsExactly(
        "clova-general-receipt.json", "clova-receipt-dinner.json", "clova-receipt.json", "nhn-general-statement.json");
    assertThat(summary.inputs()).isEqualTo(summary.documents() + summary.failures()).isEqualTo(9);
  }

  @Test
  void workbooksAreSplitByMonthAndByTheRowLimit() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Fixtures.copyFolder("fixtures/corpus/valid", in);
    Path out = dir.resolve("out");
    SparkSession spark = LocalSpark.session();
    DocStructJob.JobSummary byMonth = run(spark, Map.of(), "--input", in.toString(), "--output", out.toString(),
        "--workbooks", "month", "--workbook-rows", "2");

    Dataset<Row> documents = spark.read().parquet(out + "/documents");
    List<String> months = new ArrayList<>();
    documents.selectExpr("coalesce(month, 'undated')").distinct().collectAsList()
        .forEach(r -> months.add(r.getString(0)));
    assertThat(months).contains("undated").hasSizeGreaterThan(1);
    int expenseRows = 0;
    List<String> sources = new ArrayList<>();
    for (String workbook : byMonth.workbooks()) {
      Path file = Path.of(java.net.URI.create(workbook));
      assertThat(file.getFileName().toString()).matches("(undated|\\d{4}-\\d{2})-part\\d+\\.xlsx");
      List<List<String>> rows = JobMatchesBatchTest.sheet(file, "Expenses", 1);
      assertThat(rows).as(workbook).hasSizeLessThanOrEqualTo(2);
      assertThat(JobMatchesBatchTest.sheet(file, "Violations", 0)).as(workbook).hasSizeLessThanOrEqualTo(2);
      expenseRows += rows.size();
      rows.forEach(r -> sources.add(r.get(0)));
    }
    assertThat(expenseRows).isEqualTo(spark.read().parquet(out + "/expenses").count());
    assertThat(sources).doesNotHaveDuplicates();
  }

  /**
   * A receipt read from words (CLOVA General OCR) also has rows on the Review sheet, more than on any other: the
   * row limit holds for that sheet too, or a big enough workbook would overflow it.
   */
  @Test
  void theReviewSheetIsSplitByTheRowLimitToo() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] receipt = Fixtures.bytes("io/docstruct/testing/samples/clova-general-receipt.json");
    for (int i = 1; i <= 4; i++) {
      Files.write(in.resolve("receipt-" + i + ".json"), receipt);
    }
    SparkSession spark = LocalSpark.session();
    DocStructJob.JobSummary whole = run(spark, Map.of(), "--input", in.toString(), "--output",
        dir.resolve("whole").toString(), "--workbooks", "none");
    Path one = Path.of(java.net.URI.create(whole.workbooks().get(0)));
    List<String> sheets = List.of("Expenses", "Items", "Violations", "Failures", "Review");
    int[] perReceipt = new int[sheets.size()];
    for (int s = 0; s < sheets.size(); s++) {
      perReceipt[s] = JobMatchesBatchTest.sheet(one, sheets.get(s), 0).size() / 4;
    }
    int review = perReceipt[sheets.size() - 1];
    int others = java.util.Arrays.stream(perReceipt, 0, sheets.size() - 1).max().orElseThrow();
    // Two receipts fit every other sheet, but not the Review sheet: a part per receipt.
    int limitRows = Math.max(review, 2 * others);
    assertThat(2 * review).as("Review rows of two receipts (%d on other sheets)", others).isGreaterThan(limitRows);
    DocStructJob.JobSummary split = run(spark, Map.of(), "--input", in.toString(), "--output",
        dir.resolve("split").toString(), "--workbooks", "none", "--workbook-rows", String.valueOf(limitRows));
    int reviewRows = 0;
    for (String workbook : split.workbooks()) {
      Path file = Path.of(java.net.URI.create(workbook));
      for (String sheet : sheets) {
        assertThat(JobMatchesBatchTest.sheet(file, sheet, 0)).as(workbook + " " + sheet)
            .hasSizeLessThanOrEqualTo(limitRows);
      }
      reviewRows += JobMatchesBatchTest.sheet(file, "Review", 0).size();
    }
    assertThat(reviewRows).isEqualTo(4 * review);
    assertThat(split.workbooks()).hasSize(4);
  }

  @Test
  void imagesAreReadByOcrOnceAndTheirAnswersKeptForTheNextRun() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("clova-receipt", "clova-receipt-dinner")) {
      Files.write(in.resolve(name + ".png"), Fixtures.bytes("io/docstruct/testing/samples/" + name + ".png"));
    }
    Path out = dir.resolve("out");
    SparkSession spark = LocalSpark.session();
    try (LocalOcrServer server = LocalOcrServer.builder().secret("s").sampleResponses().start()) {
      Map<String, String> env = Map.of("CLOVA_OCR_URL_RECEIPT", server.invokeUrl("receipt"),
          "CLOVA_OCR_SECRET_RECEIPT", "s");
      String[] args = {"--input", in.toString(), "--output", out.toString(), "--ocr", "receipt", "--ocr-quota", "2",
          "--pdfs"};
      DocStructJob.JobSummary first = run(spark, env, args);
      assertThat(first.documents()).isEqualTo(2);
      assertThat(server.requestCount()).isEqualTo(2);
      assertThat(names(spark.read().parquet(out + "/documents")))
          .containsExactly("clova-receipt-dinner.json", "clova-receipt.json");
      assertThat(files(out.resolve("answers"))).hasSize(2).allMatch(n -> n.matches("[0-9a-f]{64}\\.json"));

      DocStructJob.JobSummary again = run(spark, env, args);
      assertThat(server.requestCount()).as("the answers saved by the first run are read, not asked again")
          .isEqualTo(2);
      assertThat(again.documents()).isEqualTo(2);
      assertThat(again.pdfs()).isEqualTo(2);
    }
  }
}
