package io.docstruct.export.pdf;

import io.docstruct.geometry.Point;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How provider pixels land on a PDF page. Pixels (origin top-left, y down) scale to <em>display</em> points
 * (the page as a viewer shows it: crop box, after {@code /Rotate}; origin bottom-left, y up), and {@link
 * #toUser()} turns display points into the page's user space.
 *
 * @param pixelWidth width of the provider's pixel frame
 * @param pixelHeight height of the provider's pixel frame
 * @param width displayed page width, in points
 * @param height displayed page height, in points
 * @param toUser the {@code cm} matrix {@code [a b c d e f]} from display points to user space
 */
record PageFrame(double pixelWidth, double pixelHeight, double width, double height, double[] toUser) {

  private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};

  /** A page made for an image: the display space is the user space. */
  static PageFrame ofImagePage(double pixelWidth, double pixelHeight, double width, double height) {
    return new PageFrame(pixelWidth, pixelHeight, width, height, IDENTITY);
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
      case 90 -> new PageFrame(pixelWidth, pixelHeight, h, w, new double[] {0, 1, -1, 0, x + w, y});
      case 180 -> new PageFrame(pixelWidth, pixelHeight, w, h, new double[] {-1, 0, 0, -1, x + w, y + h});
      case 270 -> new PageFrame(pixelWidth, pixelHeight, h, w, new double[] {0, -1, 1, 0, x, y + h});
      default -> new PageFrame(pixelWidth, pixelHeight, w, h, new double[] {1, 0, 0, 1, x, y});
    };
  }

  boolean isIdentity() {
    return toUser[0] == 1 && toUser[1] == 0 && toUser[2] == 0 && toUser[3] == 1
        && toUser[4] == 0 && toUser[5] == 0;
  }

  double displayX(Point p) {
    return p.x() * width / pixelWidth;
  }

  double displayY(Point p) {
    return height - p.y() * height / pixelHeight;
  }
}
