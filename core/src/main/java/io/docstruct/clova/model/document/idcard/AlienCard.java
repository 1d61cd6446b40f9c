package io.docstruct.clova.model.document.idcard;

import io.docstruct.clova.model.document.DateObject;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code idCard.result.ac}: a Korean alien registration card.
 *
 * <pre>{@code
 * String visa = result.ac().visaType().get(0).text();
 * }</pre>
 *
 * @param alienRegNum alien registration number (personal data)
 * @param sex sex
 * @param name name
 * @param nationality nationality
 * @param visaType visa type
 * @param issueDate date of issue
 * @param authority issuing authority
 * @param authorityEng issuing authority (English)
 * @param alienRegNumEtc further alien registration number text (personal data)
 */
public record AlienCard(
    List<StringObject> alienRegNum,
    List<StringObject> sex,
    List<StringObject> name,
    List<StringObject> nationality,
    List<StringObject> visaType,
    List<DateObject> issueDate,
    List<StringObject> authority,
    List<StringObject> authorityEng,
    List<StringObject> alienRegNumEtc) {

  public AlienCard {
    alienRegNum = WireLists.copyOf(alienRegNum);
    sex = WireLists.copyOf(sex);
    name = WireLists.copyOf(name);
    nationality = WireLists.copyOf(nationality);
    visaType = WireLists.copyOf(visaType);
    issueDate = WireLists.copyOf(issueDate);
    authority = WireLists.copyOf(authority);
    authorityEng = WireLists.copyOf(authorityEng);
    alienRegNumEtc = WireLists.copyOf(alienRegNumEtc);
  }
}
