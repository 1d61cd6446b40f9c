package io.docstruct.rules;

import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.Vendor;
import io.docstruct.verify.VerificationReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules made of one document: the entities of each type, the violations, the rules that fired, and
 * the verification they were given. A document normally yields one entity (a receipt one {@link Expense}); a
 * multi-page document one per page.
 *
 * <pre>{@code
 * RuleResult result = engine.evaluate(doc);
 * Expense e = result.expenses().get(0);
 * result.report().violations().forEach(System.out::println);
 * result.firedRules().forEach(f -> System.out.println(f.rule()));
 * result.verification().failures();     // the checks the engine ran before the rules
 * }</pre>
 *
 * @param expenses receipts (Document OCR, or General OCR pages that look like receipts)
 * @param vendors business registration certificates
 * @param contacts name cards
 * @param identityDocuments ID cards, driver's licenses, passports, alien cards
 * @param cards credit cards
 * @param medicalBills medical receipts
 * @param report the violations
 * @param firedRules every rule firing in order: the audit trail
 * @param verification the verification report the rules were given: the one {@link RuleEngine#evaluate(
 *     io.docstruct.document.OcrDocument)} ran or the one passed in; {@code null} when only findings were
 *     passed ({@link RuleEngine#evaluate(io.docstruct.document.OcrDocument, List)})
 */
public record RuleResult(
    List<Expense> expenses,
    List<Vendor> vendors,
    List<Contact> contacts,
    List<IdentityDocument> identityDocuments,
    List<CardInfo> cards,
    List<MedicalBill> medicalBills,
    ValidationReport report,
    List<FiredRule> firedRules,
    @Nullable VerificationReport verification) {

  public RuleResult {
    expenses = List.copyOf(expenses);
    vendors = List.copyOf(vendors);
    contacts = List.copyOf(contacts);
    identityDocuments = List.copyOf(identityDocuments);
    cards = List.copyOf(cards);
    medicalBills = List.copyOf(medicalBills);
    firedRules = List.copyOf(firedRules);
  }

  /** A result without a verification report, as before the report was kept. */
  public RuleResult(
      List<Expense> expenses,
      List<Vendor> vendors,
      List<Contact> contacts,
      List<IdentityDocument> identityDocuments,
      List<CardInfo> cards,
      List<MedicalBill> medicalBills,
      ValidationReport report,
      List<FiredRule> firedRules) {
    this(expenses, vendors, contacts, identityDocuments, cards, medicalBills, report, firedRules, null);
  }

  /** Shortcut for {@code report().violations()}. */
  public List<Violation> violations() {
    return report.violations();
  }
}
