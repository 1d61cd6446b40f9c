package io.docstruct.verify.number;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.docstruct.number.KoreanNumber;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzz target for the number checks (resident, card and business registration numbers) and Korean number
 * reading: any text. None of them may throw. Seeds: {@code NumberChecksFuzzTestInputs/check/}.
 */
class NumberChecksFuzzTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @FuzzTest
  void check(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ResidentNumber.check(text, null, TODAY);
    ResidentNumber.check(text, LocalDate.of(2019, 1, 1), TODAY);
    CardNumber card = CardNumber.check(text);
    card.luhnValidVariant();
    BusinessNumber.check(text);
    KoreanNumber.parse(text);
    KoreanNumber.read(text);
    KoreanNumber.readLenient(text);
  }
}
