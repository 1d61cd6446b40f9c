package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.docstruct.rules.entity.MrzVerdict;
import io.docstruct.rules.unit.VerificationFact;
import io.docstruct.verify.Severity;
import io.docstruct.verify.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Built-in business policy and verification findings, with an injected clock. */
class ValidationRulesTest {
  private static RuleEngine engineAt(String instant) {
    return RuleEngine.builder().clock(Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Seoul"))).build();
  }

  @Test
  void receiptDatedAfterTodayIsAnError() {
    RuleResult result = engineAt("2020-04-15T03:00:00Z").evaluate(Fixtures.read("receipt.json"));

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity, Violation::field)
        .containsExactly(
            tuple("Expense dated in the future", Severity.ERROR, "expense.date"),
            // the verifier's own date check, fed to the rules as a finding
            tuple("document.date", Severity.WARNING, "paymentInfo.date"));
  }

  @Test
  void expiredPassportAndLicenseAreErrors() {
    RuleEngine engine = engineAt("2031-01-01T03:00:00Z");

    assertThat(engine.evaluate(Fixtures.read("passport.json")).violations())
        .extracting(Violation::rule, Violation::field)
        .contains(tuple("Identity document expired", "identityDocument.expiryDate"))
        .contains(tuple("mrz.check-digit.composite", "passportResult.mrzLines"));
    assertThat(engine.evaluate(Fixtures.read("id-card-IDType.json")).violations())
        .extracting(Violation::rule)
        .containsExactly("Identity document expired");
  }

  @Test
  void vatWithinOneWonOfAnEleventhPasses() {
    // receipt-subtotal: VAT 364 on a total of 4,000 (4000 / 11 = 363.6 → 364)
    RuleResult result = engineAt("2024-06-01T03:00:00Z").evaluate(Fixtures.read("receipt-subtotal.json"));

    assertThat(result.violations()).extracting(Violation::rule).doesNotContain("VAT out of tolerance");
  }

  @Test
  void aMaskedBusinessNumberOnAReceiptIsSaidToBeMaskedNotMalformed() {
    RuleResult result = engineAt("2026-12-01T03:00:00Z")
        .evaluate(Corpus.valid("receipt-cafe-masked-business-number.json"));

    assertThat(result.expenses().get(0).merchant().printedBusinessNumber()).isEqualTo("120-87-*****");
    assertThat(result.violations()).extracting(Violation::rule)
        .doesNotContain("Malformed business number on a receipt", "business-number.checksum");
    assertThat(result.violations()).filteredOn(v -> v.rule().equals("Masked business number on a receipt"))
        .singleElement().satisfies(v -> {
          assertThat(v.severity()).isEqualTo(Severity.INFO);
          assertThat(v.message()).contains("masked").contains("120-87-*****");
        });
  }

  @Test
  void aBusinessNumberOfTheWrongShapeIsStillMalformed() {
    RuleResult result = engineAt("2026-12-01T03:00:00Z").evaluate(
        Corpus.validWith("receipt-cafe-masked-business-number.json", "120-87-*****", "110-81-4127"));
    assertThat(result.violations()).extracting(Violation::rule)
        .contains("Malformed business number on a receipt")
        .doesNotContain("Masked business number on a receipt");
  }

  @Test
  void vatRoundedItemByItemIsWithinOneWonPerItem() {
    // The corpus' mart receipt: six items, VAT 2,311 where 25,380 / 11 rounds to 2,307.
    RuleEngine engine = engineAt("2026-12-01T03:00:00Z");
    assertThat(engine.evaluate(Corpus.valid("receipt-mart-per-item-vat.json")).violations()).isEmpty();

    RuleResult off = engine.evaluate(Corpus.validWith("receipt-mart-per-item-vat.json", "2,311", "2,330", "\"2311\"", "\"2330\""));
    assertThat(off.violations()).filteredOn(v -> v.rule().equals("VAT out of tolerance")).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("± 6 won").contains("1 won per priced item"));
  }

  @Test
  void failedVerificationChecksBecomeViolationsAndDecideTheMrzVerdict() {
    List<VerificationFact> findings = List.of(
        new VerificationFact("mrz.documentNumber", "passport.mrz", Status.FAIL, Severity.ERROR,
            "check digit is 0, expected 4"),
        new VerificationFact("mrz.dateOfBirth", "passport.mrz", Status.PASS, Severity.ERROR, "ok"));

    RuleResult result = engineAt("2024-06-01T03:00:00Z").evaluate(Fixtures.read("passport.json"), findings);

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity, Violation::field, Violation::message)
        .containsExactly(tuple("mrz.documentNumber", Severity.ERROR, "passport.mrz", "check digit is 0, expected 4"));
    assertThat(result.identityDocuments().get(0).mrzVerdict()).isEqualTo(MrzVerdict.INVALID);
  }

  @Test
  void passingMrzChecksMakeTheVerdictValid() {
    List<VerificationFact> findings = List.of(
        new VerificationFact("mrz.composite", "passport.mrz", Status.PASS, Severity.ERROR, "ok"));

    RuleResult result = engineAt("2024-06-01T03:00:00Z").evaluate(Fixtures.read("passport.json"), findings);

    assertThat(result.violations()).isEmpty();
    assertThat(result.identityDocuments().get(0).mrzVerdict()).isEqualTo(MrzVerdict.VALID);
  }

  @Test
  void evaluationIsThreadSafe() throws Exception {
    RuleEngine engine = engineAt("2024-06-01T03:00:00Z");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<RuleResult>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> engine.evaluate(Fixtures.read("receipt.json"))));
      }
      for (var f : futures) {
        assertThat(f.get().expenses()).hasSize(1);
      }
    } finally {
      pool.shutdown();
    }
  }
}
