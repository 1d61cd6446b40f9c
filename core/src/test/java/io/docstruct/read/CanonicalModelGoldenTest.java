package io.docstruct.read;


import io.docstruct.document.OcrDocument;
import io.docstruct.json.CanonicalJson;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response fixture read into the canonical model, written as JSON and compared with a reviewed golden
 * file under {@code src/test/resources/golden/canonical/}. A change to the model or an adapter shows up here
 * as a diff; after reviewing an intended change, rewrite with the one golden switch ({@link Golden}).
 */
class CanonicalModelGoldenTest {
  static Stream<String> responses() {
    return Stream.of(
        "fixtures/clova/general/general-v2-response.json",
        "fixtures/clova/general/general-v2-response-blog.json",
        "fixtures/clova/general/table-response.json",
        "fixtures/clova/general/v1-response.json",
        "fixtures/clova/general/v2-quirks-response.json",
        "fixtures/clova/template/template-response.json",
        "fixtures/clova/template/template-v1-title-string-response.json",
        "fixtures/clova/document/receipt.json",
        "fixtures/clova/document/receipt-items-only.json",
        "fixtures/clova/document/receipt-subtotal.json",
        "fixtures/clova/document/receipt-kingmart.json",
        "fixtures/clova/document/credit-card.json",
        "fixtures/clova/document/name-card.json",
        "fixtures/clova/document/biz-license.json",
        "fixtures/clova/document/id-card.json",
        "fixtures/clova/document/id-card-IDType.json",
        "fixtures/clova/document/medical-receipt.json",
        "fixtures/clova/document/passport.json",
        "fixtures/nhn/nhn-general-response.json",
        "fixtures/nhn/nhn-general-cropping-response.json");
  }

  @ParameterizedTest
  @MethodSource("responses")
  void canonicalModelMatchesItsGoldenFile(String resource) throws Exception {
    OcrDocument doc = ResponseReader.create().read(Fixtures.bytes(resource), resource);
    String actual =
        CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    String golden = "golden/canonical/" + resource.substring(resource.lastIndexOf('/') + 1)
        .replace(".json", ".expected.json");

    Golden.assertMatches(actual, golden);
  }
}
