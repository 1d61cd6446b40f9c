package io.docstruct.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The preparation's geometry: the skew of a page of text lines is found whatever it is within the range,
 * small text is scaled up, and what is drawn in the prepared image maps back to where it is on the page (the
 * answer's polygons are in the page's pixels).
 */
class ImagePreparationProperties {

  /** Rows of dark dashes, like words on lines, {@code height} pixels tall, turned clockwise by {@code skew}. */
  private static BufferedImage lines(double skew, int height, long seed) {
    Random r = new Random(seed);
    BufferedImage page = new BufferedImage(600, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 500);
    g.rotate(Math.toRadians(skew), 300, 250);
    g.setColor(Color.BLACK);
    for (int y = 80; y < 320; y += height * 2) {
      for (int x = 60; x < 520; ) {
        int w = 20 + r.nextInt(60);
        g.fillRect(x, y, Math.min(w, 540 - x), height);
        x += w + height / 2 + r.nextInt(height);
      }
    }
    g.dispose();
    return page;
  }

  @Property(tries = 30)
  void theSkewOfAPageOfLinesIsFound(
      @ForAll @DoubleRange(min = -6, max = 6) double skew, @ForAll @IntRange(min = 8, max = 20) int height) {
    ImagePreparation.Prepared p = ImagePreparation.defaults().prepare(lines(skew, height, 7));

    assertThat(p.skewDegrees()).isCloseTo(Math.abs(skew) < 0.2 ? 0 : skew, org.assertj.core.data.Offset.offset(0.3));
  }

  @Property(tries = 20)
  void smallTextIsScaledUpAndWhatIsDrawnMapsBackToWhereItIsOnThePage(
      @ForAll @DoubleRange(min = -5, max = 5) double skew, @ForAll @IntRange(min = 8, max = 14) int height,
      @ForAll @IntRange(min = 40, max = 550) int markX) {
    BufferedImage page = lines(skew, height, 11);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(markX - 4, 456, 8, 8); // a mark below the lines, centred on (markX, 460)
    g.dispose();

    ImagePreparation.Prepared p = ImagePreparation.defaults().prepare(page);

    assertThat(p.scale()).as("lines of %d px scaled towards 30", height).isGreaterThan(1.5);
    // Where the prepared image is dark below the lines, carried back to the page: the mark's centre.
    double sx = 0;
    double sy = 0;
    int n = 0;
    BufferedImage img = p.image();
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRaster().getSample(x, y, 0)) < 100) {
          Point2D back = p.toPage().transform(new Point2D.Double(x + 0.5, y + 0.5), null);
          if (back.getY() > 420) {
            sx += back.getX();
            sy += back.getY();
            n++;
          }
        }
      }
    }
    assertThat(n).as("the mark is in the prepared image").isPositive();
    assertThat(new Point2D.Double(sx / n, sy / n).distance(markX, 460)).isLessThan(1.5);
  }
}
