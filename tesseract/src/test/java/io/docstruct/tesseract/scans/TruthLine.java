package io.docstruct.tesseract.scans;

/**
 * One line of a page as a perfect OCR would read it: its text, and its box as four corners in the image's
 * pixels (top-left, top-right, bottom-right, bottom-left), as SROIE's {@code box/NNN.csv} rows give them.
 *
 * @param text the line's words, separated by single spaces
 * @param quad x1, y1, … x4, y4
 */
public record TruthLine(String text, double[] quad) {

  /** Whether the point lies inside the line's box (a convex quadrilateral), grown by {@code margin} pixels. */
  public boolean contains(double x, double y, double margin) {
    double cx = (quad[0] + quad[2] + quad[4] + quad[6]) / 4;
    double cy = (quad[1] + quad[3] + quad[5] + quad[7]) / 4;
    for (int i = 0; i < 4; i++) {
      double ax = quad[2 * i];
      double ay = quad[2 * i + 1];
      double bx = quad[(2 * i + 2) % 8];
      double by = quad[(2 * i + 3) % 8];
      double ex = bx - ax;
      double ey = by - ay;
      double length = Math.hypot(ex, ey);
      if (length == 0) {
        continue;
      }
      // Signed distance of the point from the edge, positive on the centre's side.
      double side = ((x - ax) * ey - (y - ay) * ex) / length;
      double centre = ((cx - ax) * ey - (cy - ay) * ex) / length;
      if (Math.signum(side) != Math.signum(centre) && Math.abs(side) > margin) {
        return false;
      }
    }
    return true;
  }

  /** The box's height: the mean length of its left and right edges. */
  public double height() {
    return (Math.hypot(quad[6] - quad[0], quad[7] - quad[1]) + Math.hypot(quad[4] - quad[2], quad[5] - quad[3])) / 2;
  }
}
