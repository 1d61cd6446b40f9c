package io.docstruct.rules.unit;

import io.docstruct.rules.compliance.CancelledApproval;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.EvidenceDecision;
import io.docstruct.rules.compliance.Threshold;
import io.docstruct.rules.compliance.TransactionMatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The rule unit of batch rules ({@code unit BatchUnit;}): every expense of a batch and every card statement
 * row in one session, so that rules can reason across documents. Its stores and variables, as DRL names
 * them:
 *
 * <ul>
 *   <li>{@code /claims} — {@link ClaimedExpense}s, one per expense of the batch (input);
 *   <li>{@code /transactions} — {@link CardTransaction}s of the card statements (input, may be empty);
 *   <li>{@code /evidence} — {@link EvidenceDecision}s the evidence table made;
 *   <li>{@code /matches} — {@link TransactionMatch}es the reconciliation rules made;
 *   <li>{@code /cancellations} — {@link CancelledApproval}s;
 *   <li>{@code /thresholds} — named amounts ({@link Threshold}) the evidence table defines once for every rule
 *       ({@code $t : /thresholds[ name == "접대비 적격증빙" ]});
 *   <li>{@code results} ({@link BatchOutput}) — classify, judge, report duplicates and matches, raise
 *       violations, note;
 *   <li>{@code settlementLagDays} — how many days a statement date may differ from the receipt's;
 *   <li>{@code statementsGiven} — whether any card statement was given (without one, no receipt is
 *       "missing from the statement").
 * </ul>
 *
 * <p>A user rule over a whole batch:
 *
 * <pre>{@code
 * package io.docstruct.rules.unit;
 * unit BatchUnit;
 * import io.docstruct.verify.Severity;
 *
 * rule "More than three meals at the same place in a week"
 * when
 *   $c : /claims[ categoryIs("식비"), $m : merchantKey != null, $w : week != null ]
 *   not /claims[ merchantKey == $m, week == $w, sequence < $c.sequence ]
 *   accumulate( /claims[ categoryIs("식비"), merchantKey == $m, week == $w ]; $n : count(); $n > 3 )
 * then
 *   results.violation(Severity.WARNING, $n + " meals at " + $c.merchant() + " in week " + $w, $c);
 * end
 * }</pre>
 */
public final class BatchUnit implements RuleUnitData {
  /** The default settlement lag: a statement date up to three days from the receipt's still matches. */
  public static final int DEFAULT_SETTLEMENT_LAG_DAYS = 3;

  private final DataStore<ClaimedExpense> claims = DataSource.createStore();
  private final DataStore<CardTransaction> transactions = DataSource.createStore();
  private final DataStore<EvidenceDecision> evidence = DataSource.createStore();
  private final DataStore<TransactionMatch> matches = DataSource.createStore();
  private final DataStore<CancelledApproval> cancellations = DataSource.createStore();
  private final DataStore<Threshold> thresholds = DataSource.createStore();
  private final BatchOutput results;
  private final int settlementLagDays;
  private final boolean statementsGiven;
  private final List<ClaimedExpense> inputClaims;
  private final List<CardTransaction> inputRows;

  /** For Drools' code generation only. */
  public BatchUnit() {
    this(List.of(), List.of(), DEFAULT_SETTLEMENT_LAG_DAYS);
  }

  /**
   * @param claimed the batch's expenses, in batch order
   * @param statementRows the card statements' rows
   * @param settlementLagDays how many days a statement date may differ from a receipt's
   */
  public BatchUnit(Collection<ClaimedExpense> claimed, Collection<CardTransaction> statementRows, int settlementLagDays) {
    this(claimed, statementRows, settlementLagDays, !statementRows.isEmpty());
  }

  /**
   * @param claimed the batch's expenses, in batch order
   * @param statementRows the card statements' rows: those that concern these expenses, perhaps none
   * @param settlementLagDays how many days a statement date may differ from a receipt's
   * @param statementsGiven whether any card statement was given, even if none of its rows is here (a part of a
   *     batch whose rows are all elsewhere); must be {@code true} when there are rows
   */
  public BatchUnit(Collection<ClaimedExpense> claimed, Collection<CardTransaction> statementRows, int settlementLagDays,
      boolean statementsGiven) {
    if (settlementLagDays < 0) {
      throw new IllegalArgumentException("settlement lag is negative: " + settlementLagDays);
    }
    if (!statementsGiven && !statementRows.isEmpty()) {
      throw new IllegalArgumentException(
          statementRows.size() + " statement rows, but no statement given: say statementsGiven = true");
    }
    this.settlementLagDays = settlementLagDays;
    this.statementsGiven = statementsGiven;
    this.results = new BatchOutput(this, claimed);
    List<ClaimedExpense> byPlace = new ArrayList<>(claimed);
    byPlace.sort(Comparator.comparingInt(ClaimedExpense::sequence));
    List<CardTransaction> byRow = new ArrayList<>(statementRows);
    byRow.sort(Comparator.comparing(CardTransaction::statement).thenComparingInt(CardTransaction::row));
    this.inputClaims = byPlace;
    this.inputRows = byRow;
  }

  /**
   * Inserts the batch's facts into the session, called once the unit instance exists: the claims by their
   * place in the batch, then the rows by statement and row. A store given its facts before the instance
   * is created hands them to the session in the order of their identity hash codes, which differs from run
   * to run; so would the order in which rules of equal salience fire.
   */
  void insertInputs() {
    inputClaims.forEach(claims::add);
    inputRows.forEach(transactions::add);
  }

  public DataStore<ClaimedExpense> getClaims() {
    return claims;
  }

  public DataStore<CardTransaction> getTransactions() {
    return transactions;
  }

  public DataStore<EvidenceDecision> getEvidence() {
    return evidence;
  }

  public DataStore<TransactionMatch> getMatches() {
    return matches;
  }

  public DataStore<CancelledApproval> getCancellations() {
    return cancellations;
  }

  public DataStore<Threshold> getThresholds() {
    return thresholds;
  }

  public BatchOutput getResults() {
    return results;
  }

  public int getSettlementLagDays() {
    return settlementLagDays;
  }

  public boolean getStatementsGiven() {
    return statementsGiven;
  }
}
