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
import io.docstruct.geometry.Box;
import io.docstruct.privacy.Masking;
import io.docstruct.receipt.Evidence;
import io.docstruct.receipt.EvidenceWord;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.Violation;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.FieldEvidence;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
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
  private static final String YEAR_MONTH_FORMAT = "yyyy-mm";
  /** Fields read from words of a lower confidence go on the Review sheet. */
  public static final double REVIEW_CONFIDENCE = 0.8;

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
    return sheets.computeIfAbsent(kind, k -> new SheetWriter(workbook, k.sheetName(), columns(k), styles));
  }

  private List<? extends Column> columns(ExcelSheet kind) {
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
        violations.text(row, Violations.SOURCE, source);
        violations.text(row, Violations.RULE, v.rule());
        violations.text(row, Violations.SEVERITY, v.severity().name());
        violations.text(row, Violations.FIELD, v.field());
        violations.text(row, Violations.MESSAGE, v.message());
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
      sheet.integer(row, Expenses.NO, number);
      sheet.text(row, Expenses.SOURCE, source);
      sheet.integer(row, Expenses.PAGE, e.source().page() + 1L);
      sheet.text(row, Expenses.MERCHANT, e.merchant().name());
      sheet.text(row, Expenses.BUSINESS_NUMBER, businessNumber(e));
      sheet.date(row, Expenses.DATE, e.date());
      sheet.time(row, Expenses.TIME, e.time());
      sheet.money(row, Expenses.SUPPLY_AMOUNT, e.supplyAmount());
      sheet.money(row, Expenses.VAT, e.vat());
      sheet.money(row, Expenses.TAX_FREE, e.taxFreeAmount());
      sheet.money(row, Expenses.DISCOUNT, e.discount());
      sheet.money(row, Expenses.TOTAL, e.total());
      Payment p = e.payment();
      if (p != null) {
        sheet.text(row, Expenses.CARD_COMPANY, p.cardCompany());
        sheet.text(row, Expenses.CARD_NUMBER, mask(p.maskedCardNumber(), Masking.Style.CARD));
        sheet.text(row, Expenses.APPROVAL_NUMBER, p.approvalNumber());
      }
      sheet.text(row, Expenses.CATEGORY, e.category() == null ? null : e.category().name());
      sheet.text(row, Expenses.VERIFICATION, status);
      if (items != null) {
        Money sum = e.itemsSum();
        Currency currency = sum.currency();
        sheet.formula(row, Expenses.ITEMS_TOTAL, itemsTotalFormula(excelRow), sum.amount().doubleValue(),
            styles.money(currency));
        Money total = e.total();
        if (total != null && !e.items().isEmpty() && total.currency().equals(currency)) {
          sheet.formula(row, Expenses.DIFFERENCE, differenceFormula(excelRow),
              total.amount().subtract(sum.amount()).doubleValue(), styles.money(currency));
        }
      }
    }
    addReview(number, source, e);
    if (items != null) {
      int line = 0;
      for (LineItem item : e.items()) {
        Row row = items.row();
        items.integer(row, Items.EXPENSE_NO, number);
        items.integer(row, Items.LINE, ++line);
        items.text(row, Items.NAME, item.name());
        items.number(row, Items.QUANTITY, item.quantity());
        items.money(row, Items.UNIT_PRICE, item.unitPrice());
        items.money(row, Items.AMOUNT, item.amount());
      }
    }
  }

  /** The fields of a receipt read from words that a reviewer should look at, on the Review sheet. */
  private void addReview(int number, String source, Expense e) {
    if (e.evidence().isEmpty() || !options.has(ExcelSheet.REVIEW)) {
      return;
    }
    for (FieldEvidence f : e.evidence()) {
      Evidence why = f.evidence();
      Double confidence = why.confidence();
      boolean low = confidence != null && confidence < REVIEW_CONFIDENCE;
      if (!low && !f.ruleChosen()) {
        continue;
      }
      SheetWriter sheet = sheet(ExcelSheet.REVIEW);
      if (sheet == null) {
        return;
      }
      Row row = sheet.row();
      sheet.integer(row, Review.EXPENSE_NO, number);
      sheet.text(row, Review.SOURCE, source);
      sheet.text(row, Review.FIELD, f.field());
      sheet.text(row, Review.VALUE, options.maskPersonalNumbers() ? Masking.numbersIn(f.value()) : f.value());
      sheet.text(row, Review.WHY, low && f.ruleChosen() ? "chosen by a rule, low confidence"
          : low ? "low confidence" : "chosen by a rule, not a printed label");
      sheet.text(row, Review.RULE, why.rule());
      sheet.text(row, Review.LABEL, why.label());
      sheet.number(row, Review.CONFIDENCE,
          confidence == null ? null : BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP));
      sheet.integer(row, Review.PAGE, why.page() + 1L);
      Box box = why.bounds();
      if (box != null) {
        sheet.integer(row, Review.LEFT, Math.round(box.left()));
        sheet.integer(row, Review.TOP, Math.round(box.top()));
        sheet.integer(row, Review.RIGHT, Math.round(box.right()));
        sheet.integer(row, Review.BOTTOM, Math.round(box.bottom()));
      }
      StringBuilder words = new StringBuilder();
      for (EvidenceWord w : why.words()) {
        words.append(words.length() == 0 ? "" : " ").append(w.text());
      }
      sheet.text(row, Review.WORDS, words.toString());
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

  private static @Nullable String businessNumber(Expense e) {
    if (e.merchant().businessNumber() != null) {
      return e.merchant().businessNumber().value();
    }
    return e.merchant().printedBusinessNumber();
  }

  private void vendor(SheetWriter w, Row row, String source, Vendor v) {
    w.text(row, Vendors.SOURCE, source);
    w.integer(row, Vendors.PAGE, v.source().page() + 1L);
    w.text(row, Vendors.REGISTRATION_NUMBER,
        v.registrationNumber() != null ? v.registrationNumber().value() : v.printedRegistrationNumber());
    w.text(row, Vendors.BUSINESS_TYPE, v.registrationNumber() == null ? null : v.businessType().label());
    w.text(row, Vendors.TAX_TYPE, v.taxType());
    w.text(row, Vendors.COMPANY, v.companyName());
    w.text(row, Vendors.CORPORATION, v.corporationName());
    w.text(row, Vendors.CORPORATION_NUMBER, v.corporationRegistrationNumber());
    w.text(row, Vendors.REPRESENTATIVE, v.representative());
    w.date(row, Vendors.BIRTH_DATE, v.representativeBirthDate());
    w.text(row, Vendors.RESIDENT_NUMBER,
        personal(v.residentNumber(), v.maskedResidentNumber(), Masking.Style.RESIDENT));
    w.date(row, Vendors.OPENED, v.openDate());
    w.date(row, Vendors.ISSUED, v.issueDate());
    w.text(row, Vendors.BUSINESS_ADDRESS, v.businessAddress());
    w.text(row, Vendors.HEAD_OFFICE, v.headOfficeAddress());
    w.text(row, Vendors.BUSINESS_TYPES, joined(v.businessTypes()));
    w.text(row, Vendors.BUSINESS_ITEMS, joined(v.businessItems()));
  }

  private void contact(SheetWriter w, Row row, String source, Contact c) {
    w.text(row, Contacts.SOURCE, source);
    w.integer(row, Contacts.PAGE, c.source().page() + 1L);
    w.text(row, Contacts.NAME, c.name());
    w.text(row, Contacts.COMPANY, c.company());
    w.text(row, Contacts.DEPARTMENT, c.department());
    w.text(row, Contacts.POSITION, c.position());
    w.text(row, Contacts.MOBILE, joined(c.mobiles()));
    w.text(row, Contacts.PHONE, joined(c.phones()));
    w.text(row, Contacts.FAX, joined(c.faxes()));
    w.text(row, Contacts.EMAIL, joined(c.emails()));
    w.text(row, Contacts.HOMEPAGE, joined(c.homepages()));
    w.text(row, Contacts.ADDRESS, c.address());
  }

  private void identity(SheetWriter w, Row row, String source, IdentityDocument d) {
    w.text(row, IdentityDocuments.SOURCE, source);
    w.integer(row, IdentityDocuments.PAGE, d.source().page() + 1L);
    w.text(row, IdentityDocuments.KIND, d.kind().name());
    w.text(row, IdentityDocuments.NAME, d.name());
    w.text(row, IdentityDocuments.PERSONAL_NUMBER,
        personal(d.personalNumber(), d.maskedNumber(), Masking.Style.RESIDENT));
    w.text(row, IdentityDocuments.DOCUMENT_NUMBER, d.documentNumber());
    w.date(row, IdentityDocuments.BIRTH_DATE, d.birthDate());
    w.text(row, IdentityDocuments.SEX, d.sex() == null ? null : d.sex().name());
    w.date(row, IdentityDocuments.ISSUED, d.issueDate());
    w.date(row, IdentityDocuments.EXPIRES, d.expiryDate());
    w.text(row, IdentityDocuments.NATIONALITY, d.nationality());
    w.text(row, IdentityDocuments.MRZ, d.mrzVerdict() == null ? null : d.mrzVerdict().name());
  }

  private void card(SheetWriter w, Row row, String source, CardInfo c) {
    w.text(row, Cards.SOURCE, source);
    w.integer(row, Cards.PAGE, c.source().page() + 1L);
    w.text(row, Cards.BRAND, c.brand().name());
    w.text(row, Cards.CARD_NUMBER, personal(c.number(), c.maskedNumber(), Masking.Style.CARD));
    if (c.expiry() != null) {
      w.date(row, Cards.EXPIRES, c.expiry().atDay(1));
      row.getCell(Cards.EXPIRES.ordinal()).setCellStyle(styles.format(YEAR_MONTH_FORMAT));
    }
    w.text(row, Cards.HOLDER, c.holder());
  }

  private void medical(SheetWriter w, Row row, String source, MedicalBill m) {
    w.text(row, MedicalBills.SOURCE, source);
    w.integer(row, MedicalBills.PAGE, m.source().page() + 1L);
    w.money(row, MedicalBills.PATIENT_SHARE, m.patientShare());
    w.money(row, MedicalBills.INSURER_SHARE, m.insurerShare());
    w.money(row, MedicalBills.PATIENT_FULL_SHARE, m.patientFullShare());
    w.money(row, MedicalBills.NON_COVERED, m.nonCovered());
    w.money(row, MedicalBills.TOTAL, m.totalAmount());
    w.money(row, MedicalBills.PATIENT_TOTAL, m.patientTotal());
    w.integer(row, MedicalBills.ITEMS, m.items().size());
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
