package io.docstruct.pipeline;

import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.compliance.CardStatement;
import io.docstruct.rules.compliance.CardStatementException;
import io.docstruct.rules.compliance.CardStatementReader;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceBatch;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.StatementHeaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The batch checks over results as they stream by: every processed document's expenses (kept as a few
 * facts each, {@link ComplianceBatch}, never the documents, so a {@link ResultStream} stays bounded), the
 * card statements, then one rule session over all of it ({@link RuleEngine#checkBatch}): evidence
 * (적격증빙) and its verdicts, duplicates across documents, and the statements reconciled with the
 * receipts. Made by {@link DocStruct#complianceCheck()}, with the DocStruct's rules (user batch rules and
 * evidence table included). Not thread-safe: add from the thread that reads the stream.
 *
 * <pre>{@code
 * ComplianceCheck check = docstruct.complianceCheck();
 * check.addStatement(Path.of("법인카드_202406.csv"));          // a bad statement fails here, before any work
 * try (WorkbookSink xlsx = WorkbookSink.open(Path.of("expenses.xlsx"));
 *      ResultStream results = docstruct.processAll(DocumentInput.folder(in))) {
 *   for (DocumentResult r : results) {
 *     xlsx.add(r);
 *     check.add(r);
 *   }
 *   xlsx.addCompliance(check);        // the Evidence, Duplicates and Reconciliation sheets
 * }
 * ComplianceReport report = check.report();   // the same, for your code
 * }</pre>
 */
public final class ComplianceCheck {
  private final RuleEngine engine;
  private final ComplianceBatch batch = ComplianceBatch.create();
  private final CardStatementReader reader;
  private final List<CardTransaction> transactions = new ArrayList<>();
  private final List<StatementWarning> warnings = new ArrayList<>();
  private final List<Path> statements = new ArrayList<>();
  private @Nullable ComplianceReport report;

  ComplianceCheck(RuleEngine engine) {
    this(engine, StatementHeaders.defaults());
  }

  private ComplianceCheck(RuleEngine engine, StatementHeaders headers) {
    this.engine = Objects.requireNonNull(engine, "engine == null");
    this.reader = CardStatementReader.create(Objects.requireNonNull(headers, "headers == null"));
  }

  /** A batch check with {@code engine}'s rules, for callers that keep their own engine (the command line). */
  public static ComplianceCheck of(RuleEngine engine) {
    return new ComplianceCheck(engine);
  }

  /**
   * {@link #of(RuleEngine)}, reading statements with other header names ({@code
   * StatementHeaders.defaults().withSynonyms(Path.of("headers.csv"))}).
   */
  public static ComplianceCheck of(RuleEngine engine, StatementHeaders headers) {
    return new ComplianceCheck(engine, headers);
  }

  /**
   * A row of a statement that was skipped, and why.
   *
   * @param statement the statement's file name
   * @param message the row and the reason ({@code card.csv row 45: no date (a total line?): skipped})
   */
  public record StatementWarning(String statement, String message) {}

  /**
   * Adds a result's expenses; a failed result, or one that was not mapped, adds none (the workbook's
   * Failures sheet already says why).
   */
  public void add(DocumentResult result) {
    Objects.requireNonNull(result, "result == null");
    RuleResult rules = result.rules();
    if (!result.failed() && rules != null) {
      batch.add(result.name(), rules, result.document());
      report = null;
    }
  }

  /**
   * Adds expenses claimed where their documents were read ({@link ComplianceBatch#claims()} of each document, kept
   * with its results), at the next places of this batch, as {@link #add(DocumentResult)} would have added them.
   */
  public void addClaims(List<ClaimedExpense> claims) {
    Objects.requireNonNull(claims, "claims == null");
    for (ClaimedExpense claim : claims) {
      batch.add(claim);
    }
    report = null;
  }

  /**
   * Reads a card statement (CSV or XLSX, {@link CardStatementReader}) for the reconciliation.
   *
   * @return the statement as read
   * @throws CardStatementException naming the file when it cannot be read as a statement
   */
  public CardStatement addStatement(Path file) {
    CardStatement statement = reader.read(file);
    transactions.addAll(statement.rows());
    String name = file.getFileName().toString();
    statement.warnings().forEach(w -> warnings.add(new StatementWarning(name, w)));
    statements.add(file);
    report = null;
    return statement;
  }

  /** The statements added, in order. */
  public List<Path> statements() {
    return List.copyOf(statements);
  }

  /** The statement rows that were skipped, with why. */
  public List<StatementWarning> statementWarnings() {
    return List.copyOf(warnings);
  }

  /** How many expenses were added. */
  public int expenses() {
    return batch.size();
  }

  /** Runs the batch rules over everything added (once; again only after more was added). */
  public ComplianceReport report() {
    ComplianceReport made = report;
    if (made == null) {
      made = engine.checkBatch(batch.claims(), transactions);
      report = made;
    }
    return made;
  }
}
