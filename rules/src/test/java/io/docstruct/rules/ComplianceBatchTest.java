package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.rules.compliance.CardTransaction;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceBatch;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.DuplicateKind;
import io.docstruct.rules.compliance.EvidenceMark;
import io.docstruct.rules.compliance.EvidenceType;
import io.docstruct.rules.compliance.MatchBasis;
import io.docstruct.rules.compliance.ReconciliationLine.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From real Receipt OCR responses through the document rules to the batch rules. */
class ComplianceBatchTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().clock(Fixtures.CLOCK).build();

  @Test
  void aRealCardReceiptAddedTwiceIsAQualifiedCardSlipClaimedTwiceAndMatchesItsStatementRow() {
    OcrDocument doc = Fixtures.read("receipt.json");
    ComplianceBatch batch = ComplianceBatch.create();
    batch.add("receipt.json", ENGINE.evaluate(doc), doc);
    batch.add("receipt-again.json", ENGINE.evaluate(doc), doc);

    ClaimedExpense claim = batch.claims().get(0);
    assertThat(claim.marks()).contains(EvidenceMark.CARD_PAYMENT);
    assertThat(claim.date()).isEqualTo(LocalDate.of(2020, 4, 16));
    assertThat(claim.total()).isNotNull();
    assertThat(claim.approvalNumber()).isNotNull();
    assertThat(claim.cardNumber()).doesNotContainPattern("\\d{5}");   // masked, as the entity keeps it

    CardTransaction row = new CardTransaction("card.csv", 2, claim.date(), null, claim.approvalNumber(), "이마트24",
        null, claim.total(), "9430-****-****-1234", false);
    ComplianceReport report = ENGINE.checkBatch(batch.claims(), List.of(row));

    assertThat(report.evidence()).allSatisfy(e -> assertThat(e.type()).isEqualTo(EvidenceType.CARD_SLIP));
    // Same business number, date, time and total: the strongest kind; the shared approval number is not reported again.
    assertThat(report.duplicates()).extracting(d -> d.kind()).containsExactly(DuplicateKind.SAME_RECEIPT);
    assertThat(report.duplicates()).allSatisfy(d -> {
      assertThat(d.first().document()).isEqualTo("receipt.json");
      assertThat(d.second().document()).isEqualTo("receipt-again.json");
    });
    assertThat(report.reconciliation(Status.MATCHED)).singleElement().satisfies(l -> {
      assertThat(l.basis()).isEqualTo(MatchBasis.APPROVAL_NUMBER);
      assertThat(l.claim().document()).isEqualTo("receipt.json");
    });
    // The second copy has no transaction of its own: it is reported, not dropped.
    assertThat(report.reconciliation(Status.NO_TRANSACTION)).singleElement()
        .satisfies(l -> assertThat(l.claim().document()).isEqualTo("receipt-again.json"));
  }

  @Test
  void aDocumentWithoutExpensesAddsNothing() {
    OcrDocument doc = Fixtures.read("name-card.json");
    ComplianceBatch batch = ComplianceBatch.create();

    batch.add("card.json", ENGINE.evaluate(doc), doc);

    assertThat(batch.size()).isZero();
  }
}
