package io.docstruct.privacy;

/**
 * Masks personal numbers wherever DocStruct shows them: verification reports, logs, the rules' entities and
 * the workbook all mask here, so one number looks the same in each. Separators ({@code -}, spaces) stay so
 * the shape remains readable; every hidden position is shown as {@code *}, including those the document
 * already printed hidden with another {@link MaskCharacters mask character} ({@code ●}, {@code X}).
 *
 * <pre>{@code
 * Masking.resident("910623-1062372");   // "910623-1******"
 * Masking.resident("910623-1●●●●●●");   // "910623-1******"
 * Masking.card("5307123456749012");     // "5307********9012"
 * Masking.card("5365-10XX-XXXX-2241");  // "5365-****-****-2241"
 * Masking.allButFirst("M12345678");     // "M********"
 * }</pre>
 */
public final class Masking {
  /** Runs of 12 or more digits, possibly split by single hyphens or spaces: resident and card numbers. */
  private static final java.util.regex.Pattern LONG_NUMBER =
      java.util.regex.Pattern.compile("\\d(?:[- ]?\\d){11,}");

  /** Resident-number shape: 6 digits, a hyphen or space, 7 digits. */
  private static final java.util.regex.Pattern RESIDENT_SHAPE =
      java.util.regex.Pattern.compile("\\d{6}[- ]?\\d{7}");

  private Masking() {}

  /**
   * Free text (a parser's message that quotes the input, say) with every run of 12 or more digits masked:
   * 13 digits in the 6-7 shape of a resident number as {@link #resident}, any other run as {@link #card}.
   *
   * <pre>{@code
   * Masking.numbersIn("value \"900101-1234568\" is not an Integer");   // value "900101-1******" is not…
   * }</pre>
   */
  public static String numbersIn(String text) {
    int digits = 0;
    for (int i = 0; i < text.length() && digits < 12; i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    if (digits < 12) {
      return text; // LONG_NUMBER needs twelve digits; most words have none, and no matcher is made for them
    }
    java.util.regex.Matcher m = LONG_NUMBER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      String number = m.group();
      String masked = RESIDENT_SHAPE.matcher(number).matches() ? resident(number) : card(number);
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(masked));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

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

  /**
   * {@code e} itself when no message in its cause chain holds a run of 12 or more digits; otherwise the
   * chain rebuilt from {@link MaskedCause}s with those numbers masked. For exceptions kept as causes of ours.
   */
  public static Throwable scrubbed(Throwable e) {
    boolean clean = true;
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      String message = t.getMessage();
      clean &= message == null || message.equals(numbersIn(message));
    }
    return clean ? e : scrub(e, 0);
  }

  private static MaskedCause scrub(Throwable e, int depth) {
    Throwable cause = e.getCause();
    return new MaskedCause(e, cause == null || cause == e || depth >= 20 ? null : scrub(cause, depth + 1));
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

  /**
   * Every letter and digit but the first masked, the text stripped: for a personal number of no known shape
   * (a passport's personal number, a resident number field that holds none), whose first character says
   * what kind of value it was without telling the value.
   */
  public static String allButFirst(String text) {
    return mask(text.strip(), 1, 0, true);
  }

  private static String mask(String text, int head, int tail) {
    return mask(text, head, tail, false);
  }

  /**
   * {@code text} with letters and digits outside the first {@code head} and last {@code tail} replaced by
   * {@code *}, as are printed mask characters; all of them when fewer than {@code head + tail} would remain
   * hidden, unless {@code keepShort} or the issuer already masked what we would hide.
   */
  private static String mask(String text, int head, int tail, boolean keepShort) {
    int significant = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        significant++;
      }
    }
    // A number the issuer already masked ("4221**8666") may show exactly what we would keep.
    boolean alreadyMasked = MaskCharacters.anyIn(text) && head + tail > 0;
    boolean keepEnds = keepShort || significant > head + tail || (alreadyMasked && significant == head + tail);
    StringBuilder out = new StringBuilder(text.length());
    int seen = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(MaskCharacters.isMask(c) ? '*' : c);
        continue;
      }
      boolean keep = keepEnds && (seen < head || seen >= significant - tail);
      out.append(keep ? c : '*');
      seen++;
    }
    return out.toString();
  }
}
