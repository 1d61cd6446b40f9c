package io.docstruct.export.excel;

import io.docstruct.export.excel.SheetColumns.Cards;
import io.docstruct.export.excel.SheetColumns.Contacts;
import io.docstruct.export.excel.SheetColumns.Expenses;
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
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.FieldEvidence;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.LineItem;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.Money;
import io.docstruct.rules.entity.Payment;
import io.docstruct.rules.entity.Vendor;
import io.docstruct.verify.VerificationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entity rows of one document, as {@link ExpenseWorkbookWriter} lays them out (see its sheet layouts),
 * written through {@link SheetRows}: into the workbook, or into a {@link WorkbookRows} recording. Expense
 * numbers are the document's own (1, 2, …); the sheet rows turn them into the workbook's.
 */
final class EntityRows {
  private final ExcelOptions options;
  private final Function<ExcelSheet, @Nullable SheetRows> sheets;
  private int expenses;

  /**
   * @param sheets the rows of a sheet, or {@code null} when the options leave it out
   */
  EntityRows(ExcelOptions options, Function<ExcelSheet, @Nullable SheetRows> sheets) {
    this.options = options;
    this.sheets = sheets;
  }

  /**
   * Writes a document's entities and violations.
   *
   * @return how many expense numbers the document took
   */
  int add(String source, RuleResult result, @Nullable VerificationReport verification) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(result, "result == null");
    expenses = 0;
    String status = ExpenseWorkbookWriter.status(verification);
    for (Expense expense : result.expenses()) {
      addExpense(source, expense, status);
    }
    SheetRows violations = sheets.apply(ExcelSheet.VIOLATIONS);
    if (violations != null) {
      for (Violation v : result.violations()) {
        violations.row();
        violations.text(Violations.SOURCE, source);
        violations.text(Violations.RULE, v.rule());
        violations.text(Violations.SEVERITY, v.severity().name());
        violations.text(Violations.FIELD, v.field());
        violations.text(Violations.MESSAGE, v.message());
      }
    }
    each(result.vendors(), ExcelSheet.VENDORS, (w, v) -> vendor(w, source, v));
    each(result.contacts(), ExcelSheet.CONTACTS, (w, c) -> contact(w, source, c));
    each(result.identityDocuments(), ExcelSheet.IDENTITY_DOCUMENTS, (w, d) -> identity(w, source, d));
    each(result.cards(), ExcelSheet.CARDS, (w, c) -> card(w, source, c));
    each(result.medicalBills(), ExcelSheet.MEDICAL_BILLS, (w, m) -> medical(w, source, m));
    return expenses;
  }

  private interface RowFiller<T> {
    void fill(SheetRows rows, T entity);
  }

  private <T> void each(List<T> entities, ExcelSheet kind, RowFiller<T> filler) {
    if (entities.isEmpty()) {
      return;
    }
    SheetRows rows = sheets.apply(kind);
    if (rows == null) {
      return;
    }
    for (T entity : entities) {
      rows.row();
      filler.fill(rows, entity);
    }
  }

  private void addExpense(String source, Expense e, String status) {
    SheetRows sheet = sheets.apply(ExcelSheet.EXPENSES);
    SheetRows items = sheets.apply(ExcelSheet.ITEMS);
    if (sheet == null && items == null) {
      return;
    }
    int number = ++expenses;
    if (sheet != null) {
      sheet.row();
      sheet.expenseNumber(Expenses.NO, number);
      sheet.text(Expenses.SOURCE, source);
      sheet.integer(Expenses.PAGE, e.source().page() + 1L);
      sheet.text(Expenses.MERCHANT, e.merchant().name());
      sheet.text(Expenses.BUSINESS_NUMBER, businessNumber(e));
      sheet.date(Expenses.DATE, e.date());
      sheet.time(Expenses.TIME, e.time());
      sheet.money(Expenses.SUPPLY_AMOUNT, e.supplyAmount());
      sheet.money(Expenses.VAT, e.vat());
      sheet.money(Expenses.TAX_FREE, e.taxFreeAmount());
      sheet.money(Expenses.DISCOUNT, e.discount());
      sheet.money(Expenses.TOTAL, e.total());
      Payment p = e.payment();
      if (p != null) {
        sheet.text(Expenses.CARD_COMPANY, p.cardCompany());
        sheet.text(Expenses.CARD_NUMBER, mask(p.maskedCardNumber(), Masking.Style.CARD));
        sheet.text(Expenses.APPROVAL_NUMBER, p.approvalNumber());
      }
      sheet.text(Expenses.CATEGORY, e.category() == null ? null : e.category().name());
      sheet.text(Expenses.VERIFICATION, status);
      if (items != null) {
        Money sum = e.itemsSum();
        Currency currency = sum.currency();
        sheet.itemsTotal(sum.amount().doubleValue(), currency);
        Money total = e.total();
        if (total != null && !e.items().isEmpty() && total.currency().equals(currency)) {
          sheet.difference(total.amount().subtract(sum.amount()).doubleValue(), currency);
        }
      }
    }
    addReview(number, source, e);
    if (items != null) {
      int line = 0;
      for (LineItem item : e.items()) {
        items.row();
        items.expenseNumber(Items.EXPENSE_NO, number);
        items.integer(Items.LINE, ++line);
        items.text(Items.NAME, item.name());
        items.number(Items.QUANTITY, item.quantity());
        items.money(Items.UNIT_PRICE, item.unitPrice());
        items.money(Items.AMOUNT, item.amount());
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
      boolean low = confidence != null && confidence < ExpenseWorkbookWriter.REVIEW_CONFIDENCE;
      if (!low && !f.ruleChosen()) {
        continue;
      }
      SheetRows sheet = sheets.apply(ExcelSheet.REVIEW);
      if (sheet == null) {
        return;
      }
      sheet.row();
      sheet.expenseNumber(Review.EXPENSE_NO, number);
      sheet.text(Review.SOURCE, source);
      sheet.text(Review.FIELD, f.field());
      sheet.text(Review.VALUE, options.maskPersonalNumbers() ? Masking.numbersIn(f.value()) : f.value());
      sheet.text(Review.WHY, low && f.ruleChosen() ? "chosen by a rule, low confidence"
          : low ? "low confidence" : "chosen by a rule, not a printed label");
      sheet.text(Review.RULE, why.rule());
      sheet.text(Review.LABEL, why.label());
      sheet.number(Review.CONFIDENCE,
          confidence == null ? null : BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP));
      sheet.integer(Review.PAGE, why.page() + 1L);
      Box box = why.bounds();
      if (box != null) {
        sheet.integer(Review.LEFT, Math.round(box.left()));
        sheet.integer(Review.TOP, Math.round(box.top()));
        sheet.integer(Review.RIGHT, Math.round(box.right()));
        sheet.integer(Review.BOTTOM, Math.round(box.bottom()));
      }
      StringBuilder words = new StringBuilder();
      for (EvidenceWord w : why.words()) {
        words.append(words.length() == 0 ? "" : " ").append(w.text());
      }
      sheet.text(Review.WORDS, words.toString());
    }
  }

  private static @Nullable String businessNumber(Expense e) {
    if (e.merchant().businessNumber() != null) {
      return e.merchant().businessNumber().value();
    }
    return e.merchant().printedBusinessNumber();
  }

  private void vendor(SheetRows w, String source, Vendor v) {
    w.text(Vendors.SOURCE, source);
    w.integer(Vendors.PAGE, v.source().page() + 1L);
    w.text(Vendors.REGISTRATION_NUMBER,
        v.registrationNumber() != null ? v.registrationNumber().value() : v.printedRegistrationNumber());
    w.text(Vendors.BUSINESS_TYPE, v.registrationNumber() == null ? null : v.businessType().label());
    w.text(Vendors.TAX_TYPE, v.taxType());
    w.text(Vendors.COMPANY, v.companyName());
    w.text(Vendors.CORPORATION, v.corporationName());
    w.text(Vendors.CORPORATION_NUMBER, v.corporationRegistrationNumber());
    w.text(Vendors.REPRESENTATIVE, v.representative());
    w.date(Vendors.BIRTH_DATE, v.representativeBirthDate());
    w.text(Vendors.RESIDENT_NUMBER,
        personal(v.residentNumber(), v.maskedResidentNumber(), Masking.Style.RESIDENT));
    w.date(Vendors.OPENED, v.openDate());
    w.date(Vendors.ISSUED, v.issueDate());
    w.text(Vendors.BUSINESS_ADDRESS, v.businessAddress());
    w.text(Vendors.HEAD_OFFICE, v.headOfficeAddress());
    w.text(Vendors.BUSINESS_TYPES, joined(v.businessTypes()));
    w.text(Vendors.BUSINESS_ITEMS, joined(v.businessItems()));
  }

  private void contact(SheetRows w, String source, Contact c) {
    w.text(Contacts.SOURCE, source);
    w.integer(Contacts.PAGE, c.source().page() + 1L);
    w.text(Contacts.NAME, c.name());
    w.text(Contacts.COMPANY, c.company());
    w.text(Contacts.DEPARTMENT, c.department());
    w.text(Contacts.POSITION, c.position());
    w.text(Contacts.MOBILE, joined(c.mobiles()));
    w.text(Contacts.PHONE, joined(c.phones()));
    w.text(Contacts.FAX, joined(c.faxes()));
    w.text(Contacts.EMAIL, joined(c.emails()));
    w.text(Contacts.HOMEPAGE, joined(c.homepages()));
    w.text(Contacts.ADDRESS, c.address());
  }

  private void identity(SheetRows w, String source, IdentityDocument d) {
    w.text(IdentityDocuments.SOURCE, source);
    w.integer(IdentityDocuments.PAGE, d.source().page() + 1L);
    w.text(IdentityDocuments.KIND, d.kind().name());
    w.text(IdentityDocuments.NAME, d.name());
    w.text(IdentityDocuments.PERSONAL_NUMBER,
        personal(d.personalNumber(), d.maskedNumber(), Masking.Style.RESIDENT));
    w.text(IdentityDocuments.DOCUMENT_NUMBER, d.documentNumber());
    w.date(IdentityDocuments.BIRTH_DATE, d.birthDate());
    w.text(IdentityDocuments.SEX, d.sex() == null ? null : d.sex().name());
    w.date(IdentityDocuments.ISSUED, d.issueDate());
    w.date(IdentityDocuments.EXPIRES, d.expiryDate());
    w.text(IdentityDocuments.NATIONALITY, d.nationality());
    w.text(IdentityDocuments.MRZ, d.mrzVerdict() == null ? null : d.mrzVerdict().name());
  }

  private void card(SheetRows w, String source, CardInfo c) {
    w.text(Cards.SOURCE, source);
    w.integer(Cards.PAGE, c.source().page() + 1L);
    w.text(Cards.BRAND, c.brand().name());
    w.text(Cards.CARD_NUMBER, personal(c.number(), c.maskedNumber(), Masking.Style.CARD));
    if (c.expiry() != null) {
      w.month(Cards.EXPIRES, c.expiry().atDay(1));
    }
    w.text(Cards.HOLDER, c.holder());
  }

  private void medical(SheetRows w, String source, MedicalBill m) {
    w.text(MedicalBills.SOURCE, source);
    w.integer(MedicalBills.PAGE, m.source().page() + 1L);
    w.money(MedicalBills.PATIENT_SHARE, m.patientShare());
    w.money(MedicalBills.INSURER_SHARE, m.insurerShare());
    w.money(MedicalBills.PATIENT_FULL_SHARE, m.patientFullShare());
    w.money(MedicalBills.NON_COVERED, m.nonCovered());
    w.money(MedicalBills.TOTAL, m.totalAmount());
    w.money(MedicalBills.PATIENT_TOTAL, m.patientTotal());
    w.integer(MedicalBills.ITEMS, m.items().size());
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
}
