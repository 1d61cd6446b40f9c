package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.rules.unit.VerificationFact;
import io.docstruct.verify.Severity;
import io.docstruct.verify.VerificationReport;
import io.docstruct.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * A page the OCR service could not read (CLOVA {@code inferResult} FAILURE or ERROR) must never pass for a
 * page with nothing on it (issue #17): the rules say so with an error, and the verification the engine ran
 * is kept with the result.
 */
class FailedPageRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RuleEngine ENGINE = RuleEngine.builder().clock(Fixtures.CLOCK).build();

  /** The seed receipt answer, with a second image that CLOVA could not read after it when asked. */
  private static OcrDocument receipt(boolean withFailedImage, boolean receiptFails) throws IOException {
    ObjectNode root;
    try (InputStream in = FailedPageRulesTest.class.getResourceAsStream("/fixtures/receipt.json")) {
      root = (ObjectNode) JSON.readTree(in);
    }
    ArrayNode images = (ArrayNode) root.get("images");
    if (receiptFails) {
      ObjectNode only = (ObjectNode) images.get(0);
      only.retain("uid", "name");
      only.put("inferResult", "ERROR").put("message", "internal error, try again");
    }
    if (withFailedImage) {
      images.addObject().put("uid", "u2").put("name", "receipt-back").put("inferResult", "FAILURE")
          .put("message", "image too small");
    }
    return ResponseReader.create().read(JSON.writeValueAsBytes(root), "receipt.json");
  }

  @Test
  void anAnswerWhoseOnlyPageFailedIsAnErrorNotACleanDocument() throws IOException {
    OcrDocument doc = receipt(false, true);

    RuleResult result = ENGINE.evaluate(doc);

    assertThat(result.expenses()).isEmpty();
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity, Violation::field, Violation::message)
        .containsExactly(
            tuple(
                "Page not recognised",
                Severity.ERROR,
                null,
                "not recognised by the OCR service: image 0 \"" + doc.pages().get(0).name()
                    + "\": ERROR, internal error, try again; nothing on that page was read"));
  }

  @Test
  void aReceiptWithAFailedSecondPageKeepsItsExpenseAndNamesThePage() throws IOException {
    RuleResult result = ENGINE.evaluate(receipt(true, false));

    assertThat(result.expenses()).hasSize(1);
    assertThat(result.violations())
        .filteredOn(v -> v.rule().equals("Page not recognised"))
        .singleElement()
        .extracting(Violation::message)
        .isEqualTo(
            "not recognised by the OCR service: image 1 \"receipt-back\": FAILURE, image too small; nothing on"
                + " that page was read");
  }

  @Test
  void itsSeverityCanBeChangedLikeAnyRulesSeverity() throws IOException {
    RuleEngine lenient =
        RuleEngine.builder().clock(Fixtures.CLOCK).severity("Page not recognised", Severity.WARNING).build();

    assertThat(lenient.evaluate(receipt(true, false)).violations())
        .filteredOn(v -> v.rule().equals("Page not recognised"))
        .extracting(Violation::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void theVerificationTheEngineRanIsKeptWithTheResult() throws IOException {
    OcrDocument doc = receipt(false, false);
    VerificationReport report = Verifier.create(Fixtures.CLOCK).verify(doc);

    assertThat(ENGINE.evaluate(doc).verification()).isEqualTo(report);
    assertThat(ENGINE.evaluate(doc, report).verification()).isSameAs(report);
    assertThat(ENGINE.evaluate(doc, VerificationFact.from(report)).verification())
        .as("facts alone carry no report")
        .isNull();
    assertThat(report.findings()).isNotEmpty();
  }
}
