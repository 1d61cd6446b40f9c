package io.docstruct.document.fields;

import java.util.List;
import java.util.function.Function;

/**
 * Masks personal numbers for {@code toString()}: resident-style numbers keep their first 6 and last 1 letters
 * or digits, card numbers their first 4 and last 4, MRZ text keeps none. Separators ({@code -}, {@code <},
 * spaces, line breaks) stay so the shape remains readable; values too short to keep anything are masked whole.
 */
final class PersonalNumbers {
  private PersonalNumbers() {}

  /** How a value is masked. */
  enum Mask {
    NONE(-1, -1),
    RESIDENT(6, 1),
    CARD(4, 4),
    FULL(0, 0);

    private final int head;
    private final int tail;

    Mask(int head, int tail) {
      this.head = head;
      this.tail = tail;
    }
  }

  static String mask(String text, Mask mask) {
    if (mask == Mask.NONE) {
      return text;
    }
    int significant = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        significant++;
      }
    }
    boolean keepEnds = significant > mask.head + mask.tail;
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        continue;
      }
      boolean keep = keepEnds && (seen < mask.head || seen >= significant - mask.tail);
      out.append(keep ? c : '*');
      seen++;
    }
    return out.toString();
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
