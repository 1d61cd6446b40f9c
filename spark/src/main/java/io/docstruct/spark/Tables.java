package io.docstruct.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.docstruct.export.excel.ExcelSheet;
import io.docstruct.export.excel.WorkbookRows;
import io.docstruct.pipeline.DocumentResult;
import io.docstruct.pipeline.Problem;
import io.docstruct.privacy.Masking;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.docstruct.rules.compliance.ComplianceBatch;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.verify.Finding;
import io.docstruct.verify.VerificationReport;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The job's tables: one result row per input (what a task makes of a {@link DocumentResult}), and the five
 * tables made of them. Every input is in exactly one of {@code documents} (it was processed, perhaps with
 * problems) or {@code failures} (it failed, at a stage, with its reason); {@code expenses}, {@code items} and
 * {@code violations} hold the documents' entities, each row with its document's {@code document_id} and {@code
 * name}.
 *
 * <pre>{@code
 * Dataset<Row> results = spark.createDataFrame(rows, Tables.RESULT);
 * Tables.expenses(results).write().parquet(out + "/expenses");
 * }</pre>
 */
final class Tables {
  /** Amounts and quantities: exact decimals; won have no minor unit, quantities may. */
  static final DecimalType AMOUNT = DataTypes.createDecimalType(38, 6);

  static final StructType PROBLEM = struct(
      field("stage", DataTypes.StringType, false), field("reason", DataTypes.StringType, false));

  static final StructType ITEM = struct(
      field("line", DataTypes.IntegerType, false),
      field("item_name", DataTypes.StringType, true),
      field("quantity", AMOUNT, true),
      field("unit_price", AMOUNT, true),
      field("amount", AMOUNT, true));

  static final StructType EXPENSE = struct(
      field("expense_no", DataTypes.IntegerType, false),
      field("page", DataTypes.IntegerType, false),
      field("merchant", DataTypes.StringType, true),
      field("branch", DataTypes.StringType, true),
      field("business_number", DataTypes.StringType, true),
      field("date", DataTypes.DateType, true),
      field("time", DataTypes.StringType, true),
      field("supply_amount", AMOUNT, true),
      field("vat", AMOUNT, true),
      field("tax_free", AMOUNT, true),
      field("discount", AMOUNT, true),
      field("total", AMOUNT, true),
      field("currency", DataTypes.StringType, true),
      field("card_company", DataTypes.StringType, true),
      field("card_number", DataTypes.StringType, true),
      field("approval_number", DataTypes.StringType, true),
      field("category", DataTypes.StringType, true),
      field("items", DataTypes.createArrayType(ITEM, false), false));

  static final StructType VIOLATION = struct(
      field("rule", DataTypes.StringType, false),
      field("severity", DataTypes.StringType, false),
      field("field", DataTypes.StringType, true),
      field("message", DataTypes.StringType, false));

