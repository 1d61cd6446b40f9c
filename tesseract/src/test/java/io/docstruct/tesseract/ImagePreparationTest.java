package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.client.ImageSource;
import io.docstruct.tesseract.scans.Dataset;
import io.docstruct.tesseract.scans.TruthLine;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preparation on the committed renders ({@code scans/}): the height of a page's lines, which sets how much
 * the page is scaled up, is the height of its text, whatever else the page holds.
 */
class ImagePreparationTest {

  /**
   * A receipt's dashed rules fill a row or two with several times the ink of a line of text. Measured against
   * the busiest row, the clean Korean receipts' lines were not found at all (0: the page went unscaled), and
   * the skewed and low-resolution ones were measured 4–9 pixels for text 14–20 pixels tall (pages scaled up
   * four times where twice was asked).
   */
  @ParameterizedTest
  @ValueSource(strings = {"ko-receipt-01", "ko-receipt-02", "ko-receipt-05", "ko-receipt-07", "ko-receipt-08",
      "en-receipt-01"})
  void theLineHeightIsTheTextsNotARulesOrABordersWhatever(String name) {
    Dataset.Entry scan = TestScans.entry("scans", name);
    BufferedImage page = PageImages.read(ImageSource.of(scan.image()), 300).get(0);
    ImagePreparation.Ink ink = ImagePreparation.Ink.sample(ImagePreparation.grey(page));
    // The known lines' boxes reach from above the capitals to below the baseline: the ink is 0.75–0.95 of them.
    double box = scan.lines().stream().mapToDouble(TruthLine::height).sorted().skip(scan.lines().size() / 2)
        .findFirst().orElseThrow();

    double measured = ink.lineHeight(ink.skew());

    assertThat(measured).as("%s: boxes %.1f px tall", name, box).isBetween(0.7 * box, 1.05 * box);
  }
}
