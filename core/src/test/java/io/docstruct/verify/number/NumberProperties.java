package io.docstruct.verify.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.verify.Status;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Generated business and card numbers: valid ones pass, every single-digit corruption fails. */
class NumberProperties {

  @Provide
  Arbitrary<String> businessPayloads() {
    return Arbitraries.strings().numeric().ofLength(9);
  }

  @Provide
  Arbitrary<String> cardPayloads() {
    return Arbitraries.integers().between(11, 18).flatMap(n -> Arbitraries.strings().numeric().ofLength(n))
        .filter(s -> s.charAt(0) != '0');
  }

  @Property(tries = 300)
  void validBusinessNumbersPassAndEverySingleDigitChangeOfTheCheckDigitFails(@ForAll("businessPayloads") String payload) {
    int cd = -1;
    for (int d = 0; d <= 9; d++) {
      if (BusinessNumber.check(payload + d).status() == Status.PASS) {
        assertThat(cd).as("only one check digit fits " + payload).isEqualTo(-1);
        cd = d;
      }
    }
    assertThat(cd).isBetween(0, 9);
    String valid = payload + cd;
    for (int d = 0; d <= 9; d++) {
      if (d != cd) {
        assertThat(BusinessNumber.check(payload + d).status()).isEqualTo(Status.FAIL);
      }
    }
    assertThat(BusinessNumber.check(valid.substring(0, 3) + "-" + valid.substring(3, 5) + "-" + valid.substring(5)).status())
        .isEqualTo(Status.PASS);
  }

  @Property(tries = 300)
  void validCardNumbersPassAndEverySingleDigitCorruptionFails(
      @ForAll("cardPayloads") String payload, @ForAll @IntRange(min = 0, max = 18) int where, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String valid = payload + CardNumber.luhnCheckDigit(payload);
    assertThat(CardNumber.check(valid).verdict()).isEqualTo(CardNumber.Verdict.VALID);
    int i = where % valid.length();
    char[] c = valid.toCharArray();
    c[i] = (char) ('0' + (c[i] - '0' + delta) % 10);
    // Luhn detects every single-digit error (ISO/IEC 7812-1 Annex B).
    assertThat(CardNumber.check(new String(c)).verdict()).isEqualTo(CardNumber.Verdict.INVALID_LUHN);
    String masked = valid.substring(0, 4) + "*".repeat(valid.length() - 8) + valid.substring(valid.length() - 4);
    assertThat(CardNumber.check(masked).verdict()).isEqualTo(CardNumber.Verdict.MASKED_NOT_CHECKABLE);
  }
}
