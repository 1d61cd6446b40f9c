package io.docstruct.rules.entity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A medical receipt (진료비 계산서·영수증): its amount cells, the column sums of the 합계 row, and the totals
 * the provider located. Each sum is {@code null} when no cell of the document holds it.
 *
 * <pre>{@code
 * MedicalBill bill = result.medicalBills().get(0);
 * bill.nonCovered();    // 53435 KRW (비급여 합계)
 * bill.totalAmount();   // 1541717 KRW (진료비 총액)
 * }</pre>
 *
 * @param source where it came from
 * @param items every amount cell, in the provider's order
 * @param patientShare ① 본인부담금 (급여 중 일부 본인부담)
 * @param insurerShare ② 공단부담금
 * @param patientFullShare ③ 전액 본인부담
 * @param nonCovered 비급여 (④ 선택진료료 + ⑤ 선택진료료 외)
 * @param totalAmount 진료비 총액
 * @param patientTotal 환자부담 총액
 */
public record MedicalBill(
    Source source,
    List<MedicalItem> items,
    @Nullable Money patientShare,
    @Nullable Money insurerShare,
    @Nullable Money patientFullShare,
    @Nullable Money nonCovered,
    @Nullable Money totalAmount,
    @Nullable Money patientTotal) {

  public MedicalBill {
    items = List.copyOf(items);
  }
}
