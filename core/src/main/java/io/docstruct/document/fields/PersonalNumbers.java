package io.docstruct.document.fields;

import io.docstruct.privacy.Masking;
import java.util.List;
import java.util.function.Function;

/**
 * Masks personal numbers for {@code toString()} with the rules of {@link Masking}: resident-style numbers keep
 * their birth date and gender digit, card numbers their first 4 and last 4, MRZ text keeps none.
 */
final class PersonalNumbers {
  private PersonalNumbers() {}

  /** How a value is masked: the rules of {@link Masking}. */
  enum Mask {
    NONE(Masking.Style.NONE),
    RESIDENT(Masking.Style.RESIDENT),
    CARD(Masking.Style.CARD),
    FULL(Masking.Style.FULL);

    private final Masking.Style style;

    Mask(Masking.Style style) {
      this.style = style;
    }
  }

  static String mask(String text, Mask mask) {
    return mask.style.apply(text);
  }

  /**
   * {@code Type[header, name=text, …]} with each field's text masked as {@code maskFor} says; normalized values
   * are left out so that they cannot leak what the text hides.
   */
  static String describe(String type, String header, List<NamedField> fields, Function<String, Mask> maskFor) {
    StringBuilder out = new StringBuilder(type).append('[').append(header);
    for (NamedField f : fields) {
      if (out.charAt(out.length() - 1) != '[') {
        out.append(", ");
      }
      out.append(f.name()).append('=').append(mask(f.field().text(), maskFor.apply(f.name())));
    }
    return out.append(']').toString();
  }
}
