package io.docstruct.clova.model.document.medical;

import org.jspecify.annotations.Nullable;

/**
 * {@code medicalReceipt.checksum}: the service's own sum checks. The documents list {@code
 * sumTreatmentCostEtc} twice (선택진료료 and 선택진료료이외); responses send {@code sumTreatmentCost} (선택진료료) and
 * {@code sumTreatmentCostEtc} (선택진료료이외), which is what is modelled. An entry is {@code null} when its key is
 * absent.
 *
 * <pre>{@code
 * ChecksumEntry total = section.checksum().totalAmount(); // found, foundTotalIds [40]
 * }</pre>
 *
 * @param sumPaidByPatient 본인부담금 합계
 * @param sumPaidByInsurer 공단부담금 합계
 * @param sumPaidByPatientFull 전액본인부담금 합계
 * @param sumTreatmentCost 선택진료료 합계
 * @param sumTreatmentCostEtc 선택진료료이외 합계
 * @param totalAmount 총액 확인
 * @param totalPaid 환자부담액
 */
public record Checksum(
    @Nullable ChecksumEntry sumPaidByPatient,
    @Nullable ChecksumEntry sumPaidByInsurer,
    @Nullable ChecksumEntry sumPaidByPatientFull,
    @Nullable ChecksumEntry sumTreatmentCost,
    @Nullable ChecksumEntry sumTreatmentCostEtc,
    @Nullable ChecksumEntry totalAmount,
    @Nullable ChecksumEntry totalPaid) {}
