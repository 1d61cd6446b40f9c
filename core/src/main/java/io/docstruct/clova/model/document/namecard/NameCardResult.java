package io.docstruct.clova.model.document.namecard;

import io.docstruct.clova.model.document.StringObject;
import io.docstruct.clova.model.document.TelObject;
import io.docstruct.json.WireLists;
import java.util.List;

/**
 * {@code nameCard.result}: every member is a list, empty when nothing was found.
 *
 * <pre>{@code
 * String mobile = result.mobile().get(0).text(); // "010-1234-5678"
 * }</pre>
 *
 * @param name names
 * @param nameFurigana furigana readings (Japanese cards only)
 * @param company company names
 * @param department departments
 * @param address addresses
 * @param position job titles
 * @param mobile mobile numbers
 * @param tel telephone numbers
 * @param fax fax numbers
 * @param email e-mail addresses
 * @param homepage web sites
 */
public record NameCardResult(
    List<StringObject> name,
    List<StringObject> nameFurigana,
    List<StringObject> company,
    List<StringObject> department,
    List<StringObject> address,
    List<StringObject> position,
    List<TelObject> mobile,
    List<TelObject> tel,
    List<TelObject> fax,
    List<StringObject> email,
    List<StringObject> homepage) {

  public NameCardResult {
    name = WireLists.copyOf(name);
    nameFurigana = WireLists.copyOf(nameFurigana);
    company = WireLists.copyOf(company);
    department = WireLists.copyOf(department);
    address = WireLists.copyOf(address);
    position = WireLists.copyOf(position);
    mobile = WireLists.copyOf(mobile);
    tel = WireLists.copyOf(tel);
    fax = WireLists.copyOf(fax);
    email = WireLists.copyOf(email);
    homepage = WireLists.copyOf(homepage);
  }
}
