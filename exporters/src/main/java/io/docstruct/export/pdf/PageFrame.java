package io.docstruct.export.pdf;

import io.docstruct.geometry.Point;
import java.awt.geom.AffineTransform;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How provider pixels land on a PDF page. Pixels (origin top-left, y down) map to <em>display</em> points
 * (the page as its source shows it: crop box, after the source's {@code /Rotate}; origin bottom-left, y up;
 * a page the writer then turns upright keeps this frame, since turning the view moves nothing) by {@link
 * #toDisplay()}: a scale and flip, and for a photo whose response is in its stored frame, the photo's
 * orientation too ({@link ImagePlacement}). {@link #toUser()} then turns display points into the page's user
 * space.
 *
 * @param toDisplay the map {@code [a b c d e f]} from provider pixels to display points: {@code x' = a x +
 *     c y + e}, {@code y' = b x + d y + f}
 * @param toUser the {@code cm} matrix {@code [a b c d e f]} from display points to user space
 */
record PageFrame(double[] toDisplay, double[] toUser) {

  private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};

  /** A page made for an image: the display space is the user space. */
  static PageFrame ofImagePage(AffineTransform providerToPage) {
    double[] m = new double[6];
    providerToPage.getMatrix(m);
    return new PageFrame(m, IDENTITY);
  }

  /** A page made for an image of {@code width} × {@code height} points showing the provider's frame. */
  static PageFrame ofImagePage(double pixelWidth, double pixelHeight, double width, double height) {
    return new PageFrame(scale(pixelWidth, pixelHeight, width, height), IDENTITY);
  }

  /**
   * An existing page: the crop box as displayed after the page's rotation (a multiple of 90°, clockwise as
   * in {@code /Rotate}).
   */
  static PageFrame ofPdfPage(
      double pixelWidth, double pixelHeight, PDRectangle cropBox, int rotation) {
    double x = cropBox.getLowerLeftX();
    double y = cropBox.getLowerLeftY();
    double w = cropBox.getWidth();
    double h = cropBox.getHeight();
    return switch (Math.floorMod(rotation, 360)) {
      case 90 -> new PageFrame(scale(pixelWidth, pixelHeight, h, w), new double[] {0, 1, -1, 0, x + w, y});
      case 180 -> new PageFrame(
          scale(pixelWidth, pixelHeight, w, h), new double[] {-1, 0, 0, -1, x + w, y + h});
      case 270 -> new PageFrame(scale(pixelWidth, pixelHeight, h, w), new double[] {0, -1, 1, 0, x, y + h});
      default -> new PageFrame(scale(pixelWidth, pixelHeight, w, h), new double[] {1, 0, 0, 1, x, y});
    };
  }

  /**
   * Where text that runs {@code rotation} degrees clockwise in the provider's pixels (0, 90, 180 or 270,
   * as {@link io.docstruct.layout.Orientation#rotation()} says) runs on the displayed page: the same, or
   * another quarter turn when the provider's frame is turned against the display (a photo read in its
   * stored pixels). A multiple of 90, clockwise, 0 when it runs left to right.
   */
  int displayedRotation(int rotation) {
    double ux = Math.cos(Math.toRadians(rotation));
    double uy = Math.sin(Math.toRadians(rotation));
    double dx = toDisplay[0] * ux + toDisplay[2] * uy;
    double dy = toDisplay[1] * ux + toDisplay[3] * uy;
    // Display y points up: clockwise is towards −y.
    long quarters = Math.round(Math.atan2(-dy, dx) / (Math.PI / 2));
    return (int) Math.floorMod(quarters * 90, 360L);
  }

  /** Pixels of a {@code pixelWidth} × {@code pixelHeight} frame onto a {@code width} × {@code height} page. */
  private static double[] scale(double pixelWidth, double pixelHeight, double width, double height) {
    return new double[] {width / pixelWidth, 0, 0, -height / pixelHeight, 0, height};
  }

  boolean isIdentity() {
    return toUser[0] == 1 && toUser[1] == 0 && toUser[2] == 0 && toUser[3] == 1
        && toUser[4] == 0 && toUser[5] == 0;
  }

  double displayX(Point p) {
    return toDisplay[0] * p.x() + toDisplay[2] * p.y() + toDisplay[4];
  }

  double displayY(Point p) {
    return toDisplay[1] * p.x() + toDisplay[3] * p.y() + toDisplay[5];
  }
}
