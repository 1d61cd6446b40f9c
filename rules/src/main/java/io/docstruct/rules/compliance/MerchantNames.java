package io.docstruct.rules.compliance;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Merchant names as receipts and card statements print them, compared loosely: {@code (주)}, {@code
 * 주식회사}, spaces, punctuation and case do not count, and a statement's truncated name ({@code 스타벅스강남})
 * matches the receipt's longer one ({@code 스타벅스 강남역점}).
 *
 * <pre>{@code
 * MerchantNames.key("(주) 스타벅스 강남점");            // "스타벅스강남점"
 * MerchantNames.similar("스타벅스강남", "스타벅스 강남역점");  // true
 * }</pre>
 */
public final class MerchantNames {
  private static final Pattern LEGAL_FORM = Pattern.compile("\\(주\\)|㈜|주식회사|\\(유\\)|유한회사");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Bigram overlap (Dice) from which two names count as the same merchant. */
  private static final double SIMILAR = 0.6;

  private MerchantNames() {}

  /** The comparable form of a name, or {@code null} when nothing is left of it. */
  public static @Nullable String key(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String key = NOT_WORD.matcher(LEGAL_FORM.matcher(name).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    return key.isEmpty() ? null : key;
  }

  /**
   * Whether two names are the same merchant: one contains the other (at least two characters), or their
   * character bigrams overlap by {@value #SIMILAR} or more (Dice coefficient).
   */
  public static boolean similar(@Nullable String a, @Nullable String b) {
    String x = key(a);
    String y = key(b);
    if (x == null || y == null) {
      return false;
    }
    if (x.length() >= 2 && y.length() >= 2 && (x.contains(y) || y.contains(x))) {
      return true;
    }
    Set<String> bx = bigrams(x);
    Set<String> by = bigrams(y);
    if (bx.isEmpty() || by.isEmpty()) {
      return false;
    }
    int common = 0;
    for (String g : bx) {
      if (by.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (bx.size() + by.size()) >= SIMILAR;
  }

  private static Set<String> bigrams(String s) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 2 <= s.length(); i++) {
      grams.add(s.substring(i, i + 2));
    }
    return grams;
  }
}
