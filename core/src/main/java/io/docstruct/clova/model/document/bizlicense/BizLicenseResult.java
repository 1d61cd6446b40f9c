package io.docstruct.clova.model.document.bizlicense;

import io.docstruct.clova.model.document.BaseObject;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code bizLicense.result}: every member is a list, empty when nothing was found. All are {@code BaseObject}s
 * except {@code documentType} ({@code StringObject}). Dates are the printed text ({@code "2017 년 06 월 29일"}).
 *
 * <pre>{@code
 * String number = result.registerNumber().get(0).text(); // "611-01-99810"
 * }</pre>
 *
 * @param birth date of birth
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
 * @param issuanceDate date of issue
 * @param issuanceReason reason for issue
 * @param openDate date business started
 * @param repName representative
 * @param socialNumber representative's resident registration number (personal data)
 * @param taxType type of taxation
 */
public record BizLicenseResult(
    List<BaseObject> birth,
    List<BaseObject> bisAddress,
    List<BaseObject> bisArea,
    List<BaseObject> bisItem,
    List<BaseObject> registerNumber,
    List<BaseObject> bisType,
    List<BaseObject> companyName,
    List<BaseObject> coRepName,
    List<BaseObject> corpName,
    List<BaseObject> corpRegisterNum,
    List<BaseObject> coRepSocialNum,
    List<StringObject> documentType,
    List<BaseObject> headAddress,
    List<BaseObject> issuanceDate,
    List<BaseObject> issuanceReason,
    List<BaseObject> openDate,
    List<BaseObject> repName,
    List<BaseObject> socialNumber,
    List<BaseObject> taxType) {

  public BizLicenseResult {
    birth = WireLists.copyOf(birth);
    bisAddress = WireLists.copyOf(bisAddress);
    bisArea = WireLists.copyOf(bisArea);
    bisItem = WireLists.copyOf(bisItem);
    registerNumber = WireLists.copyOf(registerNumber);
    bisType = WireLists.copyOf(bisType);
    companyName = WireLists.copyOf(companyName);
    coRepName = WireLists.copyOf(coRepName);
    corpName = WireLists.copyOf(corpName);
    corpRegisterNum = WireLists.copyOf(corpRegisterNum);
    coRepSocialNum = WireLists.copyOf(coRepSocialNum);
    documentType = WireLists.copyOf(documentType);
    headAddress = WireLists.copyOf(headAddress);
    issuanceDate = WireLists.copyOf(issuanceDate);
    issuanceReason = WireLists.copyOf(issuanceReason);
    openDate = WireLists.copyOf(openDate);
    repName = WireLists.copyOf(repName);
    socialNumber = WireLists.copyOf(socialNumber);
    taxType = WireLists.copyOf(taxType);
  }
}
