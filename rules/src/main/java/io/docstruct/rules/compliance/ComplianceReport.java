package io.docstruct.rules.compliance;

import io.docstruct.rules.FiredRule;
import java.util.List;

/**
 * What the batch rules made of a batch: each expense's evidence and verdicts, the duplicates, the card
 * reconciliation, every finding, and the rules that fired.
 *
 * <pre>{@code
 * ComplianceReport report = engine.checkBatch(batch.claims(), transactions);
 * report.evidence().forEach(e -> System.out.println(e.claim().where() + ": " + e.summary()));
 * report.duplicates();          // pairs, both documents named
 * report.reconciliation();      // matched, no receipt, no transaction, cancelled
 * long penalty = report.totalPenalty();
 * }</pre>
 *
 * @param evidence one entry per expense, in batch order
 * @param duplicates in the order found
 * @param reconciliation matched pairs in statement order, then transactions without a receipt, receipts
 *     without a transaction, and cancelled approvals
 * @param findings everything of WARNING or worse, plus what rules raised
 * @param notes what rules noted about single expenses ({@code results.note}), e.g. 야근 교통비
 * @param firedRules how many times each rule fired, by rule; the audit trail in short
 */
public record ComplianceReport(
    List<EvidenceVerdict> evidence,
    List<Duplicate> duplicates,
    List<ReconciliationLine> reconciliation,
    List<ComplianceFinding> findings,
    List<Note> notes,
    List<RuleCount> firedRules) {

  public ComplianceReport {
    evidence = List.copyOf(evidence);
    duplicates = List.copyOf(duplicates);
    reconciliation = List.copyOf(reconciliation);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    firedRules = List.copyOf(firedRules);
  }

  /**
   * A note a rule made about one expense.
   *
   * @param claim the expense
   * @param rule the rule
   * @param text the note
   */
  public record Note(ClaimedExpense claim, String rule, String text) {}

  /**
   * A rule and how many times it fired.
   *
   * @param rule the fired rule and its file
   * @param count how many times
   */
  public record RuleCount(FiredRule rule, long count) {}

  /** The 가산세 of every expense together, in won. */
  public long totalPenalty() {
    return evidence.stream().mapToLong(EvidenceVerdict::penalty).sum();
  }

  /** The reconciliation lines with {@code status}. */
  public List<ReconciliationLine> reconciliation(ReconciliationLine.Status status) {
    return reconciliation.stream().filter(l -> l.status() == status).toList();
  }
}
