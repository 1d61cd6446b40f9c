package io.docstruct.rules;

import io.docstruct.document.FailedPage;
import io.docstruct.document.OcrDocument;
import io.docstruct.receipt.ReceiptLabels;
import io.docstruct.receipt.ReceiptReader;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceBatch;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.unit.BatchUnit;
import io.docstruct.rules.unit.DocumentUnit;
import io.docstruct.rules.unit.EntityMapper;
import io.docstruct.rules.unit.KnowledgeBase;
import io.docstruct.rules.unit.PageFacts;
import io.docstruct.rules.unit.RuleOutput;
import io.docstruct.rules.unit.VerificationFact;
import io.docstruct.verify.Severity;
import java.nio.file.Path;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps documents to business entities and validates them with Drools rules: the built-in rules (mapping per
 * document kind, account categories, validation) plus any DRL files and decision tables the user gives.
 * The built-in rules are compiled at build time and loaded once per process; user rules are compiled with
 * them when the engine is built. {@link #evaluate} is thread-safe and runs each document in its own rule
 * session.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder()
 *     .rules(Path.of("company-policy.drl"), Path.of("categories.xlsx"))   // optional
 *     .severity("VAT out of tolerance", Severity.INFO)                      // optional
 *     .build();
 * RuleResult result = engine.evaluate(ResponseReader.create().read(Path.of("receipt.json")));
 * Expense expense = result.expenses().get(0);
 * result.violations().forEach(System.out::println);
 * }</pre>
 *
 * <p>User rules join the built-in unit: a DRL file starts with {@code package io.docstruct.rules.unit; unit
 * DocumentUnit;} and matches {@code /expenses}, {@code /vendors}, … (see {@link DocumentUnit}); it changes a
 * category with {@code results.categorize($e, "접대비")}, raises a violation with {@code
 * results.violation(Severity.WARNING, "expense.total", "…")} and changes a rule's severity with {@code
 * results.overrideSeverity("rule name", Severity.INFO)}. Built-in mapping rules run first (salience 1000),
 * then categorisation (100), then validation and user rules (0); the last category set wins.
 */
public final class RuleEngine {
  private final KnowledgeBase knowledgeBase;
  private final ReceiptReader receipts;
  private final EntityMapper mapper;
  private final Clock clock;
  private final CategoryKeywords keywords;
  private final ExpenseFields expenseFields;
  private final Map<String, Severity> severities;
  private final int settlementLagDays;

  private RuleEngine(Builder b) {
    this.knowledgeBase = b.files.isEmpty() && b.evidenceTable == null
        ? KnowledgeBase.builtIn()
        : KnowledgeBase.compile(b.files, b.evidenceTable);
    this.receipts = knowledgeBase.receiptReader();
    this.settlementLagDays = b.settlementLagDays != null ? b.settlementLagDays : BatchUnit.DEFAULT_SETTLEMENT_LAG_DAYS;
    this.mapper = Boolean.TRUE.equals(b.reveal) ? EntityMapper.revealing() : EntityMapper.masking();
    this.clock = b.clock != null ? b.clock : Clock.systemDefaultZone();
    this.keywords = b.keywords != null ? b.keywords : knowledgeBase.categoryKeywords();
    this.expenseFields = knowledgeBase.expenseFields();
    this.severities = Map.copyOf(b.severities);
  }

  /** An engine with the built-in rules only, the system clock and masked personal numbers. */
  public static RuleEngine create() {
    return builder().build();
  }

  /** A builder for an engine with user rules or other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a document ({@link Verifier}, with this engine's clock), then maps and validates it with the
   * findings: check digits, arithmetic and MRZ results become violations and verdicts. The report is kept
   * in the result ({@link RuleResult#verification()}).
   */
  public RuleResult evaluate(OcrDocument document) {
    Objects.requireNonNull(document, "document == null");
    return evaluate(document, Verifier.create(clock).verify(document));
  }

  /**
   * Maps and validates a document with the findings of a verification already made; the report is kept in
   * the result ({@link RuleResult#verification()}).
   */
  public RuleResult evaluate(OcrDocument document, VerificationReport report) {
    Objects.requireNonNull(report, "report == null");
    return run(document, VerificationFact.from(report), report);
  }

