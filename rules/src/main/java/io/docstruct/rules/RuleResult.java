package io.docstruct.rules;

import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.Vendor;
import java.util.List;

/**
 * What the rules made of one document: the entities of each type, the violations, and the rules that fired.
 * A document normally yields one entity (a receipt one {@link Expense}); a multi-page document one per page.
 *
 * <pre>{@code
 * RuleResult result = engine.evaluate(doc);
 * Expense e = result.expenses().get(0);
 * result.report().violations().forEach(System.out::println);
 * result.firedRules().forEach(f -> System.out.println(f.rule()));
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
 */
public record RuleResult(
    List<Expense> expenses,
    List<Vendor> vendors,
    List<Contact> contacts,
    List<IdentityDocument> identityDocuments,
    List<CardInfo> cards,
    List<MedicalBill> medicalBills,
    ValidationReport report,
    List<FiredRule> firedRules) {

  public RuleResult {
    expenses = List.copyOf(expenses);
    vendors = List.copyOf(vendors);
    contacts = List.copyOf(contacts);
    identityDocuments = List.copyOf(identityDocuments);
    cards = List.copyOf(cards);
    medicalBills = List.copyOf(medicalBills);
    firedRules = List.copyOf(firedRules);
  }

  /** Shortcut for {@code report().violations()}. */
  public List<Violation> violations() {
    return report.violations();
  }
}
