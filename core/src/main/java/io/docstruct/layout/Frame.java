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
  private final double degrees;

  /**
   * @param degrees the reading direction on the page (clockwise from +x); points are turned by its opposite
   */
  Frame(double degrees, double cx, double cy) {
    this.degrees = degrees;
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

  /**
   * The upright box of a word outline that is an axis-aligned rectangle on a page skewed by {@code skew}
   * degrees: such a rectangle bounds the skewed word, so its size is shrunk back to the word's own before
   * turning (otherwise neighbouring lines would overlap). Other outlines are turned as they are.
   */
  Box box(Quad q, double skew) {
    if (skew == 0 || !isRectangle(q)) {
      return box(q);
    }
    Box b = q.bounds();
    double s = Math.abs(Math.sin(Math.toRadians(skew)));
    double c = Math.cos(Math.toRadians(skew));
    double d = c * c - s * s;
    double w = (b.width() * c - b.height() * s) / d;
    double h = (b.height() * c - b.width() * s) / d;
    if (!(w > 0) || !(h > 0)) {
      return box(q);
    }
    double x = x(b.center().x(), b.center().y());
    double y = y(b.center().x(), b.center().y());
    // Quarter turns swap the rectangle's sides in the upright frame.
    boolean quarter = Math.abs(Math.sin(Math.toRadians(degrees))) > 0.7;
    double uw = quarter ? h : w;
    double uh = quarter ? w : h;
    return new Box(x - uw / 2, y - uh / 2, x + uw / 2, y + uh / 2);
  }

  /** Whether every edge of the quad runs along a page axis. */
  static boolean isRectangle(Quad q) {
    return q.p0().y() == q.p1().y() && q.p2().y() == q.p3().y() && q.p0().x() == q.p3().x()
        && q.p1().x() == q.p2().x()
        || q.p0().x() == q.p1().x() && q.p2().x() == q.p3().x() && q.p0().y() == q.p3().y()
        && q.p1().y() == q.p2().y();
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
