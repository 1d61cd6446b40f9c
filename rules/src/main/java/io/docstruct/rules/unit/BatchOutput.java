package io.docstruct.rules.unit;

import io.docstruct.rules.FiredRule;
import io.docstruct.rules.compliance.CancelledApproval;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceFinding;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.Duplicate;
import io.docstruct.rules.compliance.DuplicateKind;
import io.docstruct.rules.compliance.EvidenceDecision;
import io.docstruct.rules.compliance.EvidenceType;
import io.docstruct.rules.compliance.EvidenceVerdict;
import io.docstruct.rules.compliance.MatchBasis;
import io.docstruct.rules.compliance.ReconciliationLine;
import io.docstruct.rules.compliance.ReconciliationLine.Status;
import io.docstruct.rules.compliance.Threshold;
import io.docstruct.rules.compliance.TransactionMatch;
import io.docstruct.rules.compliance.Verdict;
import io.docstruct.verify.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What batch rules write to, as the unit variable {@code results} of {@link BatchUnit}. One instance per
 * batch check; not thread-safe (a rule unit instance fires on one thread).
 *
 * <pre>{@code
 * rule "Taxi after 22:00 on a weekday is 야근 교통비"
 * when
 *   $c : /claims[ categoryIs("교통비"), onWeekday(), timeAfter("22:00") ]
 * then
 *   results.note($c, "야근 교통비");
 * end
 * }</pre>
 */
public final class BatchOutput {
  private final BatchUnit unit;
  private final List<ClaimedExpense> claims;
  private final Map<Integer, EvidenceDecision> decisions = new HashMap<>();
  private final Map<Integer, List<VerdictDraft>> verdicts = new HashMap<>();
  /** By the later copy's sequence. */
  private final Map<Integer, Duplicate> duplicates = new HashMap<>();
  private final List<PendingFinding> unlessMatched = new ArrayList<>();
  /** The pairs match rules offered that {@link #chooseMatches()} has not yet chosen among. */
  private List<Candidate> candidates = new ArrayList<>();
  private final List<ReconciliationLine> lines = new ArrayList<>();
  private final Set<CardTransaction> matchedTransactions = new HashSet<>();
  private final Set<Integer> matchedClaims = new HashSet<>();
  private final List<ComplianceFinding> findings = new ArrayList<>();
  private final List<ComplianceReport.Note> notes = new ArrayList<>();
  private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
  private final Map<FiredRule, long[]> fired = new LinkedHashMap<>();
  private String currentRule = "(no rule)";

  BatchOutput(BatchUnit unit, Collection<ClaimedExpense> claims) {
    this.unit = unit;
    this.claims = List.copyOf(claims);
  }

  /**
   * Gives an expense its evidence type; the first classification of an expense stands (the table's rows
   * fire in priority order), later ones are ignored. Rules see it in {@code /evidence}.
   */
  public void classify(ClaimedExpense claim, EvidenceType type) {
    if (!decisions.containsKey(claim.sequence())) {
      EvidenceDecision decision = new EvidenceDecision(claim, type, currentRule);
      decisions.put(claim.sequence(), decision);
      unit.getEvidence().add(decision);
    }
  }

  /** {@link #classify(ClaimedExpense, EvidenceType)} by the type's constant name, for decision tables. */
  public void classify(ClaimedExpense claim, String type) {
    classify(claim, EvidenceType.valueOf(type.strip()));
  }

  /**
   * Starts a verdict of the current rule on an expense's evidence; set its severity, 가산세 rate, input-VAT
   * deduction and legal basis on what this returns. A rule gives one expense one verdict.
   *
   * <pre>{@code
   * VerdictDraft v = results.verdict($e, "증빙불비: 가산세 2%");
   * v.severity(Severity.ERROR); v.penaltyPercent(2); v.inputVatDeductible(false); v.basis("법인세법 §75의5 ①");
   * }</pre>
   */
  public VerdictDraft verdict(EvidenceDecision evidence, String text) {
    List<VerdictDraft> list = verdicts.computeIfAbsent(evidence.claim().sequence(), k -> new ArrayList<>(2));
    for (VerdictDraft d : list) {
      if (d.rule().equals(currentRule)) {
        return d;
      }
    }
    VerdictDraft draft = new VerdictDraft(currentRule, text);
    list.add(draft);
    return draft;
  }

