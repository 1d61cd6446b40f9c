package io.docstruct.clova.model.document.idcard;

import io.docstruct.clova.model.document.BaseObject;
import io.docstruct.clova.model.document.DateObject;
import io.docstruct.clova.model.document.StringObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code idCard.result.dl}: a Korean driver's license.
 *
 * <pre>{@code
 * String licence = result.dl().num().get(0).text();
 * }</pre>
 *
 * @param type license types
 * @param num license number
 * @param name name (Korean)
 * @param personalNum resident registration number (personal data)
 * @param address address
 * @param renewStartDate start of the renewal period
 * @param renewEndDate end of the renewal period
 * @param condition license conditions
 * @param code license code
 * @param organDonation organ donation registration
 * @param issueDate date of issue
 * @param authority issuing authority
 */
public record DriverLicense(
    List<BaseObject> type,
    List<StringObject> num,
    List<StringObject> name,
    List<StringObject> personalNum,
    List<StringObject> address,
    List<DateObject> renewStartDate,
    List<DateObject> renewEndDate,
    List<StringObject> condition,
    List<StringObject> code,
    List<BaseObject> organDonation,
    List<DateObject> issueDate,
    List<StringObject> authority) {

  public DriverLicense {
    type = WireLists.copyOf(type);
    num = WireLists.copyOf(num);
    name = WireLists.copyOf(name);
    personalNum = WireLists.copyOf(personalNum);
    address = WireLists.copyOf(address);
    renewStartDate = WireLists.copyOf(renewStartDate);
    renewEndDate = WireLists.copyOf(renewEndDate);
    condition = WireLists.copyOf(condition);
    code = WireLists.copyOf(code);
    organDonation = WireLists.copyOf(organDonation);
    issueDate = WireLists.copyOf(issueDate);
    authority = WireLists.copyOf(authority);
  }
}
