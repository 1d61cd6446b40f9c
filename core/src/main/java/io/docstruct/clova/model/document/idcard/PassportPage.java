package io.docstruct.clova.model.document.idcard;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.docstruct.clova.model.document.BaseObject;
import io.docstruct.clova.model.document.DateObject;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code idCard.result.pp}: a passport data page read by ID Card OCR (the MRZ lines are {@code MRZ1}/{@code MRZ2} on the wire).
 *
 * <pre>{@code
 * String line1 = result.pp().mrz1().get(0).text();
 * }</pre>
 *
 * @param type passport type
 * @param issueCountry issuing country
 * @param num passport number
 * @param surName surname
 * @param givenName given names
 * @param nationality nationality
 * @param birthDate date of birth
 * @param personalNum personal number (personal data)
 * @param sex sex
 * @param issueDate date of issue
 * @param expireDate date of expiry
 * @param authority issuing authority
 * @param fullNameKor name (Korean)
 * @param mrz1 MRZ line 1 (personal data)
 * @param mrz2 MRZ line 2 (personal data)
 */
public record PassportPage(
    List<StringObject> type,
    List<BaseObject> issueCountry,
    List<StringObject> num,
    List<StringObject> surName,
    List<StringObject> givenName,
    List<StringObject> nationality,
    List<DateObject> birthDate,
    List<StringObject> personalNum,
    List<StringObject> sex,
    List<DateObject> issueDate,
    List<DateObject> expireDate,
    List<BaseObject> authority,
    List<StringObject> fullNameKor,
    @JsonProperty("MRZ1") List<StringObject> mrz1,
    @JsonProperty("MRZ2") List<StringObject> mrz2) {

  public PassportPage {
    type = WireLists.copyOf(type);
    issueCountry = WireLists.copyOf(issueCountry);
    num = WireLists.copyOf(num);
    surName = WireLists.copyOf(surName);
    givenName = WireLists.copyOf(givenName);
    nationality = WireLists.copyOf(nationality);
    birthDate = WireLists.copyOf(birthDate);
    personalNum = WireLists.copyOf(personalNum);
    sex = WireLists.copyOf(sex);
    issueDate = WireLists.copyOf(issueDate);
    expireDate = WireLists.copyOf(expireDate);
    authority = WireLists.copyOf(authority);
    fullNameKor = WireLists.copyOf(fullNameKor);
    mrz1 = WireLists.copyOf(mrz1);
    mrz2 = WireLists.copyOf(mrz2);
  }
}
