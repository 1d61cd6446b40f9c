package io.docstruct.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification corpus ({@code fixtures/corpus/}, see its README): CLOVA answers of every document kind that
 * are genuinely valid must produce no FAIL, and answers with one real contradiction each must FAIL on exactly
 * the checks that contradiction enters. "Today" is 2026-12-01.
 */
class VerificationCorpusTest {
  private static final Verifier VERIFIER = Verifier.create(PassportCrossCheckTest.CLOCK);

  /** Each corrupt answer and the checks its one contradiction must fail (and nothing else). */
  private static final Map<String, Set<String>> CORRUPT = Map.of(
      "passport-birth-check-digit.json", Set.of("mrz.check-digit.date-of-birth", "mrz.check-digit.composite"),
      "receipt-items-do-not-add-up.json", Set.of("receipt.items-total"),
      "receipt-date-does-not-exist.json", Set.of("document.date"),
      "receipt-wrong-business-number.json", Set.of("kr.business-number.checksum"));

  static Stream<String> valid() {
    return files("valid").stream();
  }

  static Stream<String> corrupt() {
    return files("corrupt").stream();
  }

  private static List<String> files(String folder) {
    return Fixtures.list("fixtures/corpus/" + folder).stream().filter(n -> n.endsWith(".json")).toList();
  }

  private static VerificationReport verify(String folder, String name) {
    String resource = "fixtures/corpus/" + folder + "/" + name;
    OcrDocument doc = ResponseReader.create().read(Fixtures.bytes(resource), name);
    return VERIFIER.verify(doc);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void aValidDocumentHasNoFailure(String name) {
    VerificationReport report = verify("valid", name);
    assertThat(report.failures()).as(name + ": " + report.toJson()).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrupt")
  void aCorruptDocumentFailsOnTheContradictedChecksOnly(String name) {
    VerificationReport report = verify("corrupt", name);
    Set<String> failed = report.failures().stream().map(f -> f.check().id()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(failed).as(name + ": " + report.toJson()).isEqualTo(new TreeSet<>(CORRUPT.get(name)));
  }

  @Test
  void everyKindIsInTheValidCorpusAndEveryCorruptFileIsExplained() {
    Set<String> kinds = valid().map(n -> verify("valid", n).document()).collect(Collectors.toSet());
    assertThat(kinds).contains(
        "passport", "receipt", "idCard", "bizLicense", "creditCard", "medicalReceipt", "nameCard");
    assertThat(files("corrupt")).containsExactlyInAnyOrderElementsOf(CORRUPT.keySet());
  }
}
