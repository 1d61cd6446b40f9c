package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key fields of a Korean business registration certificate (사업자등록증): every member is a list, empty when
 * nothing was found. Dates are the printed text ({@code "2017 년 06 월 29일"}): the provider gives no parts.
 * {@code toString()} masks resident registration numbers (first 6 / last 1 kept).
 *
 * <pre>{@code
 * BizLicenseFields b = (BizLicenseFields) page.fields();
 * String number = b.registerNumber().get(0).text(); // "611-01-99810"
 * }</pre>
 *
 * @param language the language the provider estimated, if given
 * @param birth date of birth as printed
 * @param bisAddress business address
 * @param bisArea area of the establishment
 * @param bisItem business items
 * @param registerNumber business registration number
 * @param bisType business type
 * @param companyName company name
 * @param coRepName co-representatives
 * @param corpName corporation name
 * @param corpRegisterNum corporation registration number
 * @param coRepSocialNum co-representatives' resident registration numbers (personal data)
 * @param documentType document type
 * @param headAddress head office address
 * @param issuanceDate date of issue as printed
 * @param issuanceReason reason for issue
 * @param openDate date business started as printed
 * @param repName representative
 * @param socialNumber representative's resident registration number (personal data)
 * @param taxType type of taxation
 */
public record BizLicenseFields(
    @Nullable String language,
    List<Field> birth,
    List<Field> bisAddress,
    List<Field> bisArea,
    List<Field> bisItem,
    List<Field> registerNumber,
    List<Field> bisType,
    List<Field> companyName,
    List<Field> coRepName,
    List<Field> corpName,
    List<Field> corpRegisterNum,
    List<Field> coRepSocialNum,
    List<Field> documentType,
    List<Field> headAddress,
    List<Field> issuanceDate,
    List<Field> issuanceReason,
    List<Field> openDate,
    List<Field> repName,
    List<Field> socialNumber,
    List<Field> taxType)
    implements DocumentFields {

  public BizLicenseFields {
    birth = List.copyOf(birth);
    bisAddress = List.copyOf(bisAddress);
    bisArea = List.copyOf(bisArea);
    bisItem = List.copyOf(bisItem);
    registerNumber = List.copyOf(registerNumber);
    bisType = List.copyOf(bisType);
    companyName = List.copyOf(companyName);
    coRepName = List.copyOf(coRepName);
    corpName = List.copyOf(corpName);
    corpRegisterNum = List.copyOf(corpRegisterNum);
    coRepSocialNum = List.copyOf(coRepSocialNum);
    documentType = List.copyOf(documentType);
    headAddress = List.copyOf(headAddress);
    issuanceDate = List.copyOf(issuanceDate);
    issuanceReason = List.copyOf(issuanceReason);
    openDate = List.copyOf(openDate);
    repName = List.copyOf(repName);
    socialNumber = List.copyOf(socialNumber);
    taxType = List.copyOf(taxType);
  }

  @Override
  public List<NamedField> namedFields() {
    return new NamedFieldList()
        .addAll("birth", birth)
        .addAll("bisAddress", bisAddress)
        .addAll("bisArea", bisArea)
        .addAll("bisItem", bisItem)
        .addAll("registerNumber", registerNumber)
        .addAll("bisType", bisType)
        .addAll("companyName", companyName)
        .addAll("coRepName", coRepName)
        .addAll("corpName", corpName)
        .addAll("corpRegisterNum", corpRegisterNum)
        .addAll("coRepSocialNum", coRepSocialNum)
        .addAll("documentType", documentType)
        .addAll("headAddress", headAddress)
        .addAll("issuanceDate", issuanceDate)
        .addAll("issuanceReason", issuanceReason)
        .addAll("openDate", openDate)
        .addAll("repName", repName)
        .addAll("socialNumber", socialNumber)
        .addAll("taxType", taxType)
        .toList();
  }

  /** Masks resident registration numbers (first 6 / last 1 kept). */
  @Override
  public String toString() {
    return PersonalNumbers.describe(
        "BizLicenseFields",
        "language=" + language,
        namedFields(),
        n -> n.startsWith("socialNumber") || n.startsWith("coRepSocialNum")
            ? PersonalNumbers.Mask.RESIDENT
            : PersonalNumbers.Mask.NONE);
  }
}
