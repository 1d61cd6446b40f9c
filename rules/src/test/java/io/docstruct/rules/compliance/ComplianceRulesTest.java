package io.docstruct.rules.compliance;

import static io.docstruct.rules.compliance.Claims.cancellation;
import static io.docstruct.rules.compliance.Claims.receipt;
import static io.docstruct.rules.compliance.Claims.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.rules.RuleEngine;
import io.docstruct.rules.compliance.ReconciliationLine.Status;
import io.docstruct.verify.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in batch rules on small hand-made batches, one rule at a time. */
class ComplianceRulesTest {
  private static final RuleEngine ENGINE = RuleEngine.create();

  private static List<ClaimedExpense> batch(Claims.Builder... receipts) {
    List<ClaimedExpense> claims = new ArrayList<>();
    for (Claims.Builder r : receipts) {
      claims.add(r.build(claims.size()));
    }
    return claims;
  }

  private static ComplianceReport check(List<ClaimedExpense> claims, CardTransaction... rows) {
    return ENGINE.checkBatch(claims, List.of(rows));
  }

  @Test
  void simpleReceiptOver30000WonIsAViolationWithTheTwoPercentPenalty() {
    ComplianceReport report = check(batch(receipt("gimbap.json").total(33_000, 3_000L).shows(EvidenceMark.SIMPLE_RECEIPT)));

    EvidenceVerdict e = report.evidence().get(0);
    assertThat(e.type()).isEqualTo(EvidenceType.SIMPLE_RECEIPT);
    assertThat(e.classifiedBy()).isEqualTo("증빙 유형: 간이영수증·기타");
    assertThat(e.severity()).isEqualTo(Severity.ERROR);
    assertThat(e.penalty()).isEqualTo(660);   // 2% of ₩33,000
    assertThat(e.inputVatDeductible()).isFalse();
    assertThat(e.basis()).contains("법인세법 §116 ②", "§75의5 ①", "소득세법 §160의2");
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("적격증빙 없는 3만원 초과 지출");
      assertThat(f.documents()).containsExactly("gimbap.json p1");
      assertThat(f.message()).contains("₩33,000", "가산세 ₩660");
    });
    assertThat(report.totalPenalty()).isEqualTo(660);
  }

  @Test
  void simpleReceiptOf29000WonIsAllowedWithoutPenalty() {
    ComplianceReport report = check(batch(receipt("gimbap.json").total(29_000, null)));

    EvidenceVerdict e = report.evidence().get(0);
    assertThat(e.type()).isEqualTo(EvidenceType.SIMPLE_RECEIPT);
    assertThat(e.penalty()).isZero();
    assertThat(e.severity()).isEqualTo(Severity.INFO);
    assertThat(e.summary()).startsWith("3만원 이하");
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void exactly30000WonIsStillWithinTheThreshold() {
    // 시행령 §158 ②: 3만원 "이하" is exempt, so ₩30,000 itself needs no qualified evidence.
    assertThat(check(batch(receipt("a.json").total(30_000, null))).findings()).isEmpty();
    assertThat(check(batch(receipt("a.json").total(30_001, null))).findings()).hasSize(1);
  }

  @Test
  void entertainmentOver30000WithoutQualifiedEvidenceIsNotDeductibleButCostsNoPenalty() {
    ComplianceReport report = check(batch(receipt("bar.json").merchant("을지로 포차", null).category("접대비").total(88_000, null)));

    EvidenceVerdict e = report.evidence().get(0);
    assertThat(e.verdicts()).extracting(Verdict::rule).containsExactly("접대비 3만원 초과 적격증빙 없음");
    assertThat(e.summary()).contains("손금불산입");
    assertThat(e.penalty()).isZero();   // 법인세법 §75의5 ② 1: no 가산세 on 접대비 already disallowed
    assertThat(e.basis()).contains("법인세법 §25 ②");
  }

  @Test
  void cardSlipsIncludingCheckAndPrepaidCardsAreQualifiedEvidence() {
    ComplianceReport report = check(batch(
        receipt("credit.json").total(45_000, null).card("30012345"),
        receipt("check.json").total(46_000, null).shows(EvidenceMark.CHECK_CARD),
        receipt("prepaid.json").total(47_000, null).shows(EvidenceMark.PREPAID_CARD)));

    assertThat(report.evidence()).extracting(EvidenceVerdict::type).containsOnly(EvidenceType.CARD_SLIP);
    assertThat(report.evidence()).allSatisfy(e -> assertThat(e.summary()).isEqualTo("적격증빙"));
    assertThat(report.findings()).isEmpty();
    assertThat(report.totalPenalty()).isZero();
  }

  @Test
  void onlyAnExpenseCashReceiptIsQualified() {
    ComplianceReport report = check(batch(
        receipt("expense.json").total(55_000, null).shows(EvidenceMark.CASH_RECEIPT_EXPENSE),
        receipt("deduction.json").total(55_000, null).at("2024-06-06", "10:00").shows(EvidenceMark.CASH_RECEIPT_DEDUCTION),
        receipt("invoice.json").total(550_000, 50_000L).shows(EvidenceMark.TAX_INVOICE)));

    assertThat(report.evidence()).extracting(EvidenceVerdict::type)
        .containsExactly(EvidenceType.CASH_RECEIPT, EvidenceType.SIMPLE_RECEIPT, EvidenceType.TAX_INVOICE);
    assertThat(report.evidence().get(1).penalty()).isEqualTo(1_100);
  }

  @Test
  void vatOnASimplifiedTaxpayersReceiptIsFlagged() {
    ComplianceReport report = check(batch(
        receipt("simple-vat.json").total(22_000, 2_000L).card("1").shows(EvidenceMark.SIMPLIFIED_TAXPAYER),
        receipt("simple-novat.json").total(22_000, null).at("2024-06-07", "10:00").card("2")
            .shows(EvidenceMark.SIMPLIFIED_TAXPAYER)));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("간이과세자 영수증의 부가세");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.documents()).containsExactly("simple-vat.json p1");
    });
    assertThat(report.evidence().get(0).inputVatDeductible()).isFalse();
  }

  @Test
  void aRePhotographedReceiptIsADuplicateNamingBothDocuments() {
    ComplianceReport report = check(batch(
        receipt("IMG_0412.json").card("30012345").total(18_500, 1_682L).at("2024-06-05", "12:31:05"),
        receipt("lunch.json").merchant("스타벅스 강남점", "201-81-21515").total(6_100, null),
        receipt("IMG_0412 (1).json").card("30012345").total(18_500, 1_682L).at("2024-06-05", "12:31:05")));

    assertThat(report.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DuplicateKind.SAME_RECEIPT);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.first().document()).isEqualTo("IMG_0412.json");
      assertThat(d.second().document()).isEqualTo("IMG_0412 (1).json");
      assertThat(d.reason()).contains("220-81-62517", "2024-06-05 12:31:05", "₩18,500");
    });
    assertThat(report.evidence()).hasSize(3);   // both copies are still there
    assertThat(report.findings()).anySatisfy(f ->
        assertThat(f.documents()).containsExactly("IMG_0412.json p1", "IMG_0412 (1).json p1"));
  }

  @Test
  void twoReceiptsSharingAnApprovalNumberAreADuplicate() {
    ComplianceReport report = check(batch(
        receipt("a.json").card("00471123").total(42_000, null).at("2024-06-05", "19:02"),
        receipt("b.json").merchant("한우마을", "105-87-12345").card("471123").total(41_000, null).at("2024-06-05", "19:40")));

    assertThat(report.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DuplicateKind.SAME_APPROVAL);   // leading zeros do not count
      assertThat(d.reason()).contains("a.json p1", "b.json p1", "00471123");
    });
  }

  @Test
  void sameMerchantAndTotalOnOneDayAtAnotherTimeIsALowerSeverityWarning() {
    ComplianceReport report = check(batch(
        receipt("morning.json").total(4_500, null).at("2024-06-05", "09:10"),
        receipt("afternoon.json").total(4_500, null).at("2024-06-05", "15:20"),
        receipt("next-day.json").total(4_500, null).at("2024-06-06", "09:10")));

    assertThat(report.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DuplicateKind.SAME_DAY_AND_TOTAL);
      assertThat(d.severity()).isEqualTo(Severity.INFO);
      assertThat(d.first().document()).isEqualTo("morning.json");
      assertThat(d.second().document()).isEqualTo("afternoon.json");
    });
  }

  @Test
  void threeCopiesAreTwoDuplicatesOfTheFirst() {
    ComplianceReport report = check(batch(receipt("1.json"), receipt("2.json"), receipt("3.json")));

    assertThat(report.duplicates()).extracting(d -> d.first().document() + "<" + d.second().document())
        .containsExactly("1.json<2.json", "1.json<3.json");
  }

  @Test
  void statementWithACancelledApprovalAndAnUnmatchedTransaction() {
    List<ClaimedExpense> claims = batch(
        receipt("dinner.json").merchant("한우마을", "105-87-12345").card("30012345").total(33_000, null)
            .at("2024-06-05", "19:40"),
        receipt("taxi.json").merchant("카카오T 택시", "120-88-00767").total(12_300, null).at("2024-06-03", "23:10"),
        receipt("refunded.json").merchant("교보문고", "102-81-11670").card("30077777").total(27_000, null)
            .at("2024-06-04", "11:00"),
        receipt("personal-card.json").merchant("GS25 역삼점", "220-85-10001").card("59001234").total(3_200, null)
            .at("2024-06-04", "08:00"));
    ComplianceReport report = check(claims,
        row(2, "2024-06-05", "30012345", 33_000, "한우마을", null),
        row(3, "2024-06-05", null, 12_300, "카카오T", "120-88-00767"),   // settled two days after the ride
        row(4, "2024-06-04", "30077777", 27_000, "교보문고", null),
        cancellation(5, "2024-06-04", "30077777", -27_000, "교보문고"),
        row(6, "2024-06-06", "30099999", 54_000, "을지로 포차", null));

    assertThat(report.reconciliation(Status.MATCHED)).extracting(l -> l.claim().document() + "=" + l.basis())
        .containsExactly("dinner.json=APPROVAL_NUMBER", "taxi.json=AMOUNT_DATE_BUSINESS_NUMBER");
    assertThat(report.reconciliation(Status.CANCELLED)).singleElement().satisfies(l -> {
      assertThat(l.claim().document()).isEqualTo("refunded.json");
      assertThat(l.severity()).isEqualTo(Severity.WARNING);
      assertThat(l.reason()).contains("취소", "card.csv row 5", "should not be claimed");
    });
    assertThat(report.reconciliation(Status.NO_RECEIPT)).singleElement().satisfies(l -> {
      assertThat(l.transaction().row()).isEqualTo(6);
      assertThat(l.reason()).contains("₩54,000", "을지로 포차");
    });
    assertThat(report.reconciliation(Status.NO_TRANSACTION)).singleElement()
        .satisfies(l -> assertThat(l.claim().document()).isEqualTo("personal-card.json"));
  }

  @Test
  void aCancelledApprovalWithoutAReceiptNeedsNone() {
    ComplianceReport report = check(List.of(),
        row(2, "2024-06-04", "30077777", 27_000, "교보문고", null),
        cancellation(3, "2024-06-04", "30077777", -27_000, "교보문고"));

    assertThat(report.reconciliation()).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo(Status.CANCELLED);
      assertThat(l.severity()).isEqualTo(Severity.INFO);
    });
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void amountsMustBeEqualToTheWon() {
    List<ClaimedExpense> claims = batch(receipt("a.json").card("30012345").total(33_000, null));
    ComplianceReport report = check(claims, row(2, "2024-06-05", "30012345", 33_001, "김밥천국", null));

    assertThat(report.reconciliation(Status.MATCHED)).isEmpty();
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains("₩33,001", "₩33,000", "not matched"));
  }

  @Test
  void aDateBeyondTheSettlementLagDoesNotMatch() {
    List<ClaimedExpense> claims = batch(receipt("a.json").total(12_300, null).at("2024-06-01", "10:00"));

    assertThat(check(claims, row(2, "2024-06-04", null, 12_300, null, "220-81-62517")).reconciliation(Status.MATCHED))
        .hasSize(1);
    assertThat(check(claims, row(2, "2024-06-05", null, 12_300, null, "220-81-62517")).reconciliation(Status.MATCHED))
        .isEmpty();
  }

  @Test
  void aReceiptMatchesOneTransactionOnly() {
    List<ClaimedExpense> claims = batch(receipt("a.json").total(12_300, null).at("2024-06-01", "10:00"));
    ComplianceReport report = check(claims,
        row(2, "2024-06-01", null, 12_300, "김밥천국", null),
        row(3, "2024-06-01", null, 12_300, "김밥천국", null));

    assertThat(report.reconciliation(Status.MATCHED)).hasSize(1);
    assertThat(report.reconciliation(Status.NO_RECEIPT)).hasSize(1);
  }

  @Test
  void entertainmentCardSlipOnNoCompanyStatementIsFlagged() {
    List<ClaimedExpense> claims = batch(
        receipt("bar.json").merchant("을지로 포차", null).category("접대비").card("77770000").total(88_000, null));

    assertThat(check(claims).findings()).isEmpty();   // no statement: the card cannot be told
    assertThat(check(claims, row(2, "2024-06-06", "1", 1_000, "x", null)).findings())
        .anySatisfy(f -> {
          assertThat(f.rule()).isEqualTo("접대비 card slip not on the company card statements");
          assertThat(f.basis()).contains("§25 ②");
        });
  }

  @Test
  void aPartOfABatchWhoseStatementRowsAreAllElsewhereIsToldStatementsWereGiven() {
    // The Spark job checks per amount group: the ₩3,200 receipt's group has no statement row of its own, but the
    // batch has a statement, on which this card receipt is not (as the whole batch's session says).
    List<ClaimedExpense> claims = batch(receipt("personal-card.json").merchant("GS25 역삼점", "220-85-10001")
        .card("59001234").total(3_200, null).at("2024-06-04", "08:00"));
    CardTransaction elsewhere = row(2, "2024-06-05", "30012345", 33_000, "한우마을", null);

    ComplianceReport whole = check(claims, elsewhere);
    ComplianceReport part = ENGINE.checkBatch(claims, List.of(), true);

    assertThat(part.reconciliation()).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo(Status.NO_TRANSACTION);
      assertThat(l.claim().document()).isEqualTo("personal-card.json");
      assertThat(l.reason()).contains("on none of the card statements given");
    });
    assertThat(part.reconciliation(Status.NO_TRANSACTION)).isEqualTo(whole.reconciliation(Status.NO_TRANSACTION));
    assertThat(ENGINE.checkBatch(claims, List.of(), false).reconciliation()).as("no statement at all").isEmpty();
    assertThatThrownBy(() -> ENGINE.checkBatch(claims, List.of(elsewhere), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 statement rows, but no statement given");
  }

  @Test
  void aRuleSeverityCanBeChanged() {
    RuleEngine lenient = RuleEngine.builder().severity("Same receipt claimed twice", Severity.INFO).build();

    ComplianceReport report = lenient.checkBatch(batch(receipt("1.json"), receipt("2.json")), List.of());

    assertThat(report.duplicates()).singleElement().extracting(Duplicate::severity).isEqualTo(Severity.INFO);
  }
}
