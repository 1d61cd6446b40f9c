package io.docstruct.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.docstruct.ocr.OcrModel;
import io.docstruct.rules.compliance.CardStatement;
import io.docstruct.rules.compliance.CardStatementException;
import io.docstruct.rules.compliance.CardStatementReader;
import io.docstruct.rules.compliance.CardTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The DocStruct pipeline as a Spark job, for millions of documents: the same results as {@code docstruct batch},
 * document for document, on a cluster.
 *
 * <pre>{@code
 * spark-submit --class io.docstruct.spark.DocStructJob spark/target/docstruct-spark.jar \
 *     --input s3a://bucket/receipts/2026-05 --output s3a://bucket/docstruct/2026-05 --pdfs --workbooks month
 *
 * JobSummary summary = DocStructJob.run(spark, JobOptions…);     // from a program that has a SparkSession
 * }</pre>
 *
 * <p>Stages: the inputs are listed on the driver ({@link InputListing}) and split into partitions; each
 * partition is processed by its executor's one {@code DocStruct} ({@link PartitionProcessor}) into one result
 * row per input, written to {@code OUT/work/results} (not {@code _results}: Spark skips such paths); the
 * tables are made from those rows ({@link Tables}), the checks across documents ({@link CrossDocumentChecks}),
 * then the workbooks ({@link Workbooks}). A stage's summary goes to the driver's log ({@link StageSummary}).
 *
 * <p>Started again after it was killed, the job writes every table whole again (Spark's commit protocol
 * replaces a table only when all its tasks are done), so that each document is in it exactly once; PDFs and
 * saved OCR answers already there are kept and not made again.
 */
