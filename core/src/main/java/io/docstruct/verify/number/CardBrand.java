package io.docstruct.verify.number;

/**
 * Card brands by IIN prefix (domain reference §4.2). Mastercard's 2-series and Discover's ranges are tested
 * before the generic rules that overlap them.
 *
 * <pre>{@code
 * CardBrand.of("4221");  // VISA
 * CardBrand.of("9410");  // KOREAN_DOMESTIC
 * }</pre>
 */
public enum CardBrand {
  VISA("Visa"),
  MASTERCARD("Mastercard"),
  AMERICAN_EXPRESS("American Express"),
  JCB("JCB"),
  DINERS_CLUB("Diners Club"),
  /** Discover, including BC Global (65xx). */
  DISCOVER("Discover"),
  UNION_PAY("UnionPay"),
  /** Korean domestic-only cards (국내전용), prefix 9. */
  KOREAN_DOMESTIC("국내전용"),
  UNKNOWN("unknown");

  private final String label;

  CardBrand(String label) {
    this.label = label;
  }

  /** A display name. */
  public String label() {
    return label;
  }

  /** The brand of a number, from its leading digits (as many as are visible). */
  public static CardBrand of(String digits) {
    if (digits.isEmpty()) {
      return UNKNOWN;
    }
    int p2 = prefix(digits, 2);
    int p3 = prefix(digits, 3);
    int p4 = prefix(digits, 4);
    int p6 = prefix(digits, 6);
    if (p4 >= 2221 && p4 <= 2720) {
      return MASTERCARD;
    }
    if (p2 >= 51 && p2 <= 55) {
      return MASTERCARD;
    }
    if (p2 == 34 || p2 == 37) {
      return AMERICAN_EXPRESS;
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return JCB;
    }
    if ((p3 >= 300 && p3 <= 305) || p3 == 309 || p2 == 36 || p2 == 38 || p2 == 39) {
      return DINERS_CLUB;
    }
    if (p4 == 6011 || (p6 >= 622126 && p6 <= 622925) || (p3 >= 644 && p3 <= 649) || p2 == 65) {
      return DISCOVER;
    }
    if (p2 == 62) {
      return UNION_PAY;
    }
    return switch (digits.charAt(0)) {
      case '4' -> VISA;
      case '9' -> KOREAN_DOMESTIC;
      default -> UNKNOWN;
    };
  }

  private static int prefix(String digits, int n) {
    return digits.length() < n ? -1 : Integer.parseInt(digits.substring(0, n));
  }
}
