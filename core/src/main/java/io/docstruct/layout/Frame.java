package io.docstruct.layout;

import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    return box(q, 0);
  }

  /**
   * The upright box of a word outline that is an axis-aligned rectangle on a page skewed by {@code skew}
   * degrees: such a rectangle bounds the skewed word, so its size is shrunk back to the word's own before
   * turning (otherwise neighbouring lines would overlap). Other outlines are turned as they are.
   */
  Box box(Quad q, double skew) {
    double[] box = new double[4];
    turn(Outlines.of(q), 0, skew == 0 ? null : new Shrink(skew, degrees), box);
    return new Box(box[0], box[1], box[2], box[3]);
  }

  /**
   * Sets every word item's upright box: its outline among {@code outlines} turned as {@link #box(Quad,
   * double)} turns a quad.
   */
  void place(List<Item> items, Outlines outlines, double skew) {
    Shrink shrink = skew == 0 ? null : new Shrink(skew, degrees);
    double[] box = new double[4];
    for (Item it : items) {
      turn(outlines, it.outline, shrink, box);
      it.place(box[0], box[1], box[2], box[3]);
    }
  }

  /** The upright box of outline {@code i} into {@code box} (left, top, right, bottom). */
  private void turn(Outlines o, int i, @Nullable Shrink shrink, double[] box) {
    if (shrink != null && o.isRectangle(i)) {
      double left = o.minX(i);
      double top = o.minY(i);
      double right = o.maxX(i);
      double bottom = o.maxY(i);
      double w = ((right - left) * shrink.cos - (bottom - top) * shrink.sin) / shrink.det;
      double h = ((bottom - top) * shrink.cos - (right - left) * shrink.sin) / shrink.det;
      if (w > 0 && h > 0) {
        double centreX = (left + right) / 2;
        double centreY = (top + bottom) / 2;
        double x = x(centreX, centreY);
        double y = y(centreX, centreY);
        double uw = shrink.quarter ? h : w;
        double uh = shrink.quarter ? w : h;
        box[0] = x - uw / 2;
        box[1] = y - uh / 2;
        box[2] = x + uw / 2;
        box[3] = y + uh / 2;
        return;
      }
    }
    double x0 = x(o.x(i, 0), o.y(i, 0));
    double x1 = x(o.x(i, 1), o.y(i, 1));
    double x2 = x(o.x(i, 2), o.y(i, 2));
    double x3 = x(o.x(i, 3), o.y(i, 3));
    double y0 = y(o.x(i, 0), o.y(i, 0));
    double y1 = y(o.x(i, 1), o.y(i, 1));
    double y2 = y(o.x(i, 2), o.y(i, 2));
    double y3 = y(o.x(i, 3), o.y(i, 3));
    box[0] = Math.min(Math.min(x0, x1), Math.min(x2, x3));
    box[1] = Math.min(Math.min(y0, y1), Math.min(y2, y3));
    box[2] = Math.max(Math.max(x0, x1), Math.max(x2, x3));
    box[3] = Math.max(Math.max(y0, y1), Math.max(y2, y3));
  }

  /** The sizes of a skewed word's bounding rectangle, back to the word's own (see box(Quad, double)). */
  private static final class Shrink {
    final double sin;
    final double cos;
    final double det;
    /** Quarter turns swap the rectangle's sides in the upright frame. */
    final boolean quarter;

    Shrink(double skew, double degrees) {
      sin = Math.abs(Math.sin(Math.toRadians(skew)));
      cos = Math.cos(Math.toRadians(skew));
      det = cos * cos - sin * sin;
      quarter = Math.abs(Math.sin(Math.toRadians(degrees))) > 0.7;
    }
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