  /**
   * Maps and validates a document. Each {@link io.docstruct.verify.Status#FAIL} finding becomes a violation
   * (rule name = the check id), and {@code mrz.*} findings decide identity documents' MRZ verdicts.
   *
   * @param document the document
   * @param findings verification findings about it, possibly empty
   * @return entities, violations and the rules that fired; no {@linkplain RuleResult#verification() report}
   */
  public RuleResult evaluate(OcrDocument document, List<VerificationFact> findings) {
    return run(document, findings, null);
  }

  /**
   * Checks a whole batch in one rule session: each expense's evidence (적격증빙) and its verdicts by the
   * evidence table, receipts claimed twice, and the card statements' rows reconciled with the receipts; plus
   * every user rule of {@code unit BatchUnit}. Severity overrides of the builder apply here too.
   *
   * <pre>{@code
   * ComplianceBatch batch = ComplianceBatch.create();
   * for (...) batch.add(name, engine.evaluate(doc), doc);
   * ComplianceReport report = engine.checkBatch(batch.claims(), CardStatementReader.create().read(statement));
   * }</pre>
   *
   * @param claims the batch's expenses ({@link ComplianceBatch#claims()}), in batch order
   * @param transactions the card statements' rows, possibly none
   */
  public ComplianceReport checkBatch(Collection<ClaimedExpense> claims, Collection<CardTransaction> transactions) {
    Objects.requireNonNull(claims, "claims == null");
    Objects.requireNonNull(transactions, "transactions == null");
    return knowledgeBase.run(new BatchUnit(claims, transactions, settlementLagDays), severities);
  }

  /**
   * Checks part of a batch, as {@link #checkBatch(Collection, Collection)} checks a whole one, but told whether
   * card statements were given rather than inferring it from the rows: a part whose statement rows are all in
   * other parts (the Spark job checks a batch per amount group) still reports the card receipts that are on
   * none of the statements. Meaningful only when every rule relates receipts and rows within the part.
   *
   * <pre>{@code
   * ComplianceReport group = engine.checkBatch(claimsOfThisAmount, rowsOfThisAmount, !allRows.isEmpty());
   * }</pre>
   *
   * @param claims the part's expenses, in batch order
   * @param transactions the card statements' rows of this part, possibly none
   * @param statementsGiven whether the batch has any statement row; {@code true} when {@code transactions} has some
   * @throws IllegalArgumentException when there are rows but {@code statementsGiven} is {@code false}
   */
  public ComplianceReport checkBatch(Collection<ClaimedExpense> claims, Collection<CardTransaction> transactions,
      boolean statementsGiven) {
    Objects.requireNonNull(claims, "claims == null");
    Objects.requireNonNull(transactions, "transactions == null");
    return knowledgeBase.run(new BatchUnit(claims, transactions, settlementLagDays, statementsGiven), severities);
  }

  /** The clock that defines "today" for the rules, and for the verification {@link #evaluate(OcrDocument)} runs. */
  public Clock clock() {
    return clock;
  }

  private RuleResult run(
      OcrDocument document, List<VerificationFact> findings, @Nullable VerificationReport report) {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(findings, "findings == null");
    DocumentUnit unit = new DocumentUnit(mapper, keywords, LocalDate.now(clock), expenseFields)
        .with(PageFacts.of(document, receipts), findings)
        .withFailedPages(FailedPage.of(document));
    RuleOutput out = knowledgeBase.run(unit);
    return new RuleResult(
        out.expenses(),
        out.vendors(),
        out.contacts(),
        out.identityDocuments(),
        out.cards(),
        out.medicalBills(),
        new ValidationReport(out.violations(severities)),
        out.firedRules(),
        report);
  }

  /**
   * The receipt labels this engine reads pages of words with: the built-in ones ({@code receipt-labels.drl})
   * and those its rule files add ({@code when $labels : /receiptLabels then $labels.add(…)}).
   */
  public ReceiptLabels receiptLabels() {
    return receipts.labels();
  }

  /**
   * The category keywords this engine categorises expenses by: the builder's table, or the built-in ones ({@code
   * category-keywords.drl}) as its rule files changed them ({@code when $keywords : /categoryKeywords then
   * $keywords.addFirst(…)}).
   */
  public CategoryKeywords categoryKeywords() {
    return keywords;
  }

