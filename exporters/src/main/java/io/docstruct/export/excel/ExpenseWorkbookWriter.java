package io.docstruct.export.excel;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.AtomicOutput;
import io.docstruct.export.excel.SheetColumns.Cards;
import io.docstruct.export.excel.SheetColumns.Contacts;
import io.docstruct.export.excel.SheetColumns.Expenses;
import io.docstruct.export.excel.SheetColumns.Failures;
import io.docstruct.export.excel.SheetColumns.IdentityDocuments;
import io.docstruct.export.excel.SheetColumns.Items;
import io.docstruct.export.excel.SheetColumns.MedicalBills;
import io.docstruct.export.excel.SheetColumns.Review;
import io.docstruct.export.excel.SheetColumns.Vendors;
import io.docstruct.export.excel.SheetColumns.Violations;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.table.GridCell;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrid;
import io.docstruct.table.TableGrids;
import io.docstruct.verify.Finding;
import io.docstruct.verify.VerificationReport;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Streams the entities of many documents into one workbook, one document at a time: memory stays flat
 * however many documents are added (rows beyond {@link ExcelOptions#rowWindow()} per sheet go to temporary
 * files, styles are shared).
 *
 * <pre>{@code
 * RuleEngine rules = RuleEngine.create();
 * Verifier verifier = Verifier.create(Clock.systemDefaultZone());
 * try (ExpenseWorkbookWriter out = ExcelExporter.create().open(Path.of("expenses.xlsx"))) {
 *   for (Path file : responses) {
 *     OcrDocument doc = ResponseReader.create().read(file);
 *     out.add(file.getFileName().toString(), doc, rules.evaluate(doc), verifier.verify(doc));
 *   }
 * }   // written to a temporary file beside expenses.xlsx, then moved over it
 * }</pre>
 *
 * <p>A document's rows can also be recorded where it is read ({@link ExcelExporter#record}) and added later
 * without it ({@link #add(WorkbookRows)}): the same cells, through the same layout.
 *
 * <p>{@link #close()} writes the workbook and moves it into place. If an {@code add} failed, or after
 * {@link #abort()}, {@code close()} writes nothing and the target is left as it was. Temporary files (the
 * streaming writer's and the partial workbook) are deleted in every case.
 *
 * <p>Sheet layouts (row 1 is a frozen header with an autofilter; empty values leave the cell empty):
 *
 * <ul>
 *   <li>{@code Expenses}: No., Source, Page, Merchant, Business number, Date, Time, Supply amount, VAT,
 *       Tax-free, Discount, Total, Card company, Card number, Approval number, Category, Verification, and,
 *       with the {@code Items} sheet, Items total {@code =SUMIF(Items!$A:$A,A2,Items!$F:$F)} and Difference
 *       {@code =L2-R2} (total minus items; only when the receipt has a total and items).
 *   <li>{@code Items}: Expense No. (the {@code Expenses} row's No.), Line, Name, Quantity, Unit price, Amount.
 *   <li>{@code Violations}: Source, Rule, Severity, Field, Message.
 *   <li>{@code Review}: for receipts read from words, each field a reviewer should look at (chosen by a rule
 *       rather than a printed label, or read from a word whose confidence is below {@value
 *       #REVIEW_CONFIDENCE}): Expense No., Source, Field, Value, Why to review, Rule, Label, Confidence (the
 *       lowest of its words), Page, Left, Top, Right, Bottom (the words' box in page pixels), Words; created
 *       with the first such field.
 *   <li>{@code Vendors}, {@code Contacts}, {@code Identity documents}, {@code Cards}, {@code Medical bills}:
 *       one row per entity, created when the first one arrives.
 *   <li>{@code Evidence}, {@code Duplicates}, {@code Reconciliation}: a batch's compliance report ({@link
 *       #addCompliance}): per expense its evidence type, verdicts, 가산세 and legal basis; pairs claimed twice;
 *       card transactions matched or not, with the reason.
 *   <li>{@code Failures}: File, Stage, Reason; one row per {@link #addFailure} (inputs a batch could not use,
 *       or used with a warning), created with the first one.
 *   <li>Tables: one sheet per table of each document, {@code p1 t1} for the first document and {@code d2 p1
 *       t1} from the second on.
 * </ul>
 *
 * <p>Formulas are stored with their computed values, so readers without a formula engine see numbers too.
 * Not thread-safe: add from one thread.
 */
public final class ExpenseWorkbookWriter implements Closeable {
  /** Fields read from words of a lower confidence go on the Review sheet. */
  public static final double REVIEW_CONFIDENCE = 0.8;

  private final ExcelOptions options;
  private final AtomicOutput output;
  private final SXSSFWorkbook workbook;
  private final StyleCache styles;
  private final SheetNames names = new SheetNames();
  private final Map<ExcelSheet, SheetWriter> sheets = new EnumMap<>(ExcelSheet.class);
  private final Map<ExcelSheet, SheetRows> sheetRows = new EnumMap<>(ExcelSheet.class);
  private final EntityRows entities;
  private int expenses;
  private int documents;
  private int tableSheets;
  private boolean failed;
  private boolean closed;

  ExpenseWorkbookWriter(Path target, ExcelOptions options) throws IOException {
    this.options = Objects.requireNonNull(options, "options == null");
    this.output = AtomicOutput.create(Objects.requireNonNull(target, "target == null"));
    this.workbook = new SXSSFWorkbook(options.rowWindow());
    this.styles = new StyleCache(workbook, options.locale());
    this.entities = new EntityRows(options, this::sheetRows);
    for (ExcelSheet sheet : ExcelSheet.values()) {
      if (sheet != ExcelSheet.TABLES) {
        names.reserve(sheet.sheetName());
      }
    }
    try {
      sheet(ExcelSheet.EXPENSES);
      sheet(ExcelSheet.ITEMS);
      sheet(ExcelSheet.VIOLATIONS);
    } catch (RuntimeException e) {
      discard();
      throw e;
    }
  }

  /**
   * Adds one document: its entities, violations and, if chosen, its tables.
   *
   * @param source the name shown in the Source columns, usually the response's file name
   * @param document the OCR document (for its tables)
   * @param result what the rules made of it
   * @param verification its verification report, or {@code null} when it was not verified
   * @throws IllegalStateException if closed, or a sheet would exceed Excel's 1,048,576 rows
   */
  public void add(
      String source,
      OcrDocument document,
      RuleResult result,
      @Nullable VerificationReport verification) {
    Objects.requireNonNull(document, "document == null");
    guard(() -> {
      expenses += entities.add(source, result, verification);
      if (options.has(ExcelSheet.TABLES)) {
        addTables(TableGrids.of(document));
      }
    });
  }

  /**
   * Adds one document from its recorded rows ({@link ExcelExporter#record}), as {@link #add(String, OcrDocument,
   * RuleResult, VerificationReport)} would have added it: expense numbers and table sheet names follow the
   * documents before it in this workbook.
   *
   * @throws IllegalArgumentException when the rows were recorded with other sheets or masking than this
   *     writer's, or are damaged
   * @throws IllegalStateException if closed, or a sheet would exceed Excel's 1,048,576 rows
   */
  public void add(WorkbookRows rows) {
    Objects.requireNonNull(rows, "rows == null");
    guard(() -> expenses += rows.writeTo(options, this::sheetRows, this::addTable));
  }

  /**
   * Adds the entities of one document without its tables (for callers that keep no {@link OcrDocument}).
   *
   * @see #add(String, OcrDocument, RuleResult, VerificationReport)
   */
  public void add(String source, RuleResult result, @Nullable VerificationReport verification) {
    guard(() -> expenses += entities.add(source, result, verification));
  }

  /**
   * Records an input that could not be used, or was used with a warning, on the {@code Failures} sheet.
   *
   * <pre>{@code
   * out.addFailure("broken.json", "read", "not JSON: unexpected end of input at $.images[0]");
   * }</pre>
   *
   * @param file the input's name
   * @param stage where it failed, e.g. {@code read}, {@code map}, {@code pdf}
   * @param reason one line saying why
   * @throws IllegalStateException if closed or an earlier add failed
   */
  public void addFailure(String file, String stage, String reason) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(stage, "stage == null");
    Objects.requireNonNull(reason, "reason == null");
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (failed) {
      throw new IllegalStateException("an earlier add failed or the writer was aborted");
    }
    SheetWriter sheet = sheet(ExcelSheet.FAILURES);
    if (sheet != null) {
      Row row = sheet.row();
      sheet.text(row, Failures.FILE, file);
      sheet.text(row, Failures.STAGE, stage);
      sheet.text(row, Failures.REASON, reason);
    }
  }

  /**
   * Adds a batch's compliance report as the {@code Evidence}, {@code Duplicates} and {@code Reconciliation}
   * sheets; call it once, after the batch's documents.
   *
   * <pre>{@code
   * out.addCompliance(engine.checkBatch(batch.claims(), statement.rows()));
   * }</pre>
   *
   * @throws IllegalStateException if closed or an earlier add failed
   */
  public void addCompliance(ComplianceReport report) {
    Objects.requireNonNull(report, "report == null");
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (failed) {
      throw new IllegalStateException("an earlier add failed or the writer was aborted");
    }
    try {
      ComplianceSheets.write(report, this::sheet, options.maskPersonalNumbers());
    } catch (RuntimeException | Error e) {
      failed = true;
      throw e;
    }
  }

  /** Data rows written to {@code sheet} so far (header not counted); for {@link ExcelSheet#TABLES}, sheets. */
  public int rows(ExcelSheet sheet) {
    if (sheet == ExcelSheet.TABLES) {
      return tableSheets;
    }
    SheetWriter writer = sheets.get(sheet);
    return writer == null ? 0 : writer.dataRows();
  }

  /** Gives up: {@link #close()} will write nothing and leave the target as it was. */
  public void abort() {
    failed = true;
  }

  /**
   * Writes the workbook to a temporary file beside the target and moves it into place, unless an {@code
   * add} failed or {@link #abort()} was called; deletes every temporary file either way. Idempotent.
   *
   * @throws IOException if the workbook cannot be written or moved; the target is then left as it was
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (failed) {
      discard();
      return;
    }
    try {
      int position = 0;
      for (ExcelSheet kind : ExcelSheet.values()) {
        SheetWriter writer = sheets.get(kind);
        if (writer != null) {
          writer.finish();
          workbook.setSheetOrder(writer.name(), position++);
        }
      }
      workbook.setActiveSheet(0);
      workbook.write(output.stream());
      output.commit();
    } finally {
      discard();
    }
  }

  private void discard() throws IOException {
    try {
      workbook.close(); // also deletes SXSSF's temporary sheet files
    } finally {
      output.close();
    }
  }

  private void guard(Runnable step) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (failed) {
      throw new IllegalStateException("an earlier add failed or the writer was aborted");
    }
    try {
      step.run();
      documents++;
    } catch (RuntimeException | Error e) {
      failed = true;
      throw e;
    }
  }

  private @Nullable SheetWriter sheet(ExcelSheet kind) {
    if (!options.has(kind)) {
      return null;
    }
    return sheets.computeIfAbsent(kind,
        k -> new SheetWriter(workbook, k.sheetName(), columns(k, options), styles));
  }

  /** The rows of a sheet for {@link EntityRows}, or {@code null} when the options leave it out. */
  private @Nullable SheetRows sheetRows(ExcelSheet kind) {
    SheetRows existing = sheetRows.get(kind);
    if (existing != null) {
      return existing;
    }
    SheetWriter writer = sheet(kind);
    if (writer == null) {
      return null;
    }
    SheetRows made = new WorkbookSheetRows(writer);
    sheetRows.put(kind, made);
    return made;
  }

  /** The columns of an entity sheet with {@code options}. */
  static List<? extends Column> columns(ExcelSheet kind, ExcelOptions options) {
    return switch (kind) {
      case EXPENSES -> {
        List<Expenses> columns = List.of(Expenses.values());
        // Items total and Difference are formulas over the Items sheet: only with it.
        yield options.has(ExcelSheet.ITEMS) ? columns : columns.subList(0, Expenses.ITEMS_TOTAL.ordinal());
      }
      case ITEMS -> List.of(Items.values());
      case VIOLATIONS -> List.of(Violations.values());
      case REVIEW -> List.of(Review.values());
      case VENDORS -> List.of(Vendors.values());
      case CONTACTS -> List.of(Contacts.values());
      case IDENTITY_DOCUMENTS -> List.of(IdentityDocuments.values());
      case CARDS -> List.of(Cards.values());
      case MEDICAL_BILLS -> List.of(MedicalBills.values());
      case EVIDENCE -> List.of(SheetColumns.Evidence.values());
      case DUPLICATES -> List.of(SheetColumns.Duplicates.values());
      case RECONCILIATION -> List.of(SheetColumns.Reconciliation.values());
      case FAILURES -> List.of(Failures.values());
      case TABLES -> throw new IllegalArgumentException("tables have no fixed columns");
    };
  }

  private void addTables(List<PageTable> tables) {
    for (PageTable table : tables) {
      TableGrid grid = table.grid();
      addTable(table.page(), table.index(), grid.rowCount(), grid.columnCount(), grid.headerRows(), grid.cells());
    }
  }

  private void addTable(int page, int index, int rowCount, int columnCount, int headerRows, List<GridCell> cells) {
    String base = SheetNames.table(page, index);
    String name = names.unique(documents == 0 ? base : "d" + (documents + 1) + " " + base);
    SXSSFSheet sheet = workbook.createSheet(name);
    TableSheet.write(sheet, rowCount, columnCount, headerRows, cells, styles);
    tableSheets++;
  }

  /**
   * An entity sheet's rows written into this workbook: a document's expense numbers follow the expenses added
   * before it, formulas refer to their own row.
   */
  private final class WorkbookSheetRows implements SheetRows {
    private final SheetWriter sheet;
    private @Nullable Row row;
    private int excelRow;

    WorkbookSheetRows(SheetWriter sheet) {
      this.sheet = sheet;
    }

    @Override
    public void row() {
      excelRow = sheet.nextExcelRow();
      row = sheet.row();
    }

    private Row current() {
      Row current = row;
      if (current == null) {
        throw new IllegalStateException("a cell before any row of " + sheet.name());
      }
      return current;
    }

    @Override
    public void putText(Column column, String value) {
      sheet.text(current(), column, value);
    }

    @Override
    public void integer(Column column, long value) {
      sheet.integer(current(), column, value);
    }

    @Override
    public void expenseNumber(Column column, int number) {
      sheet.integer(current(), column, (long) expenses + number);
    }

    @Override
    public void putNumber(Column column, double value) {
      sheet.number(current(), column, value);
    }

    @Override
    public void putMoney(Column column, double amount, Currency currency) {
      sheet.money(current(), column, amount, currency);
    }

    @Override
    public void putDate(Column column, LocalDate value) {
      sheet.date(current(), column, value);
    }

    @Override
    public void month(Column column, LocalDate value) {
      sheet.month(current(), column, value);
    }

    @Override
    public void putTime(Column column, long nanoOfDay) {
      sheet.time(current(), column, nanoOfDay);
    }

    @Override
    public void itemsTotal(double cached, Currency currency) {
      sheet.formula(current(), Expenses.ITEMS_TOTAL, itemsTotalFormula(excelRow), cached, styles.money(currency));
    }

    @Override
    public void difference(double cached, Currency currency) {
      sheet.formula(current(), Expenses.DIFFERENCE, differenceFormula(excelRow), cached, styles.money(currency));
    }
  }

  /**
   * {@code SUMIF(Items!$A:$A,A2,Items!$F:$F)}: the amounts of the items whose expense number is this row's.
   *
   * @param excelRow the 1-based row of the expense
   */
  static String itemsTotalFormula(int excelRow) {
    return "SUMIF(" + Items.EXPENSE_NO.wholeColumnOn(ExcelSheet.ITEMS) + "," + Expenses.NO.cell(excelRow) + ","
        + Items.AMOUNT.wholeColumnOn(ExcelSheet.ITEMS) + ")";
  }

  /** {@code L2-R2}: the printed total minus the items total, in the 1-based {@code excelRow}. */
  static String differenceFormula(int excelRow) {
    return Expenses.TOTAL.cell(excelRow) + "-" + Expenses.ITEMS_TOTAL.cell(excelRow);
  }

  static String status(@Nullable VerificationReport report) {
    if (report == null) {
      return "not verified";
    }
    if (report.valid()) {
      return "valid";
    }
    Set<String> checks = new LinkedHashSet<>();
    for (Finding f : report.failures()) {
      checks.add(f.check().id());
    }
    return "failed: " + String.join(", ", checks);
  }
}
