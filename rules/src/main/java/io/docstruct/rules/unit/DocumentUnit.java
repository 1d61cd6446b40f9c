package io.docstruct.rules.unit;

import io.docstruct.rules.CategoryKeywords;
import io.docstruct.rules.ExpenseFields;
import io.docstruct.document.FailedPage;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.Vendor;
import java.time.LocalDate;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import org.jspecify.annotations.Nullable;

/**
 * The rule unit every built-in and user rule belongs to ({@code unit DocumentUnit;}). Its stores and
 * variables, as DRL names them:
 *
 * <ul>
 *   <li>{@code /pages} — {@link PageFact}s of the document's recognised pages (input);
 *   <li>{@code /failedPages} — {@link FailedPage}s, the pages the OCR service could not read (input);
 *   <li>{@code /findings} — {@link VerificationFact}s (input, may be empty);
 *   <li>{@code /expenses}, {@code /vendors}, {@code /contacts}, {@code /identityDocuments}, {@code /cards},
 *       {@code /medicalBills} — entities the mapping rules added;
 *   <li>{@code results} ({@link RuleOutput}) — add entities, categorise, raise violations;
 *   <li>{@code mapper} ({@link EntityMapper}) — builds entities from fields;
 *   <li>{@code keywords} ({@link CategoryKeywords}) — the category keyword table;
 *   <li>{@code today} — the evaluation date from the engine's clock;
 *   <li>{@code /receiptLabels} — the {@link ReceiptLabelTable} of keywords receipts read from words are
 *       understood by: it holds a table only while the engine reads the labels, once, when it is built, so a
 *       rule {@code when $labels : /receiptLabels then $labels.add(…)} fires then and never on a document;
 *   <li>{@code /categoryKeywords} — the {@link CategoryKeywordTable} the rules fill at the same time, once, when
 *       the engine is built ({@code $keywords.add("식비", "샐러드")}); it becomes {@code keywords};
 *   <li>{@code /expenseFields} — the {@link ExpenseFieldTable} of which field becomes which expense property,
 *       filled at the same time ({@code $fields.map("template", "total", "공급가액합계")}); it becomes {@code
 *       fieldMapping} ({@link ExpenseFields}), which the mapping rules pass to {@code mapper}.
 * </ul>
 *
 * <p>A user DRL file starts with:
 *
 * <pre>{@code
 * package io.docstruct.rules.unit;
 * unit DocumentUnit;
 * import io.docstruct.verify.Severity;
 * }</pre>
 *
 * <p>One instance per evaluation; {@link io.docstruct.rules.RuleEngine} creates it.
 */
public final class DocumentUnit implements RuleUnitData {
  private final DataStore<PageFact> pages = DataSource.createStore();
  private final DataStore<FailedPage> failedPages = DataSource.createStore();
  private final DataStore<VerificationFact> findings = DataSource.createStore();
  private final DataStore<Expense> expenses = DataSource.createStore();
  private final DataStore<Vendor> vendors = DataSource.createStore();
  private final DataStore<Contact> contacts = DataSource.createStore();
  private final DataStore<IdentityDocument> identityDocuments = DataSource.createStore();
  private final DataStore<CardInfo> cards = DataSource.createStore();
  private final DataStore<MedicalBill> medicalBills = DataSource.createStore();
  private final DataStore<ReceiptLabelTable> receiptLabels = DataSource.createStore();
  private final DataStore<CategoryKeywordTable> categoryKeywords = DataSource.createStore();
  private final DataStore<ExpenseFieldTable> expenseFieldTables = DataSource.createStore();
  private final RuleOutput results = new RuleOutput(this);
  private final EntityMapper mapper;
  private final CategoryKeywords keywords;
  private final LocalDate today;
  private final @Nullable ExpenseFields expenseFields;

  /** For Drools' code generation only; the engine uses the other constructor. */
  public DocumentUnit() {
    this(EntityMapper.masking(), CategoryKeywords.empty(), LocalDate.of(2000, 1, 1));
  }

  /**
   * @param mapper builds entities (and decides whether personal numbers are revealed)
   * @param keywords the category keyword table
   * @param today the evaluation date
   */
  public DocumentUnit(EntityMapper mapper, CategoryKeywords keywords, LocalDate today) {
    this(mapper, keywords, today, null);
  }

  /**
   * @param mapper builds entities (and decides whether personal numbers are revealed)
   * @param keywords the category keyword table
   * @param today the evaluation date
   * @param expenseFields which field becomes which expense property; {@code null} for the built-in table
   */
  public DocumentUnit(EntityMapper mapper, CategoryKeywords keywords, LocalDate today,
      @Nullable ExpenseFields expenseFields) {
    this.mapper = mapper;
    this.keywords = keywords;
    this.today = today;
    this.expenseFields = expenseFields;
  }

  /** A unit without pages that collects the receipt labels, category keywords and expense fields the rules add. */
  static DocumentUnit collecting(ReceiptLabelTable labels, CategoryKeywordTable keywords, ExpenseFieldTable fields) {
    DocumentUnit unit = new DocumentUnit(
        EntityMapper.masking(), CategoryKeywords.empty(), LocalDate.of(2000, 1, 1), ExpenseFields.empty());
    unit.receiptLabels.add(labels);
    unit.categoryKeywords.add(keywords);
    unit.expenseFieldTables.add(fields);
    return unit;
  }

  /** Adds the document's pages and the verification findings. */
  public DocumentUnit with(List<PageFact> pageFacts, List<VerificationFact> verificationFacts) {
    pageFacts.forEach(pages::add);
    verificationFacts.forEach(findings::add);
    return this;
  }

  /** Adds the pages the OCR service could not read. */
  public DocumentUnit withFailedPages(List<FailedPage> failed) {
    failed.forEach(failedPages::add);
    return this;
  }

  public DataStore<PageFact> getPages() {
    return pages;
  }

  public DataStore<FailedPage> getFailedPages() {
    return failedPages;
  }

  public DataStore<VerificationFact> getFindings() {
    return findings;
  }

  public DataStore<Expense> getExpenses() {
    return expenses;
  }

  public DataStore<Vendor> getVendors() {
    return vendors;
  }

  public DataStore<Contact> getContacts() {
    return contacts;
  }

  public DataStore<IdentityDocument> getIdentityDocuments() {
    return identityDocuments;
  }

  public DataStore<CardInfo> getCards() {
    return cards;
  }

  public DataStore<MedicalBill> getMedicalBills() {
    return medicalBills;
  }

  public RuleOutput getResults() {
    return results;
  }

  public EntityMapper getMapper() {
    return mapper;
  }

  public CategoryKeywords getKeywords() {
    return keywords;
  }

  public LocalDate getToday() {
    return today;
  }

  public DataStore<ReceiptLabelTable> getReceiptLabels() {
    return receiptLabels;
  }

  public DataStore<CategoryKeywordTable> getCategoryKeywords() {
    return categoryKeywords;
  }

  /** The store {@code /expenseFields}: the table rules fill when the engine is built. */
  public DataStore<ExpenseFieldTable> getExpenseFields() {
    return expenseFieldTables;
  }

  /** The variable {@code fieldMapping}: which field becomes which expense property. */
  public ExpenseFields getFieldMapping() {
    return expenseFields != null ? expenseFields : ExpenseFields.defaults();
  }
}
