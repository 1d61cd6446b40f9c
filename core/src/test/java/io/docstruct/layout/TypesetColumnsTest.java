package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two-column documents set by a real typesetter (LibreOffice Writer 7.4, NanumGothic 12 pt on 17 pt, a
 * 0.5 cm gutter, Korean and English prose, a title across both columns close above them, a last page
 * whose right column ends first; ragged right and justified), their word boxes taken from the PDF with
 * {@code pdftotext -bbox-layout} and turned into CLOVA General V2 answers by {@link PdfWordBoxes}. Both
 * columns share one leading, so every left line has a right line on its baseline, and the gutter (about
 * 0.9 word heights) is narrower than the line chainer's word gap. The engine must read every line whole,
 * column after column, in the order the typesetter wrote them, however the page lies.
 *
 * <p>To rebuild the fixtures after editing a {@code .fodt} (needs LibreOffice with the Nanum fonts, and
 * poppler-utils):
 *
 * <pre>{@code
 * soffice --headless --convert-to pdf --outdir /tmp/typeset \
 *     core/src/test/resources/fixtures/layout/typeset/*.fodt
 * ./mvnw -q -B -pl core test -Dtest=TypesetFixtureWriter -Ddocstruct.layout.typeset.pdfs=/tmp/typeset \
 *     -Ddocstruct.layout.typeset=$PWD/core/src/test/resources/fixtures/layout/typeset
 * }</pre>
 */
class TypesetColumnsTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();
  private static final String DIR = "fixtures/layout/typeset/";
  static final String[] DOCUMENTS = {"two-columns-ragged", "two-columns-justified"};

  @ParameterizedTest
  @ValueSource(strings = {"two-columns-ragged", "two-columns-justified"})
  void typesetColumnsAreReadColumnByColumn(String name) {
    assertThat(lines(read(name), p -> p)).containsExactlyElementsOf(expected(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"quarter", "half", "three-quarters", "skew+4", "skew-4", "shuffled"})
  void typesetColumnsReadTheSameHoweverThePageLies(String how) {
    UnaryOperator<Page> turn =
        switch (how) {
          case "quarter" -> p -> PageTransforms.rotate(p, 90);
          case "half" -> p -> PageTransforms.rotate(p, 180);
          case "three-quarters" -> p -> PageTransforms.rotate(p, 270);
          case "skew+4" -> p -> PageTransforms.jitter(PageTransforms.skew(p, 4), 1, 4);
          case "skew-4" -> p -> PageTransforms.jitter(PageTransforms.skew(p, -4), 1, 5);
          default -> p -> PageTransforms.shuffle(p, 16);
        };
    for (String name : DOCUMENTS) {
      assertThat(lines(read(name), turn)).as(name).containsExactlyElementsOf(expected(name));
    }
  }

  private static OcrDocument read(String name) {
    return ResponseReader.create().read(Fixtures.bytes(DIR + name + ".json"), name + ".json");
  }

  private static List<String> expected(String name) {
    return Fixtures.text(DIR + name + ".lines.txt").lines().toList();
  }

  /** Every line the engine reads, words joined by a space, page after page. */
  private static List<String> lines(OcrDocument doc, UnaryOperator<Page> turn) {
    List<String> out = new ArrayList<>();
    for (Page page : doc.pages()) {
      for (Block b : ENGINE.structure(turn.apply(page)).blocks()) {
        for (Line l : b.lines()) {
          out.add(String.join(" ", l.words().stream().map(PlacedWord::text).toList()));
        }
      }
    }
    return out;
  }
}
