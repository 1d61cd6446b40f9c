package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number's separators as its glyphs show them: Tesseract reads the comma of a receipt's {@code 25,700} as a
 * full stop at 20–30-pixel type (clean Korean receipt renders: 23.364, 2.336, 25.700), which a comma's tail
 * below the baseline tells apart.
 */
class NumberSeparatorsTest {

  /** The text drawn in grey on white at {@code size} pixels, anti-aliased, with a margin. */
  private static BufferedImage drawn(String text, int size) {
    BufferedImage image = new BufferedImage(size * text.length(), size * 2, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(40, 40, 45));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
    g.drawString(text, size / 2, size * 3 / 2 - size / 4);
    g.dispose();
    return image;
  }

  /** The word Tesseract would report for the drawing: its ink's box, and the text as it read it. */
  private static TsvWord read(BufferedImage image, String text) {
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int right = 0;
    int bottom = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRaster().getSample(x, y, 0) < 128) {
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x + 1);
          bottom = Math.max(bottom, y + 1);
        }
      }
    }
    return new TsvWord("1/1/1/1", left, top, right - left, bottom - top, 93, text, null);
  }

  @Test
  void aCommaReadAsAFullStopIsAComma() {
    BufferedImage page = drawn("25,700", 30);

    assertThat(NumberSeparators.asPrinted(read(page, "25.700"), page).text()).isEqualTo("25,700");
    assertThat(NumberSeparators.asPrinted(read(page, "25,700"), page).text()).isEqualTo("25,700");
  }

  @Test
  void aFullStopReadAsACommaIsAFullStop() {
    BufferedImage page = drawn("1,234.50", 24);

    assertThat(NumberSeparators.asPrinted(read(page, "1.234,50"), page).text()).isEqualTo("1,234.50");
    assertThat(NumberSeparators.asPrinted(read(page, "1,234.50"), page).text()).isEqualTo("1,234.50");
  }

  @Test
  void whatIsNotANumberOrDoesNotMatchItsMarksKeepsTesseractsText() {
    BufferedImage page = drawn("25,700", 30);
    TsvWord word = read(page, "25.700");

    assertThat(NumberSeparators.asPrinted(read(page, "25.7.00"), page).text()).as("two separators, one mark")
        .isEqualTo("25.7.00");
    assertThat(NumberSeparators.asPrinted(read(page, "TOTAL"), page).text()).isEqualTo("TOTAL");
    BufferedImage white = new BufferedImage(400, 80, BufferedImage.TYPE_BYTE_GRAY);
    white.getGraphics().fillRect(0, 0, 400, 80);
    assertThat(NumberSeparators.asPrinted(word, white).text()).as("no ink where the word is").isEqualTo("25.700");
  }

  private static TsvWord word(int left, int width, String text) {
    return new TsvWord("1/1/1/1", left, 100, width, 22, 91, text, true);
  }

  @Test
  void anAmountTesseractSplitAfterItsFullStopIsOneWordAgain() {
    // SROIE 065's total line, as Tesseract 5.3.0 reads the prepared scan: "TOTAL - RM 65. 20".
    List<TsvWord> line = List.of(word(40, 110, "TOTAL"), word(170, 12, "-"), word(610, 50, "RM"),
        word(680, 62, "65."), word(760, 40, "20"));
    BufferedImage white = new BufferedImage(900, 200, BufferedImage.TYPE_BYTE_GRAY);
    white.getGraphics().fillRect(0, 0, 900, 200);

    List<TsvWord> read = NumberSeparators.asPrinted(line, white);

    assertThat(read).extracting(TsvWord::text).containsExactly("TOTAL", "-", "RM", "65.20");
    assertThat(read.get(3).left()).isEqualTo(680);
    assertThat(read.get(3).right()).isEqualTo(800);
  }

  @Test
  void onlyTwoDigitsCloseAfterANumbersFullStopAreJoinedToIt() {
    BufferedImage white = new BufferedImage(900, 200, BufferedImage.TYPE_BYTE_GRAY);
    white.getGraphics().fillRect(0, 0, 900, 200);
    List<TsvWord> item = List.of(word(40, 20, "1."), word(80, 150, "MILO"), word(300, 40, "12"));
    List<TsvWord> far = List.of(word(40, 62, "65."), word(400, 40, "20"));
    List<TsvWord> count = List.of(word(40, 62, "65."), word(120, 60, "200"));

    assertThat(NumberSeparators.asPrinted(item, white)).extracting(TsvWord::text).containsExactly("1.", "MILO", "12");
    assertThat(NumberSeparators.asPrinted(far, white)).extracting(TsvWord::text).containsExactly("65.", "20");
    assertThat(NumberSeparators.asPrinted(count, white)).extracting(TsvWord::text).containsExactly("65.", "200");
  }
}
