package io.docstruct.export.excel;

/**
 * The columns of every entity sheet, one enum per sheet in sheet order: the one definition the header row,
 * the cells and the formulas are written from (no column is named by a number or a letter elsewhere).
 *
 * <pre>{@code
 * SheetColumns.Expenses.TOTAL.letter();   // "L"
 * SheetColumns.Items.AMOUNT.wholeColumnOn(ExcelSheet.ITEMS);   // "Items!$F:$F"
 * }</pre>
 */
final class SheetColumns {
  private SheetColumns() {}

  /** {@link ExcelSheet#EXPENSES}; the last two only when the {@code Items} sheet is written. */
  enum Expenses implements Column {
    NO("No.", 7),
    SOURCE("Source", 24),
    PAGE("Page", 6),
    MERCHANT("Merchant", 24),
    BUSINESS_NUMBER("Business number", 15),
    DATE("Date", 11),
    TIME("Time", 9),
    SUPPLY_AMOUNT("Supply amount", 14),
    VAT("VAT", 11),
    TAX_FREE("Tax-free", 11),
    DISCOUNT("Discount", 11),
    TOTAL("Total", 14),
    CARD_COMPANY("Card company", 14),
    CARD_NUMBER("Card number", 21),
    APPROVAL_NUMBER("Approval number", 16),
    CATEGORY("Category", 12),
    VERIFICATION("Verification", 24),
    /** {@code =SUMIF(Items!$A:$A,A2,Items!$F:$F)}: the amounts of the items keyed to this row's No. */
    ITEMS_TOTAL("Items total", 14),
    /** {@code =L2-R2}: the total minus the items total. */
    DIFFERENCE("Difference", 12);

    private final String title;
    private final int width;

