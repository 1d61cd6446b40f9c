package io.docstruct.export.excel;

import io.docstruct.export.excel.SheetColumns.Duplicates;
import io.docstruct.export.excel.SheetColumns.Evidence;
import io.docstruct.export.excel.SheetColumns.Reconciliation;
import io.docstruct.privacy.Masking;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.Duplicate;
import io.docstruct.rules.compliance.EvidenceVerdict;
import io.docstruct.rules.compliance.ReconciliationLine;
import io.docstruct.rules.entity.Money;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;

/**
 * Writes a batch's {@link ComplianceReport} as the {@code Evidence}, {@code Duplicates} and {@code
 * Reconciliation} sheets (each only when chosen in the options). Text goes through {@link SheetWriter#text},
 * so a merchant name that starts like a formula stays text.
 */
final class ComplianceSheets {
  private ComplianceSheets() {}

  /**
   * @param sheets the writer's sheet for a kind, or {@code null} when the options leave it out
   * @param maskCards whether card numbers are masked
   */
  static void write(ComplianceReport report, Function<ExcelSheet, @Nullable SheetWriter> sheets, boolean maskCards) {
    SheetWriter evidence = sheets.apply(ExcelSheet.EVIDENCE);
    if (evidence != null) {
      for (EvidenceVerdict e : report.evidence()) {
        evidence(evidence, evidence.row(), e);
      }
    }
    SheetWriter duplicates = sheets.apply(ExcelSheet.DUPLICATES);
    if (duplicates != null) {
      for (Duplicate d : report.duplicates()) {
        duplicate(duplicates, duplicates.row(), d);
      }
    }
    SheetWriter reconciliation = sheets.apply(ExcelSheet.RECONCILIATION);
    if (reconciliation != null) {
      for (ReconciliationLine l : report.reconciliation()) {
        reconciliation(reconciliation, reconciliation.row(), l, maskCards);
      }
    }
  }

  private static void evidence(SheetWriter w, Row row, EvidenceVerdict e) {
    ClaimedExpense c = e.claim();
    w.integer(row, Evidence.NO, c.sequence() + 1L);
    w.text(row, Evidence.SOURCE, c.document());
    w.integer(row, Evidence.PAGE, c.page() + 1L);
    w.text(row, Evidence.MERCHANT, c.merchant());
    w.date(row, Evidence.DATE, c.date());
    w.text(row, Evidence.CATEGORY, c.category());
    w.money(row, Evidence.TOTAL, won(c.total()));
    w.text(row, Evidence.EVIDENCE_TYPE, e.type().label());
    w.text(row, Evidence.QUALIFIED, e.type().qualified() ? "적격" : "부적격");
    w.text(row, Evidence.VERDICT, e.summary());
    w.text(row, Evidence.SEVERITY, e.severity().name());
    w.money(row, Evidence.PENALTY, Money.krw(e.penalty()));
    Boolean vat = e.inputVatDeductible();
    w.text(row, Evidence.INPUT_VAT, vat == null ? null : vat ? "공제" : "불공제");
    w.text(row, Evidence.BASIS, e.basis());
    w.text(row, Evidence.CLASSIFIED_BY, e.classifiedBy());
  }

  private static void duplicate(SheetWriter w, Row row, Duplicate d) {
    w.text(row, Duplicates.KIND, d.kind().name());
    w.text(row, Duplicates.SEVERITY, d.severity().name());
    w.text(row, Duplicates.FIRST_SOURCE, d.first().document());
    w.integer(row, Duplicates.FIRST_PAGE, d.first().page() + 1L);
    w.text(row, Duplicates.SECOND_SOURCE, d.second().document());
    w.integer(row, Duplicates.SECOND_PAGE, d.second().page() + 1L);
    w.text(row, Duplicates.MERCHANT, d.first().merchant());
    w.date(row, Duplicates.DATE, d.first().date());
    w.money(row, Duplicates.TOTAL, won(d.first().total()));
    w.text(row, Duplicates.RULE, d.rule());
    w.text(row, Duplicates.REASON, d.reason());
  }

  private static void reconciliation(SheetWriter w, Row row, ReconciliationLine l, boolean maskCards) {
    w.text(row, Reconciliation.STATUS, l.status().name());
    w.text(row, Reconciliation.SEVERITY, l.severity().name());
    CardTransaction t = l.transaction();
    if (t != null) {
      w.text(row, Reconciliation.STATEMENT, t.statement());
      w.integer(row, Reconciliation.ROW, t.row());
      w.date(row, Reconciliation.TRANSACTION_DATE, t.date());
      w.text(row, Reconciliation.APPROVAL_NUMBER, t.approvalNumber());
      w.text(row, Reconciliation.STATEMENT_MERCHANT, t.merchant());
      w.money(row, Reconciliation.AMOUNT, Money.krw(t.amount()));
      String card = t.cardNumber();
      w.text(row, Reconciliation.CARD_NUMBER, card == null || !maskCards ? card : Masking.card(card));
    }
    ClaimedExpense c = l.claim();
    if (c != null) {
      w.text(row, Reconciliation.SOURCE, c.document());
      w.integer(row, Reconciliation.PAGE, c.page() + 1L);
      w.date(row, Reconciliation.RECEIPT_DATE, c.date());
      w.money(row, Reconciliation.RECEIPT_TOTAL, won(c.total()));
    }
    w.text(row, Reconciliation.MATCHED_ON, l.basis() == null ? null : l.basis().name());
    w.text(row, Reconciliation.REASON, l.reason());
  }

  private static @Nullable Money won(@Nullable Long amount) {
    return amount == null ? null : Money.krw(amount);
  }
}
