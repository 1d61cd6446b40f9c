package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.Golden;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed examples give the verdicts the domain reference derives; the whole reports are golden files under
 * {@code golden/verify/}. After reviewing an intended change, regenerate them with the switch the other golden
 * tests use: {@code ./mvnw -pl core test -Dtest=SeedVerdictsTest -Ddocstruct.golden.update=true}, then read the
 * diff.
 */
class SeedVerdictsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Verifier VERIFIER = Verifier.create(CLOCK);

  static VerificationReport verify(String fixture) {
    OcrDocument doc = ResponseReader.create()
        .read(Fixtures.bytes("fixtures/clova/document/" + fixture + ".json"), fixture + ".json");
    return VERIFIER.verify(doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "passport", "id-card", "id-card-IDType", "credit-card", "biz-license", "receipt", "receipt-subtotal",
      "receipt-items-only", "medical-receipt", "name-card"})
  void matchesGolden(String fixture) throws IOException {
    String json = verify(fixture).toJson() + "\n";
    String resource = "golden/verify/" + fixture + ".expected.json";
    Golden.assertMatches(json, resource);
  }

  @Test
  void passportLinesAre46AndAllFiveCheckDigitsFail() {
    VerificationReport r = verify("passport");
    assertThat(r.document()).isEqualTo("passport");
    assertThat(r.valid()).isFalse();
    assertThat(r.findings(Check.MRZ_LINE_LENGTH)).extracting(Finding::actual).containsExactly("46", "46");
    assertThat(r.findings(Check.MRZ_CHECK_DIGIT_DOCUMENT_NUMBER)).singleElement()
        .satisfies(f -> assertThat(f.expected()).isEqualTo("4"));
    assertThat(r.findings(Check.MRZ_CHECK_DIGIT_DATE_OF_BIRTH).get(0).expected()).isEqualTo("2");
    assertThat(r.findings(Check.MRZ_CHECK_DIGIT_DATE_OF_EXPIRY).get(0).expected()).isEqualTo("5");
    assertThat(r.findings(Check.MRZ_CHECK_DIGIT_PERSONAL_NUMBER).get(0).expected()).isEqualTo("3");
    assertThat(r.findings(Check.MRZ_CHECK_DIGIT_COMPOSITE).get(0).expected()).isEqualTo("4");
    assertThat(r.failures()).filteredOn(f -> f.check().id().startsWith("mrz.check-digit")).hasSize(5)
        .allSatisfy(f -> assertThat(f.actual()).isEqualTo("0"));
    // CLOVA's firstName holds the surname (primary identifier), lastName1 the given names: no name mismatch,
    // and its class code P< agrees with the MRZ's PM. Only the MRZ itself (lengths, check digits) fails.
    assertThat(r.failures()).extracting(f -> f.check().id())
        .allSatisfy(id -> assertThat(id).isIn("mrz.line-length", "mrz.check-digit.document-number",
            "mrz.check-digit.date-of-birth", "mrz.check-digit.date-of-expiry", "mrz.check-digit.personal-number",
            "mrz.check-digit.composite"));
  }

  @Test
  void idCardResidentNumberFailsBecauseTheCardPredatesTheNewScheme() {
    VerificationReport r = verify("id-card");
    assertThat(r.findings(Check.RESIDENT_NUMBER_CHECKSUM)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(Status.FAIL);
      assertThat(f.actual()).isEqualTo("910623-1******");
      assertThat(f.message()).doesNotContain("1062372").contains("2011-03-06");
    });
    assertThat(r.toJson()).doesNotContain("1062372");
  }

  @Test
  void creditCardFailsLuhnAsMastercard() {
    VerificationReport r = verify("credit-card");
    assertThat(r.findings(Check.CARD_LUHN)).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(Status.FAIL);
      assertThat(f.actual()).isEqualTo("Luhn sum 54");
      assertThat(f.polygons()).isNotEmpty();
    });
    assertThat(r.findings(Check.CARD_BRAND).get(0).actual()).isEqualTo("Mastercard");
    assertThat(r.toJson()).doesNotContain("5307123456749012");
  }

  @Test
  void businessLicenceNumberIsValid() {
    VerificationReport r = verify("biz-license");
    assertThat(r.findings(Check.BUSINESS_NUMBER_CHECKSUM)).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    assertThat(r.findings(Check.BUSINESS_NUMBER_TYPE).get(0).actual()).isEqualTo("01");
  }

  @Test
  void receiptAddsUpWithMaskedCardAndValidBusinessNumber() {
    VerificationReport r = verify("receipt");
    assertThat(r.valid()).isTrue();
    assertThat(r.findings(Check.RECEIPT_ITEM_ARITHMETIC)).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    assertThat(r.findings(Check.RECEIPT_ITEMS_TOTAL).get(0).status()).isEqualTo(Status.PASS);
    assertThat(r.findings(Check.CARD_LUHN).get(0).status()).isEqualTo(Status.UNVERIFIABLE);
    assertThat(r.findings(Check.CARD_BRAND).get(0).actual()).isEqualTo("Visa");
    assertThat(r.findings(Check.BUSINESS_NUMBER_CHECKSUM).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void medicalReceiptChecksumsWithEmptyIdListsAreUnverifiable() {
    VerificationReport r = verify("medical-receipt");
    assertThat(r.findings(Check.MEDICAL_PROVIDER_CHECKSUM)).hasSize(7)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIABLE));
    assertThat(r.valid()).isTrue();
  }
}