    Expenses(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#ITEMS}. */
  enum Items implements Column {
    /** The {@link Expenses#NO} of the item's receipt. */
    EXPENSE_NO("Expense No.", 11),
    LINE("Line", 6),
    NAME("Name", 30),
    QUANTITY("Quantity", 9),
    UNIT_PRICE("Unit price", 12),
    AMOUNT("Amount", 12);

    private final String title;
    private final int width;

    Items(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#REVIEW}. */
  enum Review implements Column {
    EXPENSE_NO("Expense No.", 12),
    SOURCE("Source", 24),
    FIELD("Field", 30),
    VALUE("Value", 30),
    WHY("Why to review", 28),
    RULE("Rule", 16),
    LABEL("Label", 16),
    CONFIDENCE("Confidence", 12),
    PAGE("Page", 6),
    LEFT("Left", 8),
    TOP("Top", 8),
    RIGHT("Right", 8),
    BOTTOM("Bottom", 8),
    WORDS("Words", 40);

    private final String title;
    private final int width;

    Review(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#VIOLATIONS}. */
  enum Violations implements Column {
    SOURCE("Source", 24),
    RULE("Rule", 36),
    SEVERITY("Severity", 10),
    FIELD("Field", 20),
    MESSAGE("Message", 70);

    private final String title;
    private final int width;

    Violations(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#VENDORS}. */
  enum Vendors implements Column {
    SOURCE("Source", 24),
    PAGE("Page", 6),
    REGISTRATION_NUMBER("Registration number", 15),
    BUSINESS_TYPE("Business type", 16),
    TAX_TYPE("Tax type", 12),
    COMPANY("Company", 24),
    CORPORATION("Corporation", 24),
    CORPORATION_NUMBER("Corporation number", 16),
    REPRESENTATIVE("Representative", 14),
    BIRTH_DATE("Birth date", 11),
    RESIDENT_NUMBER("Resident number", 16),
    OPENED("Opened", 11),
    ISSUED("Issued", 11),
    BUSINESS_ADDRESS("Business address", 40),
    HEAD_OFFICE("Head office", 40),
    BUSINESS_TYPES("Business types", 24),
    BUSINESS_ITEMS("Business items", 24);

    private final String title;
    private final int width;

    Vendors(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#CONTACTS}. */
  enum Contacts implements Column {
    SOURCE("Source", 24),
    PAGE("Page", 6),
    NAME("Name", 14),
    COMPANY("Company", 24),
    DEPARTMENT("Department", 18),
    POSITION("Position", 14),
    MOBILE("Mobile", 16),
    PHONE("Phone", 16),
    FAX("Fax", 16),
    EMAIL("Email", 26),
    HOMEPAGE("Homepage", 24),
    ADDRESS("Address", 40);

    private final String title;
    private final int width;

    Contacts(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#IDENTITY_DOCUMENTS}. */
  enum IdentityDocuments implements Column {
    SOURCE("Source", 24),
    PAGE("Page", 6),
    KIND("Kind", 26),
    NAME("Name", 14),
    PERSONAL_NUMBER("Personal number", 16),
    DOCUMENT_NUMBER("Document number", 16),
    BIRTH_DATE("Birth date", 11),
    SEX("Sex", 8),
    ISSUED("Issued", 11),
    EXPIRES("Expires", 11),
    NATIONALITY("Nationality", 11),
    MRZ("MRZ", 12);

    private final String title;
    private final int width;

    IdentityDocuments(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#CARDS}. */
  enum Cards implements Column {
    SOURCE("Source", 24),
    PAGE("Page", 6),
    BRAND("Brand", 16),
    CARD_NUMBER("Card number", 21),
    EXPIRES("Expires", 9),
    HOLDER("Holder", 20);

    private final String title;
    private final int width;

    Cards(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#MEDICAL_BILLS}. */
  enum MedicalBills implements Column {
    SOURCE("Source", 24),
    PAGE("Page", 6),
    PATIENT_SHARE("Patient share", 14),
    INSURER_SHARE("Insurer share", 14),
    PATIENT_FULL_SHARE("Patient full share", 16),
    NON_COVERED("Non-covered", 14),
    TOTAL("Total", 14),
    PATIENT_TOTAL("Patient total", 14),
    ITEMS("Items", 7);

    private final String title;
    private final int width;

    MedicalBills(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#EVIDENCE}. */
  enum Evidence implements Column {
    NO("No.", 7),
    SOURCE("Source", 24),
    PAGE("Page", 6),
    MERCHANT("Merchant", 24),
    DATE("Date", 11),
    CATEGORY("Category", 12),
    TOTAL("Total", 14),
    EVIDENCE_TYPE("Evidence type", 20),
    QUALIFIED("Qualified", 10),
    VERDICT("Verdict", 50),
    SEVERITY("Severity", 10),
    PENALTY("Penalty (가산세)", 14),
    INPUT_VAT("Input VAT deductible", 12),
    BASIS("Legal basis", 50),
    CLASSIFIED_BY("Decided by", 30);

    private final String title;
    private final int width;

    Evidence(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#DUPLICATES}. */
  enum Duplicates implements Column {
    KIND("Kind", 20),
    SEVERITY("Severity", 10),
    FIRST_SOURCE("First source", 24),
    FIRST_PAGE("First page", 8),
    SECOND_SOURCE("Second source", 24),
    SECOND_PAGE("Second page", 8),
    MERCHANT("Merchant", 24),
    DATE("Date", 11),
    TOTAL("Total", 14),
    RULE("Rule", 34),
    REASON("Reason", 80);

    private final String title;
    private final int width;

    Duplicates(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#RECONCILIATION}. */
  enum Reconciliation implements Column {
    STATUS("Status", 16),
    SEVERITY("Severity", 10),
    STATEMENT("Statement", 24),
    ROW("Row", 7),
    TRANSACTION_DATE("Transaction date", 12),
    APPROVAL_NUMBER("Approval number", 16),
    STATEMENT_MERCHANT("Statement merchant", 24),
    AMOUNT("Amount", 14),
    CARD_NUMBER("Card number", 21),
    SOURCE("Source", 24),
    PAGE("Page", 6),
    RECEIPT_DATE("Receipt date", 12),
    RECEIPT_TOTAL("Receipt total", 14),
    MATCHED_ON("Matched on", 26),
    REASON("Reason", 80);

    private final String title;
    private final int width;

    Reconciliation(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }

  /** {@link ExcelSheet#FAILURES}. */
  enum Failures implements Column {
    FILE("File", 30),
    STAGE("Stage", 10),
    REASON("Reason", 80);

    private final String title;
    private final int width;

    Failures(String title, int width) {
      this.title = title;
      this.width = width;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public int width() {
      return width;
    }
  }
}
