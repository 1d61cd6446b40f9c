package io.docstruct.rules.entity;

import io.docstruct.privacy.MaskCharacters;
import io.docstruct.verify.number.BusinessType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A business registration certificate (사업자등록증) as a vendor record. The representative's resident number
 * is masked unless the engine reveals personal numbers.
 *
 * <pre>{@code
 * Vendor v = result.vendors().get(0);
 * v.registrationNumber();        // 611-01-99810
 * v.registrationNumber().type(); // INDIVIDUAL_TAXABLE (개인 과세사업자)
 * }</pre>
 *
 * @param source where it came from
 * @param registrationNumber the business registration number, when one of the right shape was read
 * @param printedRegistrationNumber the number as printed
 * @param taxType 과세유형 as printed ({@code 일반과세자})
 * @param companyName 상호
 * @param corporationName 법인명, for corporations
 * @param corporationRegistrationNumber 법인등록번호, for corporations
 * @param representative 대표자
 * @param representativeBirthDate 생년월일, when printed in full
 * @param maskedResidentNumber the representative's resident number, masked ({@code 510203-1******})
 * @param residentNumber the same in full, only when personal numbers are revealed
 * @param openDate 개업연월일
 * @param issueDate 발급일
 * @param businessAddress 사업장 소재지
 * @param headOfficeAddress 본점 소재지
 * @param businessTypes 업태
 * @param businessItems 종목
 */
public record Vendor(
    Source source,
    @Nullable BusinessNumber registrationNumber,
    @Nullable String printedRegistrationNumber,
    @Nullable String taxType,
    @Nullable String companyName,
    @Nullable String corporationName,
    @Nullable String corporationRegistrationNumber,
    @Nullable String representative,
    @Nullable LocalDate representativeBirthDate,
    @Nullable String maskedResidentNumber,
    @Nullable String residentNumber,
    @Nullable LocalDate openDate,
    @Nullable LocalDate issueDate,
    @Nullable String businessAddress,
    @Nullable String headOfficeAddress,
    List<String> businessTypes,
    List<String> businessItems) {

  public Vendor {
    businessTypes = List.copyOf(businessTypes);
    businessItems = List.copyOf(businessItems);
  }

  /** The type code's meaning, {@link BusinessType#UNKNOWN} without a number. */
  public BusinessType businessType() {
    return registrationNumber == null ? BusinessType.UNKNOWN : registrationNumber.type();
  }

  /** Whether the registration number was printed partly hidden (see {@link MaskCharacters}). For rules. */
  public boolean registrationNumberMasked() {
    return printedRegistrationNumber != null && MaskCharacters.anyIn(printedRegistrationNumber);
  }

  /** Never prints the full resident number. */
  @Override
  public String toString() {
    return "Vendor[registrationNumber=" + registrationNumber + ", taxType=" + taxType + ", companyName="
        + companyName + ", representative=" + representative + ", residentNumber=" + maskedResidentNumber
        + ", openDate=" + openDate + ", issueDate=" + issueDate + ", businessAddress=" + businessAddress
        + "]";
  }
}
