package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.Golden;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden reading-order text for every seed response and every hand-made layout fixture.
 *
 * <p>Hand-made fixtures ({@code fixtures/layout/*.json}) carry the text of their known order beside them
 * ({@code *.expected.txt}, written by {@link LayoutFixtureWriter}). Seed responses have reviewed goldens
 * under {@code golden/layout/}, rewritten after a reviewed change by the one golden switch ({@link Golden}).
 * The hand-made fixtures' expected text is not a golden: it comes from the generator, never from the engine.
 */
class LayoutGoldenTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  static Stream<String> handMade() {
    return LayoutFixtureWriter.specs().stream().map(LayoutFixtureWriter.Spec::name);
  }

  static Stream<String> seeds() {
    return Stream.of(
        "clova/general/general-v2-response.json",
        "clova/general/general-v2-response-blog.json",
        "clova/general/table-response.json",
        "clova/general/v1-response.json",
        "clova/general/v2-quirks-response.json",
        "clova/template/template-response.json",
        "clova/template/template-v1-title-string-response.json",
        "clova/document/receipt.json",
        "clova/document/name-card.json",
        "nhn/nhn-general-response.json",
        "nhn/nhn-general-cropping-response.json");
  }

  private static StructuredDocument structure(String resource) throws IOException {
    OcrDocument doc = ResponseReader.create().read(Fixtures.bytes(resource), resource);
    return ENGINE.structure(doc);
  }

  @ParameterizedTest
  @MethodSource("handMade")
  void handMadeLayoutReadsInItsKnownOrder(String name) throws IOException {
    StructuredDocument doc = structure("fixtures/layout/" + name + ".json");

    assertThat(doc.text() + "\n").isEqualTo(Fixtures.text("fixtures/layout/" + name + ".expected.txt"));
    assertOffsetsPointAtTheWords(doc);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedResponseMatchesItsGolden(String fixture) throws IOException {
    StructuredDocument doc = structure("fixtures/" + fixture);
    String golden = fixture.replaceAll("\\.json$", ".expected.txt");
    Golden.assertMatches(doc.text() + "\n", "golden/layout/" + golden);
    assertOffsetsPointAtTheWords(doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixtures/layout/table-among-paragraphs", "fixtures/clova/general/table-response"})
  void markdownKeepsTablesInPlace(String base) throws IOException {
    String golden = base.replace("fixtures/", "golden/layout/") + ".expected.md";
    Golden.assertMatches(structure(base + ".json").markdown() + "\n", golden);
  }

  @ParameterizedTest
  @ValueSource(ints = {90, 180, 270})
  void rotatedFixturesReportTheirRotation(int rotation) throws IOException {
    for (String suffix : new String[] {"", "-box-order"}) {
      StructuredPage page =
          structure("fixtures/layout/rotated-" + rotation + suffix + ".json").pages().get(0);
      assertThat(page.orientation().rotation()).as(suffix).isEqualTo(rotation);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plus", "minus"})
  void skewedFixturesReportTheirSkew(String sign) throws IOException {
    StructuredPage page = structure("fixtures/layout/skew-" + sign + "-4.json").pages().get(0);
    assertThat(page.orientation().rotation()).isZero();
    assertThat(page.orientation().skew()).isCloseTo(sign.equals("plus") ? 4 : -4, within(0.5));
  }

  static void assertOffsetsPointAtTheWords(StructuredDocument doc) {
    for (StructuredPage page : doc.pages()) {
      String text = page.text();
      for (Block b : page.blocks()) {
        for (Line l : b.lines()) {
          for (PlacedWord w : l.words()) {
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
          }
        }
      }
    }
  }
}
