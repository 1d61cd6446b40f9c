package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The opt-in repair through {@link Verifier}: the MRZ as read still decides validity; changes are listed. */
class VerifierMrzTest {
  private static final String MISREAD =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8989O2C36UTO7408122F1204159ZE184226B<<<<<10";

  @Test
  void withoutRepairTheMisreadNumberFails() {
    VerificationReport r = Verifier.create(SeedVerdictsTest.CLOCK).verifyMrz(MISREAD);
    assertThat(r.valid()).isFalse();
    assertThat(r.findings(Check.MRZ_REPAIR)).isEmpty();
  }

  @Test
  void repairListsTheChangeAndKeepsTheVerdictOnTheEvidence() {
    VerificationReport r = Verifier.create(SeedVerdictsTest.CLOCK).withMrzRepair().verifyMrz(MISREAD);
    assertThat(r.valid()).isFalse();
    assertThat(r.findings(Check.MRZ_REPAIR)).extracting(Finding::message).containsExactly(
        "repair (opt-in), line 2, pos 6 in document number: O read as 0 (check digit holds)",
        "after 1 change(s) every check digit holds");
  }
}
