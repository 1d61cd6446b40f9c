package io.docstruct.spark;

import io.docstruct.export.excel.ExcelOptions;
import io.docstruct.export.excel.WorkbookRows;
import io.docstruct.pipeline.ComplianceCheck;
import io.docstruct.pipeline.DocumentInput;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.pipeline.Stage;
import io.docstruct.pipeline.WorkbookSink;
import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.compliance.ClaimedExpense;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The job's last step: workbooks, as {@code docstruct batch} writes them ({@link WorkbookSink}), one per key
 * ({@link JobOptions.WorkbookKey}) and, when a key has more rows than a sheet holds, in parts: {@code
 * workbooks/<key>-part<N>.xlsx}; a part holds at most the row limit on every sheet, Review included. The
 * results arrive grouped by key and in input order. No document is read again: when the job makes workbooks,
 * each result row carries what its document adds to a workbook, recorded by the task that read it ({@code
 * workbook_rows}: its Expenses, Items, Violations, Review and per-kind rows, typed, and its tables' cells,
 * {@link WorkbookRows}; about 80 bytes a document in Parquet on a mixed folder) and its claims for the
 * compliance sheets ({@code claims}). This step writes those rows as they are, so a run with workbooks does the
 * pipeline's work once, needs neither the responses nor an image's saved answer again, and gives exactly
 * batch's cells (both go through one layout). A failed document is its row on the Failures sheet, as batch has
 * it. Each workbook has batch's Evidence, Duplicates and Reconciliation sheets over its own documents ({@link
 * ComplianceCheck}). Memory stays bounded: rows stream from the sorted partition into a streaming workbook.
 *
 * <pre>{@code
 * results.repartition(col("key")).sortWithinPartitions("key", "input_order")
 *     .mapPartitions(new Workbooks(options, hadoop), RowEncoder…);
 * }</pre>
 */
final class Workbooks implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** What each written workbook reports: its key, part, file and documents. */
  static final StructType WRITTEN = DataTypes.createStructType(List.of(
      DataTypes.createStructField("key", DataTypes.StringType, false),
      DataTypes.createStructField("part", DataTypes.IntegerType, false),
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("documents", DataTypes.IntegerType, false)));

  /** The workbooks' options, with which each document's rows are recorded ({@link PartitionProcessor}). */
  static final ExcelOptions EXCEL = ExcelOptions.defaults();

  private final Broadcast<JobOptions> options;
  private final Broadcast<SerializableConfiguration> hadoop;

  Workbooks(Broadcast<JobOptions> options, Broadcast<SerializableConfiguration> hadoop) {
    this.options = options;
    this.hadoop = hadoop;
  }

  /** The key a result's workbook is chosen by. */
  static String key(JobOptions.WorkbookKey key, @Nullable String month, String folder) {
    return switch (key) {
      case MONTH -> month == null ? "undated" : month;
      case FOLDER -> folder;
      case NONE -> "expenses";
    };
  }

  @Override
  public Iterator<Row> call(Iterator<Row> results) throws IOException {
    JobOptions job = options.value();
    RuleEngine engine = ExecutorPipelines.ruleEngine(job);
    Configuration conf = hadoop.value().value();
    List<Row> written = new ArrayList<>();
    try (TaskFiles files = new TaskFiles(conf)) {
      Part part = null;
      while (results.hasNext()) {
        Row result = results.next();
        String key = result.getString(result.fieldIndex("workbook_key"));
        int[] rows = Tables.sheetRows(result);
        if (part != null && (!part.key.equals(key) || !part.fits(rows, job.workbookRows()))) {
          written.add(part.close(files, job));
          part = part.key.equals(key) ? new Part(key, part.number + 1, files, engine) : null;
        }
        if (part == null) {
          part = new Part(key, 1, files, engine);
        }
        add(part, result, rows);
      }
      if (part != null) {
        written.add(part.close(files, job));
      }
    }
    return written.iterator();
  }

  /** One workbook being written: its key, its part number, and the rows each sheet has so far. */
  private static final class Part {
    final String key;
    final int number;
    final Path local;
    final WorkbookSink sink;
    final ComplianceCheck compliance;
    final int[] rows = new int[Tables.SHEET_ROWS];
    int documents;

    Part(String key, int number, TaskFiles files, RuleEngine engine) throws IOException {
      this.key = key;
      this.number = number;
      this.local = files.scratch().resolve(fileName(key, number));
      this.sink = WorkbookSink.open(local, EXCEL);
      this.compliance = ComplianceCheck.of(engine);
    }

    /** Whether a document with these sheet rows still fits; a first document always does. */
    boolean fits(int[] more, int limit) {
      if (documents == 0) {
        return true;
      }
      for (int i = 0; i < rows.length; i++) {
        if (rows[i] + more[i] > limit) {
          return false;
        }
      }
      return true;
    }

    void added(int[] more) {
      for (int i = 0; i < rows.length; i++) {
        rows[i] += more[i];
      }
      documents++;
    }

    Row close(TaskFiles files, JobOptions job) throws IOException {
      sink.addCompliance(compliance);
      sink.close();
      String target = job.output() + "/workbooks/" + fileName(key, number);
      files.publish(local, target);
      return RowFactory.create(key, number, target, documents);
    }
  }

  /** {@code 2026-05-part1.xlsx}; a key's characters that a file name cannot hold become {@code _}. */
  static String fileName(String key, int part) {
    String safe = key.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return String.format(Locale.ROOT, "%s-part%d.xlsx", safe, part);
  }

  /**
   * Adds a result row to its workbook: a failed one as its failure (no OCR call again); a processed one from the
   * rows recorded for it when it was read, with its problems and warnings, and its claims for the compliance
   * sheets.
   */
  private static void add(Part part, Row row, int[] rows) {
    String name = row.getString(row.fieldIndex("name"));
    List<Problem> problems = problems(row.getList(row.fieldIndex("problems")));
    if ("failed".equals(row.getString(row.fieldIndex("status")))) {
      DocumentInput placeholder = DocumentInput.response(Path.of(name)).named(name);
      Problem failure = new Problem(
          stage(row.getString(row.fieldIndex("failure_stage"))),
          row.getString(row.fieldIndex("failure_reason")), null);
      part.sink.add(new DocumentResult(placeholder, name, failure, problems, List.of(), List.of(), null, null, null,
          null, null, null));
    } else {
      int recorded = row.fieldIndex("workbook_rows");
      if (row.isNullAt(recorded)) {
        throw new IllegalStateException(name + ": no workbook rows were recorded for it");
      }
      part.sink.add(name, WorkbookRows.of((byte[]) row.get(recorded)), problems,
          problems(row.getList(row.fieldIndex("warnings"))));
      List<Row> claimRows = row.getList(row.fieldIndex("claims"));
      List<ClaimedExpense> claims = new ArrayList<>(claimRows.size());
      for (Row claim : claimRows) {
        claims.add(CrossDocumentChecks.claim(claim, 0, name));
      }
      part.compliance.addClaims(claims);
    }
    part.added(rows);
  }

  private static Stage stage(String label) {
    for (Stage stage : Stage.values()) {
      if (stage.label().equals(label)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("no stage " + label);
  }

  private static List<Problem> problems(List<Row> rows) {
    List<Problem> problems = new ArrayList<>(rows.size());
    for (Row p : rows) {
      problems.add(new Problem(stage(Objects.requireNonNull(p.getString(0))), p.getString(1), null));
    }
    return problems;
  }
}
