/**
 * Compliance checks over a whole batch of expenses: the evidence each expense has under Korean tax law
 * (적격증빙), receipts claimed twice, and card statements reconciled with receipts. The facts here are
 * small on purpose ({@link io.docstruct.rules.compliance.ClaimedExpense}: a few fields per receipt, not the
 * document), so a batch of 100,000 receipts fits one rule session; the decisions are rules in the batch unit
 * ({@code unit BatchUnit;}) that users can read and change.
 *
 * <pre>{@code
 * ComplianceBatch batch = ComplianceBatch.create();
 * batch.add("r1.json", ruleResult, document);                 // per document, as results stream by
 * List<CardTransaction> card = CardStatementReader.create().read(Path.of("card.csv"));
 * ComplianceReport report = engine.checkBatch(batch.claims(), card);
 * }</pre>
 */
@NullMarked
package io.docstruct.rules.compliance;

import org.jspecify.annotations.NullMarked;
