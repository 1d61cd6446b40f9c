package io.docstruct.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.json.CanonicalJson;
import io.docstruct.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response fixture read into the canonical model, written as JSON and compared with a reviewed golden
 * file under {@code src/test/resources/golden/canonical/}. A change to the model or an adapter shows up here
 * as a diff. After reviewing an intended change, regenerate with
 * {@code ./mvnw -pl core test -Dtest=CanonicalModelGoldenTest -Ddocstruct.golden.update=true}.
 */
class CanonicalModelGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("docstruct.golden.update");

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

    if (UPDATE) {
      Path target = Path.of("src/test/resources").resolve(golden);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).isEqualTo(Fixtures.text(golden));
  }
}
