package io.docstruct.document.fields;

import io.docstruct.document.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The key fields of a credit card. {@code toString()} masks the number (first 4 / last 4 kept).
 *
 * <pre>{@code
 * CreditCardFields c = (CreditCardFields) page.fields();
 * String digits = c.number().text(); // personal data: never log it
 * }</pre>
 *
 * @param language the language the provider estimated, if given
 * @param number card number (personal data); its polygon is the whole number's outline
 * @param validThru expiry as printed
 * @param name card holder name
 */
public record CreditCardFields(
    @Nullable String language, @Nullable Field number, @Nullable Field validThru, @Nullable Field name)
    implements DocumentFields {

  @Override
  public List<NamedField> namedFields() {
    return new NamedFieldList()
        .add("number", number)
        .add("validThru", validThru)
        .add("name", name)
        .toList();
  }

  /** Masks the card number (first 4 / last 4 kept). */
  @Override
  public String toString() {
    return PersonalNumbers.describe(
        "CreditCardFields",
        "language=" + language,
        namedFields(),
        n -> n.equals("number") ? PersonalNumbers.Mask.CARD : PersonalNumbers.Mask.NONE);
  }
}
