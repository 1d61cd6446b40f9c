package io.docstruct.clova.model.document.idcard;

import io.docstruct.clova.model.document.DateObject;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code idCard.result.ic}: a Korean resident registration card.
 *
 * <pre>{@code
 * String num = result.ic().personalNum().get(0).text(); // personal data: never log it
 * }</pre>
 *
 * @param name name (Korean)
 * @param personalNum resident registration number (personal data)
 * @param address address
 * @param issueDate date of issue
 * @param authority issuing authority
 */
public record IdentityCard(
    List<StringObject> name,
    List<StringObject> personalNum,
    List<StringObject> address,
    List<DateObject> issueDate,
    List<StringObject> authority) {

  public IdentityCard {
    name = WireLists.copyOf(name);
    personalNum = WireLists.copyOf(personalNum);
    address = WireLists.copyOf(address);
    issueDate = WireLists.copyOf(issueDate);
    authority = WireLists.copyOf(authority);
  }
}
