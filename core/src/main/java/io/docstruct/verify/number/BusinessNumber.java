package io.docstruct.verify.number;

import io.docstruct.privacy.MaskCharacters;
import io.docstruct.verify.Status;

/**
 * A Korean business registration number (사업자등록번호, {@code NNN-NN-NNNNN}) checked: its check digit (weights
 * 1,3,7,1,3,7,1,3,5 plus the carry of the ninth product, domain reference §2.1) and the meaning of its type
 * code (digits 4–5, 국세청 부여기준).
 *
 * <pre>{@code
 * BusinessNumber n = BusinessNumber.check("212-81-25544");
 * n.status();        // PASS
 * n.type();          // FOR_PROFIT_HEAD_OFFICE ("영리법인 본점")
 * BusinessNumber.check("120-81-*****").status();  // UNVERIFIABLE: masked, type code 81 still visible
 * }</pre>
 *
 * <p>Receipts often print the number partly hidden; a number with a {@link MaskCharacters mask character} is
 * {@link #masked()}: its check digit cannot be computed, so its status is UNVERIFIABLE, and its type code is
 * read when digits 4–5 are visible in a ten-position number.
 *
 * @param input the text as given
 * @param digits the digits found in it
 * @param formatOk whether it has exactly 10 digits and nothing but digits, {@code -} and spaces
 * @param masked whether mask characters stand for some digits
 * @param expectedCheckDigit the computed check digit, or -1 when the format is wrong or the number masked
 * @param foundCheckDigit the tenth digit, or -1 when the format is wrong or the number masked
 * @param status PASS when the check digit matches, UNVERIFIABLE when the number is masked, FAIL otherwise
 *     (including a wrong format)
 * @param typeCode digits 4–5, empty when the format is wrong or they are masked
 * @param type what the type code means ({@link BusinessType#UNKNOWN} when it is not visible)
 */
public record BusinessNumber(
    String input,
    String digits,
    boolean formatOk,
    boolean masked,
    int expectedCheckDigit,
    int foundCheckDigit,
    Status status,
    String typeCode,
    BusinessType type) {

  private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

  /** Checks {@code text}; never throws. */
  public static BusinessNumber check(String text) {
    StringBuilder d = new StringBuilder();
    StringBuilder positions = new StringBuilder();
    boolean clean = true;
    boolean masked = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
        positions.append(c);
      } else if (MaskCharacters.isMask(c)) {
        masked = true;
        positions.append('*');
      } else if (c != '-' && c != ' ') {
        clean = false;
      }
    }
    String digits = d.toString();
    if (masked) {
      boolean typeVisible = clean && positions.length() == 10 && positions.charAt(3) != '*' && positions.charAt(4) != '*';
      String code = typeVisible ? positions.substring(3, 5) : "";
      BusinessType type = typeVisible ? BusinessType.ofCode(Integer.parseInt(code)) : BusinessType.UNKNOWN;
      return new BusinessNumber(text, digits, false, true, -1, -1, Status.UNVERIFIABLE, code, type);
    }
    if (!clean || digits.length() != 10) {
      return new BusinessNumber(text, digits, false, false, -1, -1, Status.FAIL, "", BusinessType.UNKNOWN);
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    sum += (digits.charAt(8) - '0') * 5 / 10;
    int expected = (10 - sum % 10) % 10;
    int found = digits.charAt(9) - '0';
    String code = digits.substring(3, 5);
    return new BusinessNumber(
        text, digits, true, false, expected, found, expected == found ? Status.PASS : Status.FAIL, code,
        BusinessType.ofCode(Integer.parseInt(code)));
  }
}
