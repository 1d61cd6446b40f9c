package io.docstruct.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a receipt's text says about its evidence, as General OCR reads it (spaces where the print has none). */
class EvidenceMarkTest {
  @Test
  void aCardSlipHeadingOrApprovalIsACardPayment() {
    assertThat(EvidenceMark.in("[신용카드 매출전표] 카드번호 9430-****-****-5521")).contains(EvidenceMark.CARD_PAYMENT);
    assertThat(EvidenceMark.in("신용 승인 정보 승인번호 31920476")).contains(EvidenceMark.CARD_PAYMENT);
    assertThat(EvidenceMark.in("KB국민 체크 승인")).contains(EvidenceMark.CHECK_CARD);
  }

  @Test
  void aCashReceiptThatMentionsCardsIsNotACardPayment() {
    // A cash sale's footer can name 신용카드 without any card having been used.
    assertThat(EvidenceMark.in("현금 결제 20,000 신용카드 가맹점 안내: 카드 결제 시 할부 가능"))
        .doesNotContain(EvidenceMark.CARD_PAYMENT);
  }

  @Test
  void cashReceiptsForExpensesAndForDeductionsAreTold() {
    assertThat(EvidenceMark.in("현금영수증 (지출 증빙) 사업자번호 220-81-62517"))
        .contains(EvidenceMark.CASH_RECEIPT_EXPENSE).doesNotContain(EvidenceMark.CASH_RECEIPT_DEDUCTION);
    assertThat(EvidenceMark.in("현금영수증(소득공제) 010-****-1234")).containsExactly(EvidenceMark.CASH_RECEIPT_DEDUCTION);
  }

  @Test
  void aTaxInvoiceIsNotAlsoAnInvoice() {
    assertThat(EvidenceMark.in("전자세금계산서 공급받는자 보관용")).containsExactly(EvidenceMark.TAX_INVOICE);
    assertThat(EvidenceMark.in("전자계산서 (면세)")).containsExactly(EvidenceMark.INVOICE);
  }

  @Test
  void aMarkNameThatDoesNotExistFailsLoudlyInATable() {
    ClaimedExpense claim = new ClaimedExpense(0, "a.json", 0, null, null, null, null, null, 1000L, null, null, null,
        null, null, EvidenceMark.in("간이영수증"));

    assertThat(claim.hasMark("간이영수증|세금계산서")).isTrue();
    assertThat(claim.hasMark("*")).isTrue();
    assertThatThrownBy(() -> claim.hasMark("영수증"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'영수증'");
    assertThat(List.of(EvidenceMark.values())).extracting(EvidenceMark::label).doesNotHaveDuplicates();
  }
}