  /**
   * Reports two expenses as one receipt claimed twice; a pair is reported once, by the first rule that finds
   * it (the strongest kind fires first).
   */
  public void duplicate(DuplicateKind kind, Severity severity, ClaimedExpense first, ClaimedExpense second, String reason) {
    ClaimedExpense a = first.sequence() <= second.sequence() ? first : second;
    ClaimedExpense b = a == first ? second : first;
    Duplicate found = new Duplicate(kind, severity, currentRule, a, b, reason);
    // Each later copy once: against the earliest copy, by the strongest kind (stronger rules fire first).
    duplicates.merge(b.sequence(), found, (kept, next) ->
        next.kind().compareTo(kept.kind()) < 0
            || (next.kind() == kept.kind() && next.first().sequence() < kept.first().sequence()) ? next : kept);
  }

  /**
   * Offers a transaction and a receipt that fit each other on {@code basis}, with the reason in words. Nothing
   * is matched yet: when every match rule has fired, {@link #chooseMatches()} chooses among the offers (in a
   * fixed order, whatever order the rules fired in) and puts the chosen pairs in {@code /matches}.
   */
  public void match(CardTransaction transaction, ClaimedExpense claim, MatchBasis basis, String reason) {
    candidates.add(new Candidate(transaction, claim, basis, reason));
  }

  /**
   * {@link #match(CardTransaction, ClaimedExpense, MatchBasis, String)} with the built-in reason of the basis
   * ({@code approval number 30012345 and amount ₩33,000}), written only for the pairs chosen.
   */
  public void match(CardTransaction transaction, ClaimedExpense claim, MatchBasis basis) {
    candidates.add(new Candidate(transaction, claim, basis, null));
  }

  /**
   * Chooses the matches among the pairs the match rules offered and adds them to {@code /matches}; the rule
   * "Choose the matches" calls it once every match rule has fired. Each transaction and each receipt is
   * matched at most once. The order is fixed, so the same batch gives the same matches however its facts
   * were inserted or its rules fired: the strongest basis first ({@link MatchBasis} order); within a basis the
   * receipts by date (earliest first, undated last), then by their place in the batch (so the first copy of
   * a receipt photographed twice is the one matched); each takes, of the transactions still free, the one
   * with the earliest date, then the first by statement and row. Taking the earliest free transaction
   * leaves the later ones to the later receipts: where a pair fits by amount and a date window alone, no
   * other choice matches more pairs.
   */
  public void chooseMatches() {
    choose(true);
  }

  private void choose(boolean inSession) {
    if (candidates.isEmpty()) {
      return;
    }
    List<Candidate> offered = candidates;
    candidates = new ArrayList<>();
    offered.sort(CANDIDATE_ORDER);
    for (Candidate c : offered) {
      if (matchedTransactions.contains(c.transaction()) || matchedClaims.contains(c.claim().sequence())) {
        continue;
      }
      matchedTransactions.add(c.transaction());
      matchedClaims.add(c.claim().sequence());
      String reason = c.reason() != null ? c.reason() : reason(c.basis(), c.transaction(), c.claim());
      if (inSession) {
        unit.getMatches().add(new TransactionMatch(c.transaction(), c.claim(), c.basis(), reason));
      }
      lines.add(new ReconciliationLine(Status.MATCHED, Severity.INFO, c.transaction(), c.claim(), c.basis(), reason));
    }
  }

