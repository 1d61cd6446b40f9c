package io.docstruct.verify.number;

/**
 * A payment card's brand, told from the leading digits (IIN) that are visible (domain reference §4.2): the one
 * classification that verification, the rules' entities ({@code Payment}, {@code CardInfo}) and the workbook
 * use. Mastercard's 2-series and the 65xx BC Global / Discover ranges are tested before the generic rules
 * that overlap them.
 *
 * <p>BC Card's international cards (BC Global, IIN 6541 and 6556) run on the Discover network: a Korean
 * accountant knows them as BC cards, so their brand is {@link #BC_GLOBAL} and their {@link #network()} is
 * {@link #DISCOVER}.
 *
 * <pre>{@code
 * CardBrand.of("4221");                      // VISA
 * CardBrand.of("6541").label();              // "BC Global"
 * CardBrand.of("6541").network();            // DISCOVER
 * CardNumber.check("9430-12**-****-5521").brand();   // KOREAN_DOMESTIC (brand of a printed number)
 * }</pre>
 */
public enum CardBrand {
  VISA("Visa"),
  MASTERCARD("Mastercard"),
  AMERICAN_EXPRESS("American Express"),
  JCB("JCB"),
  DINERS_CLUB("Diners Club"),
  DISCOVER("Discover"),
  UNIONPAY("UnionPay"),
  /** BC Card's BC Global cards (IIN 6541, 6556), on the Discover network. */
  BC_GLOBAL("BC Global"),
  /** Korean domestic-only cards (국내전용), prefix 9. */
  KOREAN_DOMESTIC("국내전용"),
  UNKNOWN("unknown");

  private final String label;

  CardBrand(String label) {
    this.label = label;
  }

  /** A display name ({@code "BC Global"}, {@code "Mastercard"}). */
  public String label() {
    return label;
  }

  /**
   * The network that carries the card's payments: the brand itself, except {@link #BC_GLOBAL}, which runs on
   * {@link #DISCOVER}.
   */
  public CardBrand network() {
    return this == BC_GLOBAL ? DISCOVER : this;
  }

  /** The brand of a number, from its leading digits (as many as are visible; no separators). */
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
    if (p4 == 6541 || p4 == 6556) {
      return BC_GLOBAL;
    }
    if (p4 == 6011 || (p6 >= 622126 && p6 <= 622925) || (p3 >= 644 && p3 <= 649) || p2 == 65) {
      return DISCOVER;
    }
    if (p2 == 62) {
      return UNIONPAY;
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
