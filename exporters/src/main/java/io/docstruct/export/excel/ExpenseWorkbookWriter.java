package io.docstruct.export.excel;

import io.docstruct.document.OcrDocument;
import io.docstruct.export.AtomicOutput;
import io.docstruct.privacy.Masking;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.rules.entity.Source;
import io.docstruct.rules.entity.Vendor;
import io.docstruct.table.PageTable;
import io.docstruct.table.TableGrids;
import io.docstruct.verify.Finding;
import io.docstruct.verify.VerificationReport;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *   <li>{@code Vendors}, {@code Contacts}, {@code Identity documents}, {@code Cards}, {@code Medical bills}:
 *       one row per entity, created when the first one arrives.
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
  private static final List<Column> EXPENSE_COLUMNS =
      List.of(
          Column.of("No.", 7),
          Column.of("Source", 24),
          Column.of("Page", 6),
          Column.of("Merchant", 24),
          Column.of("Business number", 15),
          Column.of("Date", 11),
          Column.of("Time", 9),
          Column.of("Supply amount", 14),
          Column.of("VAT", 11),
          Column.of("Tax-free", 11),
          Column.of("Discount", 11),
          Column.of("Total", 14),
          Column.of("Card company", 14),
          Column.of("Card number", 21),
          Column.of("Approval number", 16),
          Column.of("Category", 12),
          Column.of("Verification", 24));
  private static final List<Column> ITEMS_TOTAL_COLUMNS =
      List.of(Column.of("Items total", 14), Column.of("Difference", 12));
  private static final List<Column> ITEM_COLUMNS =
      List.of(
          Column.of("Expense No.", 11),
          Column.of("Line", 6),
          Column.of("Name", 30),
          Column.of("Quantity", 9),
          Column.of("Unit price", 12),
          Column.of("Amount", 12));
  private static final List<Column> VIOLATION_COLUMNS =
      List.of(
          Column.of("Source", 24),
          Column.of("Rule", 36),
          Column.of("Severity", 10),
          Column.of("Field", 20),
          Column.of("Message", 70));
  private static final List<Column> VENDOR_COLUMNS =
      List.of(
          Column.of("Source", 24),
          Column.of("Page", 6),
          Column.of("Registration number", 15),
          Column.of("Business type", 16),
          Column.of("Tax type", 12),
          Column.of("Company", 24),
          Column.of("Corporation", 24),
          Column.of("Corporation number", 16),
          Column.of("Representative", 14),
          Column.of("Birth date", 11),
          Column.of("Resident number", 16),
          Column.of("Opened", 11),
          Column.of("Issued", 11),
          Column.of("Business address", 40),
          Column.of("Head office", 40),
          Column.of("Business types", 24),
          Column.of("Business items", 24));
  private static final List<Column> CONTACT_COLUMNS =
      List.of(
          Column.of("Source", 24),
          Column.of("Page", 6),
          Column.of("Name", 14),
          Column.of("Company", 24),
          Column.of("Department", 18),
          Column.of("Position", 14),
          Column.of("Mobile", 16),
          Column.of("Phone", 16),
          Column.of("Fax", 16),
          Column.of("Email", 26),
          Column.of("Homepage", 24),
          Column.of("Address", 40));
  private static final List<Column> IDENTITY_COLUMNS =
      List.of(
          Column.of("Source", 24),
          Column.of("Page", 6),
          Column.of("Kind", 26),
          Column.of("Name", 14),
          Column.of("Personal number", 16),
          Column.of("Document number", 16),
          Column.of("Birth date", 11),
          Column.of("Sex", 8),
          Column.of("Issued", 11),
          Column.of("Expires", 11),
          Column.of("Nationality", 11),
          Column.of("MRZ", 12));
  private static final List<Column> CARD_COLUMNS =
      List.of(
          Column.of("Source", 24),
          Column.of("Page", 6),
          Column.of("Brand", 16),
          Column.of("Card number", 21),
          Column.of("Expires", 9),
          Column.of("Holder", 20));
  private static final List<Column> MEDICAL_COLUMNS =
      List.of(
          Column.of("Source", 24),
          Column.of("Page", 6),
          Column.of("Patient share", 14),
          Column.of("Insurer share", 14),
          Column.of("Patient full share", 16),
          Column.of("Non-covered", 14),
          Column.of("Total", 14),
          Column.of("Patient total", 14),
          Column.of("Items", 7));
  private static final List<Column> FAILURE_COLUMNS =
      List.of(Column.of("File", 30), Column.of("Stage", 10), Column.of("Reason", 80));
  /** Column indexes of the Expenses sheet used by formulas. */
  private static final int TOTAL = 11;
  private static final int ITEMS_TOTAL = 17;
  private static final String YEAR_MONTH_FORMAT = "yyyy-mm";

  private final ExcelOptions options;
  private final AtomicOutput output;
  private final SXSSFWorkbook workbook;
  private final StyleCache styles;
  private final SheetNames names = new SheetNames();
  private final Map<ExcelSheet, SheetWriter> sheets = new EnumMap<>(ExcelSheet.class);
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
      addEntities(source, result, verification);
      if (options.has(ExcelSheet.TABLES)) {
        addTables(TableGrids.of(document));
      }
    });
  }

  /**
   * Adds the entities of one document without its tables (for callers that keep no {@link OcrDocument}).
   *
   * @see #add(String, OcrDocument, RuleResult, VerificationReport)
   */
  public void add(String source, RuleResult result, @Nullable VerificationReport verification) {
    guard(() -> addEntities(source, result, verification));
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
      sheet.text(row, 0, file);
      sheet.text(row, 1, stage);
      sheet.text(row, 2, reason);
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
    return sheets.computeIfAbsent(kind, k -> new SheetWriter(workbook, k.sheetName(), columns(k), styles));
  }

  private List<Column> columns(ExcelSheet kind) {
    return switch (kind) {
      case EXPENSES -> {
        List<Column> columns = new ArrayList<>(EXPENSE_COLUMNS);
        if (options.has(ExcelSheet.ITEMS)) {
          columns.addAll(ITEMS_TOTAL_COLUMNS);
        }
        yield columns;
      }
      case ITEMS -> ITEM_COLUMNS;
      case VIOLATIONS -> VIOLATION_COLUMNS;
      case VENDORS -> VENDOR_COLUMNS;
      case CONTACTS -> CONTACT_COLUMNS;
      case IDENTITY_DOCUMENTS -> IDENTITY_COLUMNS;
      case CARDS -> CARD_COLUMNS;
      case MEDICAL_BILLS -> MEDICAL_COLUMNS;
      case FAILURES -> FAILURE_COLUMNS;
      case TABLES -> throw new IllegalArgumentException("tables have no fixed columns");
    };
  }

  private void addEntities(String source, RuleResult result, @Nullable VerificationReport verification) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(result, "result == null");
    String status = status(verification);
    for (Expense expense : result.expenses()) {
      addExpense(source, expense, status);
    }
    SheetWriter violations = sheet(ExcelSheet.VIOLATIONS);
    if (violations != null) {
      for (Violation v : result.violations()) {
        Row row = violations.row();
        violations.text(row, 0, source);
        violations.text(row, 1, v.rule());
        violations.text(row, 2, v.severity().name());
        violations.text(row, 3, v.field());
        violations.text(row, 4, v.message());
      }
    }
    each(result.vendors(), ExcelSheet.VENDORS, (w, row, v) -> vendor(w, row, source, v));
    each(result.contacts(), ExcelSheet.CONTACTS, (w, row, c) -> contact(w, row, source, c));
    each(result.identityDocuments(), ExcelSheet.IDENTITY_DOCUMENTS, (w, row, d) -> identity(w, row, source, d));
    each(result.cards(), ExcelSheet.CARDS, (w, row, c) -> card(w, row, source, c));
    each(result.medicalBills(), ExcelSheet.MEDICAL_BILLS, (w, row, m) -> medical(w, row, source, m));
  }

  private interface RowFiller<T> {
    void fill(SheetWriter writer, Row row, T entity);
  }

  private <T> void each(List<T> entities, ExcelSheet kind, RowFiller<T> filler) {
    if (entities.isEmpty()) {
      return;
    }
    SheetWriter writer = sheet(kind);
    if (writer == null) {
      return;
    }
    for (T entity : entities) {
      filler.fill(writer, writer.row(), entity);
    }
  }

  private void addExpense(String source, Expense e, String status) {
    SheetWriter sheet = sheet(ExcelSheet.EXPENSES);
    SheetWriter items = sheet(ExcelSheet.ITEMS);
    if (sheet == null && items == null) {
      return;
    }
    int number = ++expenses;
    if (sheet != null) {
      int excelRow = sheet.nextExcelRow();
      Row row = sheet.row();
      sheet.integer(row, 0, number);
      sheet.text(row, 1, source);
      sheet.integer(row, 2, e.source().page() + 1L);
      sheet.text(row, 3, e.merchant().name());
      sheet.text(row, 4, businessNumber(e));
      sheet.date(row, 5, e.date());
      sheet.time(row, 6, e.time());
      sheet.money(row, 7, e.supplyAmount());
      sheet.money(row, 8, e.vat());
      sheet.money(row, 9, e.taxFreeAmount());
      sheet.money(row, 10, e.discount());
      sheet.money(row, TOTAL, e.total());
      Payment p = e.payment();
      if (p != null) {
        sheet.text(row, 12, p.cardCompany());
        sheet.text(row, 13, mask(p.maskedCardNumber(), Masking.Style.CARD));
        sheet.text(row, 14, p.approvalNumber());
      }
      sheet.text(row, 15, e.category() == null ? null : e.category().name());
      sheet.text(row, 16, status);
      if (items != null) {
        Money sum = e.itemsSum();
        Currency currency = sum.currency();
        sheet.formula(
            row, ITEMS_TOTAL, "SUMIF(Items!$A:$A,A" + excelRow + ",Items!$F:$F)",
            sum.amount().doubleValue(), styles.money(currency));
        Money total = e.total();
        if (total != null && !e.items().isEmpty() && total.currency().equals(currency)) {
          sheet.formula(
              row, ITEMS_TOTAL + 1, "L" + excelRow + "-R" + excelRow,
              total.amount().subtract(sum.amount()).doubleValue(), styles.money(currency));
        }
      }
    }
    if (items != null) {
      int line = 0;
      for (LineItem item : e.items()) {
        Row row = items.row();
        items.integer(row, 0, number);
        items.integer(row, 1, ++line);
        items.text(row, 2, item.name());
        items.number(row, 3, item.quantity());
        items.money(row, 4, item.unitPrice());
        items.money(row, 5, item.amount());
      }
    }
  }

  private static @Nullable String businessNumber(Expense e) {
    if (e.merchant().businessNumber() != null) {
      return e.merchant().businessNumber().value();
    }
    return e.merchant().printedBusinessNumber();
  }

  private void vendor(SheetWriter w, Row row, String source, Vendor v) {
    w.text(row, 0, source);
    w.integer(row, 1, v.source().page() + 1L);
    w.text(row, 2, v.registrationNumber() != null ? v.registrationNumber().value() : v.printedRegistrationNumber());
    w.text(row, 3, v.registrationNumber() == null ? null : v.businessType().label());
    w.text(row, 4, v.taxType());
    w.text(row, 5, v.companyName());
    w.text(row, 6, v.corporationName());
    w.text(row, 7, v.corporationRegistrationNumber());
    w.text(row, 8, v.representative());
    w.date(row, 9, v.representativeBirthDate());
    w.text(row, 10, personal(v.residentNumber(), v.maskedResidentNumber(), Masking.Style.RESIDENT));
    w.date(row, 11, v.openDate());
    w.date(row, 12, v.issueDate());
    w.text(row, 13, v.businessAddress());
    w.text(row, 14, v.headOfficeAddress());
    w.text(row, 15, joined(v.businessTypes()));
    w.text(row, 16, joined(v.businessItems()));
  }

  private void contact(SheetWriter w, Row row, String source, Contact c) {
    w.text(row, 0, source);
    w.integer(row, 1, c.source().page() + 1L);
    w.text(row, 2, c.name());
    w.text(row, 3, c.company());
    w.text(row, 4, c.department());
    w.text(row, 5, c.position());
    w.text(row, 6, joined(c.mobiles()));
    w.text(row, 7, joined(c.phones()));
    w.text(row, 8, joined(c.faxes()));
    w.text(row, 9, joined(c.emails()));
    w.text(row, 10, joined(c.homepages()));
    w.text(row, 11, c.address());
  }

  private void identity(SheetWriter w, Row row, String source, IdentityDocument d) {
    w.text(row, 0, source);
    w.integer(row, 1, d.source().page() + 1L);
    w.text(row, 2, d.kind().name());
    w.text(row, 3, d.name());
    w.text(row, 4, personal(d.personalNumber(), d.maskedNumber(), Masking.Style.RESIDENT));
    w.text(row, 5, d.documentNumber());
    w.date(row, 6, d.birthDate());
    w.text(row, 7, d.sex() == null ? null : d.sex().name());
    w.date(row, 8, d.issueDate());
    w.date(row, 9, d.expiryDate());
    w.text(row, 10, d.nationality());
    w.text(row, 11, d.mrzVerdict() == null ? null : d.mrzVerdict().name());
  }

  private void card(SheetWriter w, Row row, String source, CardInfo c) {
    w.text(row, 0, source);
    w.integer(row, 1, c.source().page() + 1L);
    w.text(row, 2, c.brand().name());
    w.text(row, 3, personal(c.number(), c.maskedNumber(), Masking.Style.CARD));
    if (c.expiry() != null) {
      w.date(row, 4, c.expiry().atDay(1));
      row.getCell(4).setCellStyle(styles.format(YEAR_MONTH_FORMAT));
    }
    w.text(row, 5, c.holder());
  }

  private void medical(SheetWriter w, Row row, String source, MedicalBill m) {
    w.text(row, 0, source);
    w.integer(row, 1, m.source().page() + 1L);
    w.money(row, 2, m.patientShare());
    w.money(row, 3, m.insurerShare());
    w.money(row, 4, m.patientFullShare());
    w.money(row, 5, m.nonCovered());
    w.money(row, 6, m.totalAmount());
    w.money(row, 7, m.patientTotal());
    w.integer(row, 8, m.items().size());
  }

  private void addTables(List<PageTable> tables) {
    for (PageTable table : tables) {
      String base = SheetNames.table(table.page(), table.index());
      String name = names.unique(documents == 0 ? base : "d" + (documents + 1) + " " + base);
      SXSSFSheet sheet = workbook.createSheet(name);
      TableSheet.write(sheet, table.grid(), styles);
      tableSheets++;
    }
  }

  /** A personal number: the full one only when masking is off, else masked (whichever was given). */
  private @Nullable String personal(@Nullable String full, @Nullable String masked, Masking.Style style) {
    if (!options.maskPersonalNumbers()) {
      return full != null ? full : masked;
    }
    return mask(masked != null ? masked : full, style);
  }

  private @Nullable String mask(@Nullable String value, Masking.Style style) {
    return value == null || !options.maskPersonalNumbers() ? value : style.apply(value);
  }

  private static @Nullable String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(", ", values);
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