  /** A pair a match rule offered; the reason {@code null} when the basis's own is meant. */
  private record Candidate(
      CardTransaction transaction, ClaimedExpense claim, MatchBasis basis, @Nullable String reason) {}

  private static final Comparator<Candidate> CANDIDATE_ORDER = Comparator
      .comparing(Candidate::basis)
      .thenComparing(c -> c.claim().date(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(c -> c.claim().sequence())
      .thenComparing(c -> c.transaction().date())
      .thenComparing(c -> c.transaction().statement())
      .thenComparingInt(c -> c.transaction().row());

  /** The reason of a match in words, by its basis. */
  private static String reason(MatchBasis basis, CardTransaction t, ClaimedExpense c) {
    return switch (basis) {
      case APPROVAL_NUMBER -> "approval number " + t.approvalNumber() + " and amount " + t.amountText();
      case AMOUNT_DATE_BUSINESS_NUMBER -> "amount " + t.amountText() + ", business number " + t.businessNumber()
          + ", dates " + c.date() + " / " + t.date();
      case AMOUNT_DATE_MERCHANT -> "amount " + t.amountText() + ", merchant '" + t.merchant() + "' ~ '"
          + c.merchant() + "', dates " + c.date() + " / " + t.date();
      case AMOUNT_DATE -> "amount " + t.amountText() + " and dates " + c.date() + " / " + t.date()
          + " only (no approval number, business number or similar name): check";
    };
  }

  /**
   * Raises a finding of the current rule about a transaction and a receipt, unless either of them is matched
   * when the session ends (a rule that looks at a pair before the matching is done).
   */
  public void unlessMatched(CardTransaction transaction, ClaimedExpense claim, Severity severity, String message) {
    unlessMatched.add(new PendingFinding(currentRule, transaction, claim, severity, message));
  }

  private record PendingFinding(
      String rule, CardTransaction transaction, ClaimedExpense claim, Severity severity, String message) {}

  /** Records an approval and the row that cancelled it; rules see it in {@code /cancellations}. */
  public void cancelled(CardTransaction original, CardTransaction cancellation) {
    unit.getCancellations().add(new CancelledApproval(original, cancellation));
  }

  /** A line of the reconciliation that is not a match: a transaction or a receipt left over, or a cancellation. */
  public void unmatched(Status status, Severity severity, @Nullable CardTransaction transaction,
      @Nullable ClaimedExpense claim, String reason) {
    if (status == Status.MATCHED) {
      throw new IllegalArgumentException("use match() for a matched pair");
    }
    lines.add(new ReconciliationLine(status, severity, transaction, claim, null, reason));
  }

  /** Raises a finding of the current rule about the given expenses. */
  public void violation(Severity severity, String message, ClaimedExpense... about) {
    violationWithBasis(severity, message, "", about);
  }

  /**
   * Defines a named amount for every rule ({@code /thresholds}): the evidence table's {@code RuleTable
   * Thresholds} calls it, {@code results.threshold("접대비 적격증빙", 30000)}.
   *
   * @throws IllegalArgumentException when the name is blank or the amount negative
   */
  public void threshold(String name, long won) {
    unit.getThresholds().add(new Threshold(name, won));
  }

  /** {@link #violation(Severity, String, ClaimedExpense...)} with a legal basis or policy reference. */
  public void violationWithBasis(Severity severity, String message, String basis, ClaimedExpense... about) {
    List<String> where = new ArrayList<>(about.length);
    for (ClaimedExpense c : about) {
      where.add(c.where());
    }
    findings.add(new ComplianceFinding(currentRule, severity, where, message, basis));
  }

  /** Notes something about an expense that is not a problem ({@code 야근 교통비}). */
  public void note(ClaimedExpense claim, String text) {
    notes.add(new ComplianceReport.Note(claim, currentRule, text));
  }

  /** Changes the severity of everything {@code rule} reports. */
  public void overrideSeverity(String rule, Severity severity) {
    severityOverrides.put(rule, severity);
  }

  void ruleFiring(String rule, String origin) {
    currentRule = rule;
    fired.computeIfAbsent(new FiredRule(rule, origin), k -> new long[1])[0]++;
  }

  /** The report, with {@code defaults} (from the engine's builder) and then the rules' overrides applied. */
  ComplianceReport report(Map<String, Severity> defaults) {
    choose(false);   // pairs a user rule offered after "Choose the matches": matched, though no rule saw them
    Map<String, Severity> overrides = new HashMap<>(defaults);
    overrides.putAll(severityOverrides);
    List<EvidenceVerdict> evidence = new ArrayList<>(claims.size());
    List<ComplianceFinding> all = new ArrayList<>();
    for (ClaimedExpense claim : claims) {
      EvidenceDecision decision = decisions.get(claim.sequence());
      List<Verdict> made = new ArrayList<>();
      for (VerdictDraft d : verdicts.getOrDefault(claim.sequence(), List.of())) {
        Verdict v = d.build(claim, overrides.getOrDefault(d.rule(), d.severity()));
        made.add(v);
        if (v.severity() != Severity.INFO) {
          String cost = v.penalty() > 0 ? String.format(" (가산세 ₩%,d)", v.penalty()) : "";
          all.add(new ComplianceFinding(v.rule(), v.severity(), List.of(claim.where()),
              v.text() + ": " + claim.totalText() + cost, v.basis()));
        }
      }
      evidence.add(decision == null
          ? new EvidenceVerdict(claim, EvidenceType.SIMPLE_RECEIPT, "(no evidence rule matched)", made)
          : new EvidenceVerdict(claim, decision.type(), decision.rule(), made));
    }
    List<Duplicate> dups = new ArrayList<>(duplicates.size());
    List<Duplicate> found = new ArrayList<>(duplicates.values());
    found.sort(Comparator.comparingInt((Duplicate d) -> d.first().sequence()).thenComparingInt(d -> d.second().sequence()));
    for (Duplicate d : found) {
      Severity s = overrides.getOrDefault(d.rule(), d.severity());
      dups.add(new Duplicate(d.kind(), s, d.rule(), d.first(), d.second(), d.reason()));
      all.add(new ComplianceFinding(d.rule(), s, List.of(d.first().where(), d.second().where()), d.reason(), ""));
    }
    List<ReconciliationLine> recon = new ArrayList<>(lines);
    recon.sort(Comparator.comparing(ReconciliationLine::status)
        .thenComparing(l -> l.transaction() == null ? "" : l.transaction().statement())
        .thenComparingInt(l -> l.transaction() == null ? 0 : l.transaction().row())
        .thenComparingInt(l -> l.claim() == null ? -1 : l.claim().sequence()));
    for (ReconciliationLine l : recon) {
      if (l.severity() != Severity.INFO) {
        List<String> where = new ArrayList<>();
        if (l.claim() != null) {
          where.add(l.claim().where());
        }
        if (l.transaction() != null) {
          where.add(l.transaction().where());
        }
        all.add(new ComplianceFinding("Reconciliation: " + l.status(), l.severity(), where, l.reason(), ""));
      }
    }
    for (PendingFinding p : unlessMatched) {
      if (!matchedTransactions.contains(p.transaction()) && !matchedClaims.contains(p.claim().sequence())) {
        all.add(new ComplianceFinding(p.rule(), overrides.getOrDefault(p.rule(), p.severity()),
            List.of(p.claim().where(), p.transaction().where()), p.message(), ""));
      }
    }
    for (ComplianceFinding f : findings) {
      Severity s = overrides.get(f.rule());
      all.add(s == null ? f : f.withSeverity(s));
    }
    List<ComplianceReport.RuleCount> counts = new ArrayList<>();
    fired.forEach((rule, n) -> counts.add(new ComplianceReport.RuleCount(rule, n[0])));
    return new ComplianceReport(evidence, dups, recon, all, notes, counts);
  }
}
