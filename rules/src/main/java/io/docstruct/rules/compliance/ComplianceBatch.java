package io.docstruct.rules.compliance;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.Word;
import io.docstruct.rules.RuleResult;
import io.docstruct.rules.entity.Expense;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Collects the {@link ClaimedExpense}s of a batch while its documents stream by: only the few facts per
 * expense the batch rules need are kept, never the documents, so a batch's memory grows by a few hundred
 * bytes per receipt. Add documents in batch order; not thread-safe.
 *
 * <pre>{@code
 * ComplianceBatch batch = ComplianceBatch.create();
 * for (Path f : files) {
 *   OcrDocument doc = reader.read(f);
 *   batch.add(f.getFileName().toString(), engine.evaluate(doc), doc);
 * }
 * ComplianceReport report = engine.checkBatch(batch.claims(), transactions);
 * }</pre>
 */
public final class ComplianceBatch {
  private final List<ClaimedExpense> claims = new ArrayList<>();

  private ComplianceBatch() {}

  /** An empty batch. */
  public static ComplianceBatch create() {
    return new ComplianceBatch();
  }

  /**
   * Adds a document's expenses.
   *
   * @param document the name findings give it ({@code r1.json})
   * @param result what the document rules made of it
   * @param ocr the document, for the text its evidence marks are read from ({@link EvidenceMark}); {@code
   *     null} when not at hand (then only the card payment tells the evidence)
   */
  public void add(String document, RuleResult result, @Nullable OcrDocument ocr) {
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(result, "result == null");
    for (Expense expense : result.expenses()) {
      claims.add(ClaimedExpense.of(claims.size(), document, expense, pageText(ocr, expense.source().page())));
    }
  }

  /**
   * Adds an expense claimed apart from this batch (made by another batch's {@link #add(String, RuleResult,
   * OcrDocument)}, say, and kept), at the next place of this one: its {@link ClaimedExpense#sequence()} becomes
   * that place.
   */
  public void add(ClaimedExpense claim) {
    Objects.requireNonNull(claim, "claim == null");
    claims.add(new ClaimedExpense(claims.size(), claim.document(), claim.page(), claim.merchant(),
        claim.businessNumber(), claim.businessType(), claim.date(), claim.time(), claim.total(), claim.vat(),
        claim.approvalNumber(), claim.cardNumber(), claim.cardCompany(), claim.category(), claim.marks()));
  }

  /** The expenses added so far, in batch order. */
  public List<ClaimedExpense> claims() {
    return Collections.unmodifiableList(claims);
  }

  /** How many expenses were added. */
  public int size() {
    return claims.size();
  }

  private static @Nullable String pageText(@Nullable OcrDocument ocr, int pageIndex) {
    if (ocr == null) {
      return null;
    }
    for (Page page : ocr.pages()) {
      if (page.index() == pageIndex) {
        StringBuilder text = new StringBuilder();
        for (Word w : page.words()) {
          text.append(w.text()).append(' ');
        }
        return text.toString();
      }
    }
    return null;
  }
}
