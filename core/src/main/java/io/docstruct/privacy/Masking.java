package io.docstruct.privacy;

/**
 * Masks personal numbers for reports and logs. Separators ({@code -}, spaces) stay so the shape remains
 * readable; mask characters already printed stay as they are.
 *
 * <pre>{@code
 * Masking.resident("910623-1062372");   // "910623-1******"
 * Masking.card("5307123456749012");     // "5307********9012"
 * }</pre>
 */
public final class Masking {
  private Masking() {}

  /** A masking rule, for code that chooses one per field. */
  public enum Style {
    /** Shown as is. */
    NONE,
    /** {@link Masking#resident(String)}. */
    RESIDENT,
    /** {@link Masking#card(String)}. */
    CARD,
    /** {@link Masking#full(String)}. */
    FULL;

    /** {@code text} masked by this rule. */
    public String apply(String text) {
      return switch (this) {
        case NONE -> text;
        case RESIDENT -> resident(text);
        case CARD -> card(text);
        case FULL -> full(text);
      };
    }
  }

  /** A resident or foreigner registration number: birth date and gender digit kept, the rest masked. */
  public static String resident(String text) {
    return mask(text, 7, 0);
  }

  /** A card number: first 4 and last 4 digits kept (values too short to keep both are masked whole). */
  public static String card(String text) {
    return mask(text, 4, 4);
  }

  /** Every letter and digit masked. */
  public static String full(String text) {
    return mask(text, 0, 0);
  }

  private static String mask(String text, int head, int tail) {
    int significant = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        significant++;
      }
    }
    // A number the issuer already masked ("4221**8666") may show exactly what we would keep.
    boolean alreadyMasked = text.indexOf('*') >= 0 && head + tail > 0;
    boolean keepEnds = significant > head + tail || (alreadyMasked && significant == head + tail);
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        continue;
      }
      boolean keep = keepEnds && (seen < head || seen >= significant - tail);
      out.append(keep ? c : '*');
      seen++;
    }
    return out.toString();
  }
}
