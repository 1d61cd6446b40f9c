package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The visual fields of CLOVA passport answers against their MRZ, in CLOVA's field semantics: {@code firstName}
 * holds the MRZ primary identifier (surname), {@code lastName1} the given names, fillers are text. The answers
 * are the corpus' Korean passports with correct check digits; variants change one value of them.
 */
class PassportCrossCheckTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NEXT_GENERATION = "fixtures/corpus/valid/passport-pm-next-generation.json";
  private static final String TWO_PART_GIVEN_NAME = "fixtures/corpus/valid/passport-pp-two-part-given-name.json";

  private static VerificationReport verify(String resource, Consumer<ObjectNode> change) {
    return verifyResponse(resource, root -> change.accept((ObjectNode) root.at("/images/0/passport/passportResult")));
  }

  private static VerificationReport verifyResponse(String resource, Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(Fixtures.bytes(resource));
      change.accept(root);
      OcrDocument doc = ResponseReader.create().read(JSON.writeValueAsBytes(root), "passport.json");
      return Verifier.create(CLOCK).verify(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void set(ObjectNode result, String field, String rawText) {
    ((ObjectNode) result.get(field)).put("rawText", rawText).put("refinedText", rawText);
  }

  private static Finding crossCheck(VerificationReport r, String field) {
    return r.findings(Check.MRZ_CROSS_CHECK).stream()
        .filter(f -> f.field().equals("passportResult." + field) || f.field().startsWith("passportResult." + field + ","))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cross-check of " + field + " in " + r.toJson()));
  }

  @Test
  void aValidKoreanPassportInClovaSemanticsHasNoFailure() {
    VerificationReport r = verify(NEXT_GENERATION, x -> {});
    assertThat(r.failures()).isEmpty();
    assertThat(crossCheck(r, "firstName").status()).isEqualTo(Status.PASS);
    assertThat(crossCheck(r, "firstName").message()).contains("surname");
    assertThat(crossCheck(r, "lastName1").status()).isEqualTo(Status.PASS);
    assertThat(crossCheck(r, "lastName1").message()).contains("given names");
  }

  @Test
  void fillerPersonalNumberAgreesWithTheEmptyMrzField() {
    VerificationReport r = verify(NEXT_GENERATION, x -> {});
    Finding f = crossCheck(r, "personalNumber");
    assertThat(f.status()).isEqualTo(Status.PASS);
    assertThat(f.message()).contains("empty");
    assertThat(crossCheck(r, "checkDigitForPersonalNumber").status()).isEqualTo(Status.PASS);
  }

  @ParameterizedTest
  @CsvSource({"<", "0", "''"})
  void theFillerCheckDigitOfAnEmptyPersonalNumberMayReadAsFillerZeroOrNothing(String printed) {
    VerificationReport r = verify(NEXT_GENERATION, x -> set(x, "checkDigitForPersonalNumber", printed));
    assertThat(crossCheck(r, "checkDigitForPersonalNumber").status()).isEqualTo(Status.PASS);
    assertThat(r.failures()).isEmpty();
  }

  @Test
  void theClassCodeP_AgreesWithTheMrzCodePM() {
    Finding f = crossCheck(verify(NEXT_GENERATION, x -> {}), "documentClassCode");
    assertThat(f.status()).isEqualTo(Status.PASS);
    assertThat(f.expected()).isEqualTo("PM");
    assertThat(f.actual()).isEqualTo("P<");
  }

  @Test
  void aClassCodeOfAnotherDocumentKindFails() {
    Finding f = crossCheck(verify(NEXT_GENERATION, x -> set(x, "documentClassCode", "V<")), "documentClassCode");
    assertThat(f.status()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @CsvSource({"JI HOON", "JI-HOON", "JI<HOON", "JIHOON", "ji hoon"})
  void givenNamesAgreeWhateverTheSeparator(String printed) {
    VerificationReport r = verify(TWO_PART_GIVEN_NAME, x -> set(x, "lastName1", printed));
    assertThat(crossCheck(r, "lastName1").status()).isEqualTo(Status.PASS);
    assertThat(r.failures()).isEmpty();
  }

  @Test
  void givenNamesSplitOverLastName1AndLastName2AgreeWithTheMrz() {
    VerificationReport r = verify(TWO_PART_GIVEN_NAME, x -> {
      set(x, "lastName1", "JI");
      set(x, "lastName2", "HOON");
    });
    assertThat(crossCheck(r, "lastName1").status()).isEqualTo(Status.PASS);
    assertThat(r.failures()).isEmpty();
  }

  @Test
  void aSurnameThatReallyDiffersFails() {
    Finding f = crossCheck(verify(NEXT_GENERATION, x -> set(x, "firstName", "LEE")), "firstName");
    assertThat(f.status()).isEqualTo(Status.FAIL);
    assertThat(f.expected()).isEqualTo("KIM");
    assertThat(f.actual()).isEqualTo("LEE");
  }

  @Test
  void givenNamesThatReallyDifferFail() {
    Finding f = crossCheck(verify(TWO_PART_GIVEN_NAME, x -> set(x, "lastName1", "JI HUN")), "lastName1");
    assertThat(f.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void namesInIcaoOrderAreReportedAsSwapped() {
    VerificationReport r = verify(NEXT_GENERATION, x -> {
      set(x, "firstName", "MINJI");
      set(x, "lastName1", "KIM");
    });
    assertThat(crossCheck(r, "firstName").status()).isEqualTo(Status.FAIL);
    assertThat(crossCheck(r, "firstName").message()).contains("given names");
  }

  @Test
  void aPersonalNumberThatDiffersFromTheMrzFails() {
    VerificationReport r = verify(NEXT_GENERATION, x -> set(x, "personalNumber", "1234567<<<<<<<"));
    assertThat(crossCheck(r, "personalNumber").status()).isEqualTo(Status.FAIL);
    assertThat(r.toJson()).doesNotContain("1234567");
  }

  @Test
  void ageIsCheckedAtTheResponseTimeInAnyTimeZone() {
    // Born 1995-03-15, response 2024-05-20: 29. An answer computed a day earlier or later is still 29.
    assertThat(crossCheck(verify(NEXT_GENERATION, x -> {}), "age").status()).isEqualTo(Status.PASS);
    VerificationReport wrong = verify(NEXT_GENERATION, x -> ((ObjectNode) x.get("age")).put("refinedText", 31));
    assertThat(crossCheck(wrong, "age").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void anAgeComputedInKoreaOnTheBirthdayIsNotAMismatch() {
    // 2024-03-15 05:00 in Seoul is still 2024-03-14 in UTC: CLOVA says 29, a UTC calendar 28.
    VerificationReport r = verifyResponse(NEXT_GENERATION, root -> {
      root.put("timestamp", Instant.parse("2024-03-14T20:00:00Z").toEpochMilli());
      ((ObjectNode) root.at("/images/0/passport/passportResult/age")).put("refinedText", 29);
    });
    assertThat(crossCheck(r, "age").status()).isEqualTo(Status.PASS);
    assertThat(r.failures()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"REPUBLIC OF KOREA, UNVERIFIABLE", "대한민국, PASS", "KOR, PASS", "JPN, FAIL"})
  void aPassportPageNationalityPrintedAsANameIsNotComparedWithTheCode(String printed, Status expected) {
    VerificationReport r = verifyResponse("fixtures/corpus/valid/id-card-passport-page.json", root -> {
      ObjectNode nationality = (ObjectNode) root.at("/images/0/idCard/result/pp/nationality/0");
      nationality.put("text", printed);
      ((ObjectNode) nationality.get("formatted")).put("value", printed);
    });
    Finding f = r.findings(Check.MRZ_CROSS_CHECK).stream().filter(x -> x.field().equals("pp.nationality"))
        .findFirst().orElseThrow();
    assertThat(f.status()).isEqualTo(expected);
    assertThat(r.failures()).hasSize(expected == Status.FAIL ? 1 : 0);
  }

  @ParameterizedTest
  @CsvSource({"firstName", "lastName1", "documentNumber", "gender", "dateOfBirth", "personalNumber",
      "checkDigitForDocumentNumber"})
  void aValueTheProviderCouldNotReadIsUnverifiableNotAMismatch(String field) {
    VerificationReport r = verify("fixtures/corpus/valid/passport-pm-older-number.json", x -> {
      set(x, field, "");
    });
    assertThat(crossCheck(r, field).status()).isEqualTo(Status.UNVERIFIABLE);
    assertThat(crossCheck(r, field).message()).contains("gave no");
    assertThat(r.failures()).isEmpty();
  }
}