  /**
   * Which field of a document becomes which expense property for this engine: the built-in table ({@code
   * mapping-expense-fields.drl}) as its rule files changed it ({@code when $fields : /expenseFields then
   * $fields.map("template", "total", "공급가액합계")}).
   */
  public ExpenseFields expenseFields() {
    return expenseFields;
  }

  /** The user rule files this engine was built with, in order. */
  public List<Path> ruleFiles() {
    return knowledgeBase.userFiles();
  }

  /**
   * Configures a {@link RuleEngine}. Each setting may be made once; {@link #rules} and {@link #severity} add.
   *
   * <pre>{@code
   * RuleEngine engine = RuleEngine.builder()
   *     .rules(Path.of("policy.drl"))
   *     .clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneId.of("Asia/Seoul")))
   *     .revealPersonalNumbers(false)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Path> files = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private @Nullable Boolean reveal;
    private @Nullable Clock clock;
    private @Nullable CategoryKeywords keywords;
    private @Nullable Path evidenceTable;
    private @Nullable Integer settlementLagDays;

    private Builder() {}

    /**
     * Replaces the built-in evidence decision table ({@code compliance-evidence.csv}, {@code unit BatchUnit})
     * with an edited copy ({@code .csv}, {@code .xlsx} or {@code .xls}): other thresholds, categories or legal
     * bases. Compiled at {@link #build()}.
     */
    public Builder evidenceTable(Path table) {
      requireUnset(this.evidenceTable, "evidenceTable");
      this.evidenceTable = Objects.requireNonNull(table, "table == null");
      return this;
    }

    /**
     * How many days a card statement's date may differ from the receipt's and still match (default {@value
     * BatchUnit#DEFAULT_SETTLEMENT_LAG_DAYS}).
     */
    public Builder settlementLagDays(int days) {
      requireUnset(this.settlementLagDays, "settlementLagDays");
      if (days < 0 || days > 31) {
        throw new IllegalArgumentException("settlement lag out of 0..31 days: " + days);
      }
      this.settlementLagDays = days;
      return this;
    }

    /**
     * Adds user rule files: DRL ({@code .drl}) or decision tables ({@code .xlsx}, {@code .xls}, {@code .csv})
     * whose RuleSet area names {@code Unit DocumentUnit}.
     */
    public Builder rules(Path... paths) {
      for (Path p : paths) {
        files.add(Objects.requireNonNull(p, "rule file path == null"));
      }
      return this;
    }

    /** {@link #rules(Path...)} for a list. */
    public Builder rules(List<Path> paths) {
      return rules(paths.toArray(Path[]::new));
    }

    /**
     * Whether entities keep full resident and card numbers besides the masked ones. Default {@code false}:
     * only ask for them when the caller needs and may hold them.
     */
    public Builder revealPersonalNumbers(boolean reveal) {
      requireUnset(this.reveal, "revealPersonalNumbers");
      this.reveal = reveal;
      return this;
    }

    /** The clock that defines "today" for future-date and expiry rules. Default: the system clock. */
    public Builder clock(Clock clock) {
      requireUnset(this.clock, "clock");
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Replaces the category keyword table. Default: the table the rules give, the built-in {@code
     * category-keywords.drl} ({@link CategoryKeywords#defaults()}) changed by the {@linkplain #rules rule files}
     * ({@code when $keywords : /categoryKeywords then $keywords.add("식비", "샐러드");}); a table given here replaces
     * that one, rule files' changes included.
     */
    public Builder categoryKeywords(CategoryKeywords keywords) {
      requireUnset(this.keywords, "categoryKeywords");
      this.keywords = Objects.requireNonNull(keywords, "keywords == null");
      return this;
    }

    /**
     * Gives every violation of {@code rule} (a rule name, or a verification check id) another severity. A rule
     * that calls {@code results.overrideSeverity} takes precedence.
     */
    public Builder severity(String rule, Severity severity) {
      severities.put(Objects.requireNonNull(rule, "rule == null"), Objects.requireNonNull(severity, "severity == null"));
      return this;
    }

    /**
     * Builds the engine. Without user rules it shares the precompiled built-in rules (loaded once per
     * process); with user rules it compiles them and the built-in ones now.
     *
     * @throws RuleDefinitionException naming the file and line of the first compile error, or the rule whose
     *     receipt label, format, category or keyword is not understood
     */
    public RuleEngine build() {
      return new RuleEngine(this);
    }

    private static void requireUnset(@Nullable Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
    }
  }
}
