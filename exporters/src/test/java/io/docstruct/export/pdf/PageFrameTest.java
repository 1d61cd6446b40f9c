package io.docstruct.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.PageSize;
import io.docstruct.image.ImageOrientation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which way the provider's text runs on the page as its source shows it. */
class PageFrameTest {
  /** A crop box off the origin, 600 × 400 pt, as an original PDF page may have. */
  private static final PDRectangle CROP = new PDRectangle(20, 30, 600, 400);

  @ParameterizedTest(name = "text at {0}°")
  @ValueSource(ints = {0, 90, 180, 270})
  void textRunsOnTheDisplayedPageAsInTheProvidersPixels(int rotation) {
    PageFrame frame = PageFrame.ofImagePage(900, 640, 900, 640);

    assertThat(frame.displayedRotation(rotation)).isEqualTo(rotation);
  }

  /** A PDF page's response is in the page as displayed, after its own {@code /Rotate}. */
  @ParameterizedTest(name = "text at {0}°")
  @ValueSource(ints = {0, 90, 180, 270})
  void onAnOriginalPageTheTextRunsAsTheProviderSawTheDisplayedPage(int rotation) {
    PageFrame frame = PageFrame.ofPdfPage(800, 1200, CROP, 90);

    assertThat(frame.displayedRotation(rotation)).isEqualTo(rotation);
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
