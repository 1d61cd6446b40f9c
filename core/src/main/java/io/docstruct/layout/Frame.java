package io.docstruct.layout;

import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;

/**
 * A rotation of the page plane about a centre: maps page pixels into the upright frame where the text runs
 * along +x and lines follow each other along +y, and back.
 */
final class Frame {
  private final double cx;
  private final double cy;
  private final double cos;
  private final double sin;

  /**
   * @param degrees the reading direction on the page (clockwise from +x); points are turned by its opposite
   */
  Frame(double degrees, double cx, double cy) {
    double r = Math.toRadians(-degrees);
    this.cx = cx;
    this.cy = cy;
    this.cos = Math.cos(r);
    this.sin = Math.sin(r);
  }

  double x(double px, double py) {
    return cx + (px - cx) * cos - (py - cy) * sin;
  }

  double y(double px, double py) {
    return cy + (px - cx) * sin + (py - cy) * cos;
  }

  /** The upright bounding box of a page quad. */
  Box box(Quad q) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (Point p : q.vertices()) {
      double x = x(p.x(), p.y());
      double y = y(p.x(), p.y());
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return new Box(minX, minY, maxX, maxY);
  }

  /** An upright box back on the page, vertices clockwise from the text's top-left corner. */
  Quad toPage(Box b) {
    return new Quad(
        back(b.left(), b.top()),
        back(b.right(), b.top()),
        back(b.right(), b.bottom()),
        back(b.left(), b.bottom()));
  }

  private Point back(double ux, double uy) {
    // Inverse rotation: the transpose.
    double dx = ux - cx;
    double dy = uy - cy;
    return new Point(round(cx + dx * cos + dy * sin), round(cy - dx * sin + dy * cos));
  }

  /** Hundredths of a pixel: keeps float noise of the round trip out of the output. */
  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
