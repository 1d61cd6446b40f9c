package io.docstruct.rules.unit;

import io.docstruct.rules.FiredRule;
import io.docstruct.rules.Violation;
import io.docstruct.rules.entity.AccountCategory;
import io.docstruct.rules.entity.CardInfo;
import io.docstruct.rules.entity.Contact;
import io.docstruct.rules.entity.Expense;
import io.docstruct.rules.entity.IdentityDocument;
import io.docstruct.rules.entity.MedicalBill;
import io.docstruct.rules.entity.MrzVerdict;
import io.docstruct.rules.entity.Vendor;
import io.docstruct.verify.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataStore;
import org.jspecify.annotations.Nullable;

/**
 * What rules write to, as the unit variable {@code results}: entities (added to the unit's stores so that
 * later rules see them), category changes, violations and severity overrides. One instance per evaluation;
 * not thread-safe (a rule unit instance fires on one thread).
 *
 * <pre>{@code
 * rule "Meals with alcohol are entertainment"
 * when
 *   $e : /expenses[ categoryIs("식비"), anyItemContains("맥주|소주|와인") ]
 * then
 *   results.categorize($e, "접대비");
 *   results.violation(Severity.INFO, "expense.category", "alcohol on a meal receipt");
 * end
 * }</pre>
 */
public final class RuleOutput {
  private final DocumentUnit unit;
  private final List<Expense> expenses = new ArrayList<>();
  private final Map<Expense, DataHandle> expenseHandles = new IdentityHashMap<>();
  /** Which rule already categorised which expense (by its handle): each rule does so at most once. */
  private final java.util.Set<String> categorizedBy = new java.util.HashSet<>();
  private final List<IdentityDocument> identities = new ArrayList<>();
  private final Map<IdentityDocument, DataHandle> identityHandles = new IdentityHashMap<>();
  private final List<Vendor> vendors = new ArrayList<>();
  private final List<Contact> contacts = new ArrayList<>();
  private final List<CardInfo> cards = new ArrayList<>();
  private final List<MedicalBill> medicalBills = new ArrayList<>();
  /** In raising order; a rule that re-fires on an updated entity raises the same violation once. */
  private final java.util.Set<Violation> violations = new java.util.LinkedHashSet<>();
  private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
  private final List<FiredRule> firedRules = new ArrayList<>();
  private String currentRule = "(no rule)";

  RuleOutput(DocumentUnit unit) {
    this.unit = unit;
  }

  /** Adds an expense; rules see it in {@code /expenses}. */
  public void addExpense(Expense expense) {
    expenses.add(expense);
    expenseHandles.put(expense, unit.getExpenses().add(expense));
  }

  /** Adds a vendor; rules see it in {@code /vendors}. */
  public void addVendor(Vendor vendor) {
    vendors.add(vendor);
    unit.getVendors().add(vendor);
  }

  /** Adds a contact; rules see it in {@code /contacts}. */
  public void addContact(Contact contact) {
    contacts.add(contact);
    unit.getContacts().add(contact);
  }

  /** Adds an identity document; rules see it in {@code /identityDocuments}. */
  public void addIdentityDocument(IdentityDocument identity) {
    identities.add(identity);
    identityHandles.put(identity, unit.getIdentityDocuments().add(identity));
  }

  /** Adds a card; rules see it in {@code /cards}. */
  public void addCard(CardInfo card) {
    cards.add(card);
    unit.getCards().add(card);
  }

  /** Adds a medical bill; rules see it in {@code /medicalBills}. */
  public void addMedicalBill(MedicalBill bill) {
    medicalBills.add(bill);
    unit.getMedicalBills().add(bill);
  }

  /**
   * Books {@code expense} to {@code category}: the expense in {@code /expenses} is replaced by one with the new
   * category, so rules that test the category see the change. The last rule to categorise wins, and each rule
   * categorises an expense at most once (so rules that disagree cannot re-trigger each other forever).
   */
  public void categorize(Expense expense, AccountCategory category) {
    DataHandle handle = expenseHandles.get(expense);
    if (handle == null || category.equals(expense.category())
        || !categorizedBy.add(currentRule + "\u0000" + System.identityHashCode(handle))) {
      // Unknown, unchanged, or this rule has categorised this expense before: two rules that disagree would
      // otherwise re-trigger each other forever.
      return;
    }
    expenseHandles.remove(expense);
    Expense updated = expense.withCategory(category);
    expenses.set(indexOf(expenses, expense), updated);
    expenseHandles.put(updated, handle);
    unit.getExpenses().update(handle, updated);
  }