public final class DocStructJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocStructJob.class);
  static final String USAGE = "usage: docstruct-spark --input DIR|GLOB [--input …] --output DIR"
      + " [--format parquet|json] [--partitions N] [--pdfs] [--workbooks month|folder|none] [--workbook-rows N]"
      + " [--rules FILE]… [--zone ZONE] [--ocr TYPE --ocr-quota CALLS] [--card-statement FILE]…";

  private DocStructJob() {}

  /** What a run did, in numbers, and the workbooks it wrote. */
  public record JobSummary(long inputs, long documents, long failures, long expenses, long items, long violations,
      long pdfs, List<String> workbooks) {
    public JobSummary {
      workbooks = List.copyOf(workbooks);
    }

    /** {@code docstruct-spark: 10000 inputs: 9990 documents, 10 failures; …}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "docstruct-spark: %d inputs: %d documents, %d failures; %d expenses, %d items, %d violations; %d PDFs;"
              + " %d workbooks", inputs, documents, failures, expenses, items, violations, pdfs, workbooks.size());
    }
  }

  /** Runs the job in the {@code spark-submit} session; exit code 0 when nothing failed, 1 when some did, 2 on bad arguments. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("docstruct").getOrCreate();
    int exit;
    try {
      exit = runMain(spark, args, System.getenv(), System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  /** The command line in an existing session: the summary on {@code out}, a bad argument on {@code err}. */
  static int runMain(SparkSession spark, String[] args, Map<String, String> environment, PrintStream out,
      PrintStream err) {
    JobOptions options;
    try {
      options = parse(args, environment, spark);
    } catch (IllegalArgumentException | IOException e) {
      err.println("docstruct-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    JobSummary summary;
    try {
      summary = run(spark, options);
    } catch (IOException | IllegalArgumentException e) {
      err.println("docstruct-spark: " + e.getMessage());
      return 2;
    }
    out.println(summary);
    return summary.failures() == 0 ? 0 : 1;
  }

  /**
   * The job's options from its command line. Rule files are read here, on the driver; OCR's invoke URL and secret
   * come from {@code CLOVA_OCR_URL_<TYPE>} and {@code CLOVA_OCR_SECRET_<TYPE>} (or {@code CLOVA_OCR_URL} and
   * {@code CLOVA_OCR_SECRET}) as for {@code docstruct batch --ocr}, and the quota is shared among the executors.
   *
   * @throws IllegalArgumentException naming the argument that is wrong
   */
  static JobOptions parse(String[] args, Map<String, String> environment, SparkSession spark) throws IOException {
    List<String> inputs = new ArrayList<>();
    String output = null;
    JobOptions.Format format = JobOptions.Format.PARQUET;
    Integer partitions = null;
    boolean pdfs = false;
    JobOptions.WorkbookKey workbooks = null;
    int workbookRows = JobOptions.MAX_SHEET_ROWS;
    List<JobOptions.RuleFile> rules = new ArrayList<>();
    String zone = java.time.ZoneId.systemDefault().getId();
    String ocr = null;
    Integer quota = null;
    List<String> statements = new ArrayList<>();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--pdfs" -> pdfs = true;
        case "--input", "--output", "--format", "--partitions", "--workbooks", "--workbook-rows", "--rules",
            "--zone", "--ocr", "--ocr-quota", "--card-statement" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          String value = args[++i];
          switch (arg) {
            case "--input" -> inputs.add(value);
            case "--output" -> output = value;
            case "--format" -> format = choice(JobOptions.Format.class, arg, value);
            case "--partitions" -> partitions = number(arg, value);
            case "--workbooks" -> workbooks = choice(JobOptions.WorkbookKey.class, arg, value);
            case "--workbook-rows" -> workbookRows = number(arg, value);
            case "--rules" -> rules.add(ruleFile(conf, value));
            case "--zone" -> zone = value;
            case "--ocr" -> ocr = value;
            case "--card-statement" -> statements.add(value);
            default -> quota = number(arg, value);
          }
        }
        default -> throw new IllegalArgumentException("unknown argument: " + arg);
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output is required");
    }
    Path outputPath = new Path(output);
    output = outputPath.getFileSystem(conf).makeQualified(outputPath).toString();
    if ((ocr == null) != (quota == null)) {
      throw new IllegalArgumentException("--ocr TYPE and --ocr-quota CALLS go together");
    }
    JobOptions.OcrSettings settings = ocr == null ? null : ocr(ocr, quota, environment, spark.sparkContext().getConf());
    try {
      for (JobOptions.RuleFile rule : rules) {
        if (new String(rule.content(), java.nio.charset.StandardCharsets.UTF_8).contains("BatchUnit")) {
          throw new IllegalArgumentException("--rules " + rule.name() + ": batch rules (unit BatchUnit) may relate"
              + " receipts by any key, and the job runs the batch checks per amount group: run them with"
              + " docstruct batch");
        }
      }
      return new JobOptions(inputs, output, format, partitions, pdfs, workbooks, workbookRows, rules, zone, settings,
          statements);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("--zone: " + e.getMessage(), e);
    }
  }

  private static JobOptions.OcrSettings ocr(String type, int quota, Map<String, String> environment,
      SparkConf conf) {
    OcrModel model = OcrModel.fromLabel(type);
    String suffix = model.label().toUpperCase(Locale.ROOT).replace('-', '_');
    String url = environment.get("CLOVA_OCR_URL_" + suffix);
    String secret = environment.get("CLOVA_OCR_SECRET_" + suffix);
    if (url == null) {
      url = environment.get("CLOVA_OCR_URL");
      secret = environment.get("CLOVA_OCR_SECRET");
    }
    if (url == null || secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("no CLOVA OCR domain for --ocr " + model.label() + ": set CLOVA_OCR_URL_"
          + suffix + " and CLOVA_OCR_SECRET_" + suffix + " on the driver");
    }
    int executors = executors(conf);
    if (quota < executors) {
      throw new IllegalArgumentException("--ocr-quota " + quota + " is less than the " + executors
          + " executors: each needs at least one call in flight");
    }
    return new JobOptions.OcrSettings(model.label(), url, secret, quota / executors);
  }

  /**
   * The most executors the job can have: one in local mode, {@code spark.dynamicAllocation.maxExecutors} with
   * dynamic allocation (which must then be set), else {@code spark.executor.instances}.
   */
  static int executors(SparkConf conf) {
    if (conf.get("spark.master", "local").startsWith("local")) {
      return 1;
    }
    if (conf.getBoolean("spark.dynamicAllocation.enabled", false)) {
      if (!conf.contains("spark.dynamicAllocation.maxExecutors")) {
        throw new IllegalArgumentException("--ocr-quota with dynamic allocation needs"
            + " spark.dynamicAllocation.maxExecutors, or the quota cannot be shared among the executors");
      }
      return conf.getInt("spark.dynamicAllocation.maxExecutors", 1);
    }
    return conf.getInt("spark.executor.instances", 2);
  }

  /** Runs the job: results, tables, then workbooks if asked. */
  public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
    Objects.requireNonNull(options, "options == null");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    spark.sparkContext().addSparkListener(new StageSummary());

    step(jsc, "list", "docstruct: list the inputs");
    List<InputFile> listed = InputListing.list(conf, options.inputs());
    if (listed.isEmpty()) {
      throw new IllegalArgumentException(
          String.join(", ", options.inputs()) + ": no responses (*.json), images or PDFs there");
    }
    List<CardTransaction> transactions = statements(conf, options.cardStatements());
    deleteLeftovers(conf, options.output());
    Broadcast<JobOptions> job = jsc.broadcast(options);
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(conf));
    int partitions = options.partitions() != null
        ? options.partitions()
        : Math.min(listed.size(), jsc.defaultParallelism());

    String out = options.output();
    String resultsPath = out + "/work/results";
    step(jsc, "results", "docstruct: process " + listed.size() + " inputs");
    JavaRDD<Row> rows = jsc.parallelize(listed, partitions).mapPartitions(new PartitionProcessor(job, hadoop));
    // The summary's counts are taken as the rows are written, not by reading them all again: Spark counts
    // each partition's metrics once, from its successful task.
    Observation counted = new Observation("docstruct-summary");
    spark.createDataFrame(rows, Tables.RESULT)
        .observe(counted,
            sum(when(col("status").notEqual("failed"), 1).otherwise(0)).as("documents"),
            sum(when(col("status").equalTo("failed"), 1).otherwise(0)).as("failures"),
            sum(size(col("expenses"))).as("expenses"),
            sum(col("sheet_rows").getItem(1)).as("items"),
            sum(size(col("violations"))).as("violations"),
            sum(when(col("pdf_path").isNotNull(), 1).otherwise(0)).as("pdfs"))
        .write().mode(SaveMode.Overwrite).parquet(resultsPath);
    Map<String, Object> totals;
    try {
      totals = counted.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the results were counted", e);
    }

    step(jsc, "tables", "docstruct: read the results");
    Dataset<Row> results = spark.read().schema(Tables.RESULT).parquet(resultsPath);   // no footer to infer it from
    step(jsc, "tables", "docstruct: write documents");
    write(Tables.documents(results), options, out + "/documents");
    step(jsc, "tables", "docstruct: write failures");
    write(Tables.failures(results), options, out + "/failures");
    step(jsc, "tables", "docstruct: write expenses");
    write(Tables.expenses(results), options, out + "/expenses");
    step(jsc, "tables", "docstruct: write items");
    write(Tables.items(results), options, out + "/items");
    step(jsc, "tables", "docstruct: write violations");
    write(Tables.violations(results), options, out + "/violations");

    step(jsc, "checks", "docstruct: duplicates and card statements, per amount group");
    // Few rows (findings only), kept for the second table; made again from the results if a block is lost.
    try (CrossDocumentChecks.Checks made = CrossDocumentChecks.run(jsc, results, transactions, job, partitions)) {
      Dataset<Row> checks = spark.createDataFrame(made.rows(), CrossDocumentChecks.CHECK)
          .persist(StorageLevel.MEMORY_AND_DISK());
      step(jsc, "checks", "docstruct: write duplicates");
      write(checks.where("check = 'duplicate'").drop("check", "statement", "statement_row"), options,
          out + "/duplicates");
      step(jsc, "checks", "docstruct: write reconciliation");
      write(checks.where("check = 'reconciliation'").drop("check", "second_document", "second_page"), options,
          out + "/reconciliation");
      checks.unpersist();
    }

    List<String> workbooks = new ArrayList<>();
    JobOptions.WorkbookKey key = options.workbooks();
    if (key != null) {
      step(jsc, "workbooks", "docstruct: write the workbooks");
      Path dir = new Path(out + "/workbooks");
      FileSystem fs = dir.getFileSystem(conf);
      fs.delete(dir, true); // parts of an earlier run, which may have split differently
      Column keyColumn = switch (key) {
        case MONTH -> coalesce(col("month"), lit(Workbooks.key(key, null, "")));
        case FOLDER -> col("folder");
        case NONE -> lit(Workbooks.key(key, null, ""));
      };
      Dataset<Row> keyed = results.withColumn("workbook_key", keyColumn);
      // Distinct keys over the job's own partitions, not spark.sql.shuffle.partitions (200 by default).
      int keys = (int) Math.max(1, keyed.select("workbook_key").javaRDD().map(r -> r.getString(0))
          .distinct(partitions).count());
      JavaRDD<Row> written = keyed.repartition(keys, col("workbook_key"))
          .sortWithinPartitions("workbook_key", "input_order")
          .javaRDD()
          .mapPartitions(new Workbooks(job, hadoop));
      for (Row w : written.collect()) {
        workbooks.add(w.getString(2));
      }
      workbooks.sort(null);
    }
    jsc.clearCallSite();
    jsc.clearJobGroup();
    return new JobSummary(listed.size(), count(totals, "documents"), count(totals, "failures"),
        count(totals, "expenses"), count(totals, "items"), count(totals, "violations"), count(totals, "pdfs"),
        workbooks);
  }

  /** An observed sum: {@code null} (no rows at all) is 0. */
  private static long count(Map<String, Object> totals, String name) {
    Object value = totals.get(name);
    return value == null ? 0L : ((Number) value).longValue();
  }

  /** Names what runs next in the Spark UI (job group) and in the stage summaries (call site). */
  private static void step(JavaSparkContext jsc, String group, String description) {
    jsc.setJobGroup(group, description, false);
    jsc.setCallSite(description);
  }

  /**
   * Deletes the hidden temporary files a killed run left in {@code pdfs/} and {@code answers/} ({@code
   * .NAME.UUID.tmp}, see {@link TaskFiles#publish}); nothing else there is touched.
   */
  private static void deleteLeftovers(Configuration conf, String output) throws IOException {
    for (String folder : List.of("pdfs", "answers")) {
      Path dir = new Path(output, folder);
      FileSystem fs = dir.getFileSystem(conf);
      org.apache.hadoop.fs.FileStatus[] leftovers = fs.globStatus(new Path(dir, ".*.tmp"));
      if (leftovers == null) {
        continue;
      }
      for (org.apache.hadoop.fs.FileStatus leftover : leftovers) {
        LOG.warn("deleting {}, left by a run that was killed", leftover.getPath());
        fs.delete(leftover.getPath(), false);
      }
    }
  }

  /** The card statements' rows, read on the driver before any work: an unreadable one stops the job here. */
  private static List<CardTransaction> statements(Configuration conf, List<String> files) throws IOException {
    List<CardTransaction> rows = new ArrayList<>();
    try (TaskFiles local = new TaskFiles(conf)) {
      for (String file : files) {
        CardStatement statement;
        try {
          statement = CardStatementReader.create().read(local.local(file));
        } catch (CardStatementException e) {
          throw new IllegalArgumentException("--card-statement " + e.getMessage(), e);
        }
        statement.warnings().forEach(w -> LOG.warn("{}: {}", new Path(file).getName(), w));
        rows.addAll(statement.rows());
      }
    }
    return rows;
  }

  private static void write(Dataset<Row> table, JobOptions options, String path) {
    DataFrameWriter<Row> writer = table.write().mode(SaveMode.Overwrite);
    switch (options.format()) {
      case PARQUET -> writer.parquet(path);
      case JSON -> writer.json(path);
    }
  }

  private static JobOptions.RuleFile ruleFile(Configuration conf, String file) throws IOException {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return new JobOptions.RuleFile(path.getName(), in.readAllBytes());
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalArgumentException("--rules " + file + ": no such file", e);
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String arg, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException(arg + " must be one of "
        + String.join("|", java.util.Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()) + ": " + value);
  }

  private static int number(String arg, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(arg + " must be a number: " + value, e);
    }
  }

}
