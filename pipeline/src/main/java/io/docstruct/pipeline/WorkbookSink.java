package io.docstruct.pipeline;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.excel.ExcelExporter;
import io.docstruct.export.excel.ExcelOptions;
import io.docstruct.export.excel.ExpenseWorkbookWriter;
import io.docstruct.export.excel.WorkbookRows;
import io.docstruct.rules.RuleResult;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Appends results to one workbook ({@link ExpenseWorkbookWriter}), as {@code docstruct batch} writes it: a
 * processed document's entities, violations and tables; a failed one as a row of the {@code Failures} sheet
 * (file, stage, reason); and a row there for each problem and warning of the others (a page the OCR service
 * could not read, {@code no source image}). Add results in the order they should appear (a {@link
 * ResultStream} in input order gives the same workbook whatever the number of jobs); not thread-safe.
 *
 * <pre>{@code
 * try (WorkbookSink xlsx = WorkbookSink.open(Path.of("expenses.xlsx"))) {
 *   for (DocumentResult r : results) {
 *     xlsx.add(r);
 *   }
 * }   // written beside expenses.xlsx, then moved over it
 * }</pre>
 *
 * <p>{@link #close()} writes the workbook and moves it into place; after {@link #abort()}, or if an {@code add}
 * failed, it writes nothing and leaves the target as it was.
 */
public final class WorkbookSink implements Closeable {
  private final ExpenseWorkbookWriter writer;

  private WorkbookSink(ExpenseWorkbookWriter writer) {
    this.writer = writer;
  }

  /** A workbook at {@code target} with the default {@link ExcelOptions} (personal numbers masked). */
  public static WorkbookSink open(Path target) throws IOException {
    return open(target, ExcelOptions.defaults());
  }

  /**
   * A workbook at {@code target}.
   *
   * @throws IOException when its temporary file cannot be created beside {@code target}
   */
  public static WorkbookSink open(Path target, ExcelOptions options) throws IOException {
    Objects.requireNonNull(target, "target == null");
    return new WorkbookSink(ExcelExporter.create(options).open(target));
  }

  /**
   * Adds one result.
   *
   * @throws IllegalArgumentException when a result that did not fail was not mapped ({@link
   *     DocStruct.Builder#lastStage} before {@code map}): it has no entities to add
   * @throws IllegalStateException if closed, or a sheet would exceed Excel's rows
   */
  public void add(DocumentResult result) {
    Objects.requireNonNull(result, "result == null");
    String name = result.name();
    Problem failure = result.failure();
    if (failure == null) {
      OcrDocument document = result.document();
      RuleResult rules = result.rules();
      if (document == null || rules == null) {
        throw new IllegalArgumentException(name + ": was not mapped, so there are no entities to add");
      }
      writer.add(name, document, rules, result.verification());
    }
    for (Problem problem : result.problems()) {
      writer.addFailure(name, problem.stage().label(), problem.reason());
    }
    if (failure != null) {
      writer.addFailure(name, failure.stage().label(), failure.reason());
      return;
    }
    addWarnings(name, result.warnings());
  }

  /**
   * The rows {@link #add(DocumentResult)} writes for a processed result, recorded where the result is, to be
   * added later, elsewhere, by {@link #add(String, WorkbookRows, List, List)} of a sink with the same options,
   * without the document (the Spark job records them as it reads each document and writes workbooks in a later
   * step).
   *
   * <pre>{@code
   * byte[] recorded = WorkbookSink.record(result, ExcelOptions.defaults()).bytes();
   * xlsx.add(result.name(), WorkbookRows.of(recorded), result.problems(), result.warnings());   // later
   * }</pre>
   *
   * @throws IllegalArgumentException when the result failed or was not mapped: it has no rows to record
   */
  public static WorkbookRows record(DocumentResult result, ExcelOptions options) {
    Objects.requireNonNull(result, "result == null");
    OcrDocument document = result.document();
    RuleResult rules = result.rules();
    if (result.failed() || document == null || rules == null) {
      throw new IllegalArgumentException(result.name() + ": failed or was not mapped, so there are no rows");
    }
    return ExcelExporter.create(options).record(result.name(), document, rules, result.verification());
  }

  /**
   * Adds a processed result from its recorded rows ({@link #record}), as {@link #add(DocumentResult)} adds it:
   * its rows, then a row of the {@code Failures} sheet for each problem and each warning.
   *
   * @throws IllegalArgumentException when the rows were recorded with other options than this sink's
   * @throws IllegalStateException if closed, or a sheet would exceed Excel's rows
   */
  public void add(String name, WorkbookRows rows, List<Problem> problems, List<Problem> warnings) {
    Objects.requireNonNull(name, "name == null");
    writer.add(rows);
    for (Problem problem : problems) {
      writer.addFailure(name, problem.stage().label(), problem.reason());
    }
    addWarnings(name, warnings);
  }

  private void addWarnings(String name, List<Problem> warnings) {
    for (Problem warning : warnings) {
      writer.addFailure(name, warning.stage().label(), warning.reason());
    }
  }

  /**
   * Adds a batch check as the {@code Evidence}, {@code Duplicates} and {@code Reconciliation} sheets, and each
   * skipped statement row as a row of the {@code Failures} sheet (stage {@code statement}); once, after the
   * results.
   *
   * @throws IllegalStateException if closed, or an earlier add failed
   */
  public void addCompliance(ComplianceCheck check) {
    Objects.requireNonNull(check, "check == null");
    writer.addCompliance(check.report());
    for (ComplianceCheck.StatementWarning w : check.statementWarnings()) {
      writer.addFailure(w.statement(), "statement", w.message());
    }
  }

  /** Gives up: {@link #close()} will write nothing and leave the target as it was. */
  public void abort() {
    writer.abort();
  }

  /**
   * Writes the workbook and moves it into place, unless aborted; deletes its temporary files either way.
   *
   * @throws IOException if the workbook cannot be written or moved; the target is then left as it was
   */
  @Override
  public void close() throws IOException {
    writer.close();
  }
}