  /** {@link #categorize(Expense, AccountCategory)} by the category's name ({@code "접대비"}). */
  public void categorize(Expense expense, String category) {
    categorize(expense, AccountCategory.of(category));
  }

  /** Sets the MRZ verdict of an identity document (from verification findings). */
  public void mrzVerdict(IdentityDocument identity, MrzVerdict verdict) {
    DataHandle handle = identityHandles.remove(identity);
    if (handle == null || verdict == identity.mrzVerdict()) {
      if (handle != null) {
        identityHandles.put(identity, handle);
      }
      return;
    }
    IdentityDocument updated = identity.withMrzVerdict(verdict);
    identities.set(indexOf(identities, identity), updated);
    identityHandles.put(updated, handle);
    unit.getIdentityDocuments().update(handle, updated);
  }

  /** Raises a violation in the name of the rule that is firing. */
  public void violation(Severity severity, @Nullable String field, String message) {
    violations.add(new Violation(currentRule, severity, message, field));
  }

  /** Raises a violation in the name of {@code rule} (a verification check id, for example). */
  public void violation(String rule, Severity severity, @Nullable String field, String message) {
    violations.add(new Violation(rule, severity, message, field));
  }

  /** {@link #violation(Severity, String, String)} with the severity by name ({@code "WARNING"}), for tables. */
  public void violation(String severity, @Nullable String field, String message) {
    violation(Severity.valueOf(severity.strip().toUpperCase(java.util.Locale.ROOT)), field, message);
  }

  /** Every violation of {@code rule} gets {@code severity} instead, whenever it was raised. */
  public void overrideSeverity(String rule, Severity severity) {
    severityOverrides.put(rule, severity);
  }

  /** {@link #overrideSeverity(String, Severity)} with the severity by name, for tables. */
  public void overrideSeverity(String rule, String severity) {
    overrideSeverity(rule, Severity.valueOf(severity.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  private static <T> int indexOf(List<T> list, T item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        return i;
      }
    }
    throw new IllegalStateException("not in the unit: " + item);
  }

  // ---- read by RuleEngine after firing, and by the listener during it ----

  /** The rule firing now, or the last one that fired. */
  String currentRule() {
    return currentRule;
  }

  void ruleFiring(String rule, String origin) {
    currentRule = rule;
    firedRules.add(new FiredRule(rule, origin));
  }

  /** The expenses, with their final categories. */
  public List<Expense> expenses() {
    return List.copyOf(expenses);
  }

  /** The vendors. */
  public List<Vendor> vendors() {
    return List.copyOf(vendors);
  }

  /** The contacts. */
  public List<Contact> contacts() {
    return List.copyOf(contacts);
  }

  /** The identity documents, with their final MRZ verdicts. */
  public List<IdentityDocument> identityDocuments() {
    return List.copyOf(identities);
  }

  /** The cards. */
  public List<CardInfo> cards() {
    return List.copyOf(cards);
  }

  /** The medical bills. */
  public List<MedicalBill> medicalBills() {
    return List.copyOf(medicalBills);
  }

  /** The violations with {@code defaults} then the rules' overrides applied (rules win). */
  public List<Violation> violations(Map<String, Severity> defaults) {
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      Severity s = severityOverrides.getOrDefault(v.rule(), defaults.get(v.rule()));
      out.add(s == null ? v : v.withSeverity(s));
    }
    // Rules fire in agenda order, which says nothing to a reader: most severe first, then by field and rule.
    out.sort(
        Comparator.comparing(Violation::severity)
            .thenComparing(v -> v.field() == null ? "" : v.field())
            .thenComparing(Violation::rule));
    return out;
  }

  /** Every rule firing in order. */
  public List<FiredRule> firedRules() {
    return List.copyOf(firedRules);
  }
}
