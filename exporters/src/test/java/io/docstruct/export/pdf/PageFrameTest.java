package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.docstruct.document.PageSize;
import io.docstruct.geometry.Point;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A frame viewed under another {@code /Rotate} keeps every provider pixel on its user-space point, and tells
 * which way the provider's text runs on the page as shown.
 */
class PageFrameTest {
  /** A crop box off the origin, 600 × 400 pt, as an original PDF page may have. */
  private static final PDRectangle CROP = new PDRectangle(20, 30, 600, 400);

  /** Where a provider pixel lands in user space. */
  private static double[] user(PageFrame frame, Point p) {
    double u = frame.displayX(p);
    double v = frame.displayY(p);
    double[] m = frame.toUser();
    return new double[] {m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]};
  }

  @ParameterizedTest(name = "/Rotate {0} viewed with {1}")
  @CsvSource({"0, 90", "0, 180", "0, 270", "90, 0", "90, 180", "270, 90", "180, 270"})
  void viewedWithAnotherRotationKeepsEveryPixelOnItsPoint(int before, int after) {
    PageFrame frame = PageFrame.ofPdfPage(1200, 800, CROP, before);

    PageFrame viewed = frame.viewedWith(CROP, after);

    for (Point p : new Point[] {new Point(0, 0), new Point(100, 50), new Point(700, 333)}) {
      assertThat(user(viewed, p)).containsExactly(user(frame, p), within(1e-9));
    }
    assertThat(viewed.toUser()).isEqualTo(PageFrame.ofPdfPage(1, 1, CROP, after).toUser());
  }

  @ParameterizedTest(name = "text at {0}°")
  @ValueSource(ints = {0, 90, 180, 270})
  void textRunsOnTheDisplayedPageAsInTheProvidersPixels(int rotation) {
    PageFrame frame = PageFrame.ofImagePage(900, 640, 900, 640);

    assertThat(frame.displayedRotation(rotation)).isEqualTo(rotation);
  }

  /** Once the page is turned by {@code /Rotate 270}, text that ran down the image runs left to right. */
  @ParameterizedTest(name = "text at {0}°")
  @ValueSource(ints = {0, 90, 180, 270})
  void aTurnedViewTurnsTheText(int rotation) {
    PageFrame frame = PageFrame.ofImagePage(640, 900, 640, 900).viewedWith(new PDRectangle(640, 900), 270);

    assertThat(frame.displayedRotation(rotation)).isEqualTo(Math.floorMod(rotation - 90, 360));
  }

  /**
   * A photo stored turned (EXIF orientation 6) whose provider read the stored pixels: text running up the
   * stored image runs left to right on the upright page, which needs no turn.
   */
  @ParameterizedTest(name = "EXIF 6, text at {0}° in the stored pixels")
  @ValueSource(ints = {0, 90, 180, 270})
  void aResponseInAPhotosStoredFrameIsMeasuredOnTheUprightPage(int rotation) {
    // Stored 400 × 600 (width × height) pixels, shown upright as 600 × 400; the response has the stored shape.
    ImagePlacement placement =
        ImagePlacement.of(
            400, 600, ImageOrientation.RIGHT_TOP,
            new PageSize(400, 600, PageSize.Source.CONVERTED_IMAGE_INFO),
            72);

    assertThat(placement.pageFrame().displayedRotation(rotation))
        .isEqualTo(Math.floorMod(rotation + 90, 360));
  }
}