  /** One row per input: everything the tables and the workbooks need. */
  static final StructType RESULT = struct(
      field("document_id", DataTypes.StringType, false),
      field("name", DataTypes.StringType, false),
      field("input_kind", DataTypes.StringType, false),
      field("input_path", DataTypes.StringType, false),
      field("source_paths", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("folder", DataTypes.StringType, false),
      field("input_order", DataTypes.StringType, false),
      field("status", DataTypes.StringType, false),
      field("failure_stage", DataTypes.StringType, true),
      field("failure_reason", DataTypes.StringType, true),
      field("problems", DataTypes.createArrayType(PROBLEM, false), false),
      field("warnings", DataTypes.createArrayType(PROBLEM, false), false),
      field("response_kind", DataTypes.StringType, true),
      field("pages", DataTypes.IntegerType, true),
      field("verification", DataTypes.StringType, true),
      field("failed_checks", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("answer_path", DataTypes.StringType, true),
      field("pdf_path", DataTypes.StringType, true),
      field("month", DataTypes.StringType, true),
      field("expenses", DataTypes.createArrayType(EXPENSE, false), false),
      field("violations", DataTypes.createArrayType(VIOLATION, false), false),
      field("other_entities", DataTypes.IntegerType, false),
      field("sheet_rows", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
      field("claims", DataTypes.createArrayType(CrossDocumentChecks.CLAIM, false), false),
      // What the document adds to a workbook (WorkbookRows), when the job writes workbooks.
      field("workbook_rows", DataTypes.BinaryType, true));

  /** How many counts {@code sheet_rows} holds. */
  static final int SHEET_ROWS = 6;

  /** The columns of {@code documents} and {@code failures} that every input has. */
  private static final String[] INPUT_COLUMNS = {"document_id", "name", "input_kind", "input_path", "source_paths",
      "folder"};

  private Tables() {}

  /** A processed input: {@code status} is {@code processed} or {@code processed with problems}. */
  static Dataset<Row> documents(Dataset<Row> results) {
    return results.where(col("status").notEqual("failed")).select(
        columns(INPUT_COLUMNS, "status", "problems", "warnings", "response_kind", "pages", "verification",
            "failed_checks", "answer_path", "pdf_path", "month"));
  }

  /** An input that failed: the stage and the reason, with what went wrong before it. */
  static Dataset<Row> failures(Dataset<Row> results) {
    return results.where(col("status").equalTo("failed")).select(
        columns(INPUT_COLUMNS, "failure_stage", "failure_reason", "problems", "response_kind", "answer_path"));
  }

  /** One row per expense (receipt page), without its items. */
  static Dataset<Row> expenses(Dataset<Row> results) {
    return results.select(col("document_id"), col("name"), explode(col("expenses")).as("e"))
        .select(col("document_id"), col("name"), col("e.*"))
        .drop("items");
  }

  /** One row per line item, with its expense's {@code expense_no}. */
  static Dataset<Row> items(Dataset<Row> results) {
    return results.select(col("document_id"), col("name"), explode(col("expenses")).as("e"))
        .select(col("document_id"), col("name"), col("e.expense_no"), explode(col("e.items")).as("i"))
        .select(col("document_id"), col("name"), col("expense_no"), col("i.*"));
  }

  /** One row per violation. */
  static Dataset<Row> violations(Dataset<Row> results) {
    return results.select(col("document_id"), col("name"), explode(col("violations")).as("v"))
        .select(col("document_id"), col("name"), col("v.*"));
  }

  private static org.apache.spark.sql.Column[] columns(String[] first, String... more) {
    List<org.apache.spark.sql.Column> all = new ArrayList<>();
    for (String c : first) {
      all.add(col(c));
    }
    for (String c : more) {
      all.add(col(c));
    }
    return all.toArray(new org.apache.spark.sql.Column[0]);
  }

  /**
   * The result row of one input (lists as Java arrays, which Spark's row encoder takes).
   *
   * @param documentId the SHA-256 of the input's file
   * @param answerPath where an image's answer was saved, or {@code null}
   * @param pdfPath where its PDF is, or {@code null}
   * @param workbookRows what a processed document adds to a workbook, or {@code null} when it failed or the job
   *     writes no workbooks
   */
  static Row row(InputFile input, String documentId, DocumentResult result, @Nullable String answerPath,
      @Nullable String pdfPath, @Nullable WorkbookRows workbookRows) {
    Problem failure = result.failure();
    RuleResult rules = result.rules();
    VerificationReport report = result.verification();
    List<Row> expenses = new ArrayList<>();
    List<Row> violations = new ArrayList<>();
    List<Row> claims = new ArrayList<>();
    int items = 0;
    int others = 0;
    String month = null;
    if (rules != null && failure == null) {
      int number = 0;
      for (Expense e : rules.expenses()) {
        expenses.add(expense(++number, e));
        items += e.items().size();
        if (month == null && e.date() != null) {
          month = e.date().toString().substring(0, 7);
        }
      }
      for (Violation v : rules.violations()) {
        violations.add(RowFactory.create(v.rule(), v.severity().name(), v.field(), v.message()));
      }
      ComplianceBatch batch = ComplianceBatch.create();
      batch.add(result.name(), rules, result.document());
      batch.claims().forEach(c -> claims.add(CrossDocumentChecks.claimRow(c)));
      others = rules.vendors().size() + rules.contacts().size() + rules.identityDocuments().size()
          + rules.cards().size() + rules.medicalBills().size();
    }
    List<Integer> sheetRows = List.of(
        expenses.size(), items, violations.size(),
        result.problems().size() + (failure != null ? 1 : result.warnings().size()), others,
        workbookRows == null ? 0 : workbookRows.rows(ExcelSheet.REVIEW));
    return RowFactory.create(
        documentId,
        result.name(),
        input.kind().name().toLowerCase(java.util.Locale.ROOT),
        input.file(),
        input.sources().toArray(new String[0]),
        input.folder(),
        input.order(),
        status(result),
        failure == null ? null : failure.stage().label(),
        failure == null ? null : failure.reason(),
        problems(result.problems()).toArray(new Row[0]),
        problems(failure == null ? result.warnings() : List.of()).toArray(new Row[0]),
        result.document() == null ? null : result.document().kind().label(),
        result.document() == null ? null : result.document().pages().size(),
        report == null ? null : report.valid() ? "valid" : "failed",
        failedChecks(report).toArray(new String[0]),
        answerPath,
        pdfPath,
        month,
        expenses.toArray(new Row[0]),
        violations.toArray(new Row[0]),
        others,
        sheetRows.toArray(new Integer[0]),
        claims.toArray(new Row[0]),
        workbookRows == null ? null : workbookRows.bytes());
  }

  /**
   * The rows a document adds to its workbook's sheets ({@value #SHEET_ROWS} counts): Expenses, Items, Violations,
   * Failures, the per-kind sheets together, Review (0 when the job writes no workbooks).
   */
  static int[] sheetRows(Row result) {
    List<Integer> rows = result.getList(result.fieldIndex("sheet_rows"));
    int[] counts = new int[rows.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = rows.get(i);
    }
    return counts;
  }

  private static String status(DocumentResult result) {
    return switch (result.status()) {
      case PROCESSED -> "processed";
      case PROCESSED_WITH_PROBLEMS -> "processed with problems";
      case FAILED -> "failed";
    };
  }

  private static List<Row> problems(List<Problem> problems) {
    List<Row> rows = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      rows.add(RowFactory.create(p.stage().label(), p.reason()));
    }
    return rows;
  }

  private static List<String> failedChecks(@Nullable VerificationReport report) {
    if (report == null) {
      return List.of();
    }
    Set<String> checks = new LinkedHashSet<>();
    for (Finding f : report.failures()) {
      checks.add(f.check().id());
    }
    return List.copyOf(checks);
  }

  private static Row expense(int number, Expense e) {
    List<Row> items = new ArrayList<>(e.items().size());
    int line = 0;
    for (LineItem item : e.items()) {
      items.add(RowFactory.create(++line, item.name(), item.quantity(), amount(item.unitPrice()),
          amount(item.amount())));
    }
    Payment p = e.payment();
    String businessNumber = e.merchant().businessNumber() != null
        ? e.merchant().businessNumber().value()
        : e.merchant().printedBusinessNumber();
    Money total = e.total();
    return RowFactory.create(
        number,
        e.source().page() + 1,
        e.merchant().name(),
        e.merchant().branch(),
        businessNumber,
        e.date() == null ? null : Date.valueOf(e.date()),
        e.time() == null ? null : e.time().toString(),
        amount(e.supplyAmount()),
        amount(e.vat()),
        amount(e.taxFreeAmount()),
        amount(e.discount()),
        amount(total),
        total == null ? null : total.currency().getCurrencyCode(),
        p == null ? null : p.cardCompany(),
        p == null || p.maskedCardNumber() == null ? null : Masking.Style.CARD.apply(p.maskedCardNumber()),
        p == null ? null : p.approvalNumber(),
        e.category() == null ? null : e.category().name(),
        items.toArray(new Row[0]));
  }

  private static @Nullable BigDecimal amount(@Nullable Money money) {
    return money == null ? null : money.amount();
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
