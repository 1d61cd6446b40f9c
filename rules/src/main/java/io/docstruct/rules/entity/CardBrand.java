package io.docstruct.rules.entity;

import org.jspecify.annotations.Nullable;

/**
 * A payment card's brand, told from the leading digits (IIN) that are visible, per {@code domain.md} §4.2.
 *
 * <pre>{@code
 * CardBrand b = CardBrand.fromNumber("5307123456749012");   // MASTERCARD
 * CardBrand v = CardBrand.fromNumber("4221**8666");         // VISA
 * }</pre>
 */
public enum CardBrand {
  VISA,
  MASTERCARD,
  AMERICAN_EXPRESS,
  JCB,
  DINERS_CLUB,
  DISCOVER,
  UNIONPAY,
  /** BC Global (6541, 6556), on the Discover network. */
  BC_GLOBAL,
  /** 국내전용: Korean domestic-only cards, prefix 9. */
  KOREAN_DOMESTIC,
  UNKNOWN;

  /** The brand of a number whose leading digits are visible; masked or missing digits end the prefix. */
  public static CardBrand fromNumber(@Nullable String number) {
    if (number == null) {
      return UNKNOWN;
    }
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < number.length() && prefix.length() < 6; i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        prefix.append(c);
      } else if (c != '-' && c != ' ') {
        break;
      }
    }
    String p = prefix.toString();
    if (p.isEmpty()) {
      return UNKNOWN;
    }
    int two = p.length() >= 2 ? Integer.parseInt(p.substring(0, 2)) : -1;
    int three = p.length() >= 3 ? Integer.parseInt(p.substring(0, 3)) : -1;
    int four = p.length() >= 4 ? Integer.parseInt(p.substring(0, 4)) : -1;
    int six = p.length() >= 6 ? Integer.parseInt(p.substring(0, 6)) : -1;
    // Mastercard's 2-series and the 65xx BC/Discover ranges first, as domain.md §4.2 orders them.
    if (four >= 2221 && four <= 2720) {
      return MASTERCARD;
    }
    if (four == 6541 || four == 6556) {
      return BC_GLOBAL;
    }
    if (four == 6011 || (six >= 622126 && six <= 622925) || (three >= 644 && three <= 649) || two == 65) {
      return DISCOVER;
    }
    if (p.charAt(0) == '4') {
      return VISA;
    }
    if (two >= 51 && two <= 55) {
      return MASTERCARD;
    }
    if (two == 34 || two == 37) {
      return AMERICAN_EXPRESS;
    }
    if (four >= 3528 && four <= 3589) {
      return JCB;
    }
    if ((three >= 300 && three <= 305) || three == 309 || two == 36 || two == 38 || two == 39) {
      return DINERS_CLUB;
    }
    if (two == 62) {
      return UNIONPAY;
    }
    if (p.charAt(0) == '9') {
      return KOREAN_DOMESTIC;
    }
    return UNKNOWN;
  }
}
