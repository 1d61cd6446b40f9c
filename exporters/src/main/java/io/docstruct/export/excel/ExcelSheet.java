package io.docstruct.export.excel;

/**
 * The sheets an {@link ExcelExporter} can write; choose them with {@link ExcelOptions#withSheets}.
 *
 * <pre>{@code
 * ExcelOptions.defaults().withSheets(ExcelSheet.EXPENSES, ExcelSheet.ITEMS);
 * }</pre>
 *
 * <p>{@code Expenses}, {@code Items} and {@code Violations} are always present when chosen, even if empty; the
 * others appear only when a document produced such an entity. Sheet names are fixed English names so that
 * formulas and user macros can rely on them.
 */
public enum ExcelSheet {
  /** One row per receipt, with formulas for its items total and the difference to the printed total. */
  EXPENSES("Expenses"),
  /** One row per line item, keyed to its receipt by the expense number in column A. */
  ITEMS("Items"),
  /** One row per rule violation: document, rule, severity, field, message. */
  VIOLATIONS("Violations"),
  /**
   * One row per field of a receipt read from words that a reviewer should look at: chosen by a rule rather than
   * a printed label, or read from a word of low confidence; with its page and position, so the words can be
   * found on the image. Created with the first such field.
   */
  REVIEW("Review"),
  /** One row per business registration certificate. */
  VENDORS("Vendors"),
  /** One row per name card. */
  CONTACTS("Contacts"),
  /** One row per ID card, driver's license or passport; personal numbers masked by default. */
  IDENTITY_DOCUMENTS("Identity documents"),
  /** One row per credit card; card numbers masked by default. */
  CARDS("Cards"),
  /** One row per medical bill. */
  MEDICAL_BILLS("Medical bills"),
  /**
   * One row per expense of a batch: its evidence type (적격증빙 or not), the verdicts, the 가산세 and the legal
   * basis; written by {@link ExpenseWorkbookWriter#addCompliance}.
   */
  EVIDENCE("Evidence"),
  /** One row per pair of expenses that look like one receipt claimed twice, both documents named. */
  DUPLICATES("Duplicates"),
  /** One row per card transaction and card receipt: matched, without a receipt, without a transaction, cancelled. */
  RECONCILIATION("Reconciliation"),
  /**
   * One row per input a batch could not use, or used with a warning: file, stage, reason; created by the
   * first {@link ExpenseWorkbookWriter#addFailure}.
   */
  FAILURES("Failures"),
  /** One sheet per OCR table, named {@code p1 t1} (page 1, table 1), merged cells kept. */
  TABLES("p1 t1");

  private final String sheetName;

  ExcelSheet(String sheetName) {
    this.sheetName = sheetName;
  }

  /** The sheet's name in the workbook ({@code "p1 t1"} shows the pattern of table sheets). */
  public String sheetName() {
    return sheetName;
  }
}
