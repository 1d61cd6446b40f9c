package io.docstruct.privacy;

/**
 * The characters printed in place of hidden digits, one set for every kind of number: card numbers on
 * receipts ({@code 4221**8666}, {@code 5365-10XX-XXXX-2241}), business numbers on receipts ({@code
 * 120-81-*****}) and the resident numbers CLOVA masks ({@code 900101-1******}, {@code 900101-1●●●●●●}). A
 * number that holds one of them is masked: its hidden digits are never guessed, and a check that needs them
 * is unverifiable, not failed.
 *
 * <p>The set: {@code *} (and the full-width {@code ＊} and the operator {@code ∗} that OCR reads for it),
 * {@code x} and {@code X}, {@code #}, and the bullets {@code ●} and {@code •}.
 *
 * <pre>{@code
 * MaskCharacters.anyIn("120-81-*****");   // true
 * MaskCharacters.isMask('●');             // true
 * }</pre>
 */
public final class MaskCharacters {
  /** Every mask character, in the order the class documentation lists them. */
  public static final String ALL = "*＊∗xX#●•";

  private MaskCharacters() {}

  /** Whether {@code c} stands for a hidden digit. */
  public static boolean isMask(char c) {
    return ALL.indexOf(c) >= 0;
  }

  /** Whether {@code text} holds a mask character. */
  public static boolean anyIn(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isMask(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
