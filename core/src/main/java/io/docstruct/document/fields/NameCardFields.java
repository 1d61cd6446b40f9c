package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key fields of a name card: every member is a list, empty when nothing was found.
 *
 * <pre>{@code
 * NameCardFields n = (NameCardFields) page.fields();
 * String mobile = n.mobile().get(0).text(); // "010-1234-5678"
 * }</pre>
 *
 * @param language the language the provider estimated, if given
 * @param name names
 * @param nameFurigana furigana readings (Japanese cards only)
 * @param company company names
 * @param department departments
 * @param address addresses
 * @param position job titles
 * @param mobile mobile numbers ({@code normalized} is digits)
 * @param tel telephone numbers
 * @param fax fax numbers
 * @param email e-mail addresses
 * @param homepage web sites
 */
public record NameCardFields(
    @Nullable String language,
    List<Field> name,
    List<Field> nameFurigana,
    List<Field> company,
    List<Field> department,
    List<Field> address,
    List<Field> position,
    List<Field> mobile,
    List<Field> tel,
    List<Field> fax,
    List<Field> email,
    List<Field> homepage)
    implements DocumentFields {

  public NameCardFields {
    name = List.copyOf(name);
    nameFurigana = List.copyOf(nameFurigana);
    company = List.copyOf(company);
    department = List.copyOf(department);
    address = List.copyOf(address);
    position = List.copyOf(position);
    mobile = List.copyOf(mobile);
    tel = List.copyOf(tel);
    fax = List.copyOf(fax);
    email = List.copyOf(email);
    homepage = List.copyOf(homepage);
  }

  @Override
  public List<NamedField> namedFields() {
    return new NamedFieldList()
        .addAll("name", name)
        .addAll("nameFurigana", nameFurigana)
        .addAll("company", company)
        .addAll("department", department)
        .addAll("address", address)
        .addAll("position", position)
        .addAll("mobile", mobile)
        .addAll("tel", tel)
        .addAll("fax", fax)
        .addAll("email", email)
        .addAll("homepage", homepage)
        .toList();
  }
}
