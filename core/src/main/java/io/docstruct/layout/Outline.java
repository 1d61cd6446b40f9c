package io.docstruct.layout;

import io.docstruct.geometry.Quad;

/**
 * A word's outline on the page as eight numbers: the polygon's vertices in the provider's order. Copied
 * once from the {@link Quad} so that the several passes over a page's words (orientation votes, turning
 * into the upright frame) each read one small object rather than the quad and its four points.
 */
final class Outline {
  final double x0;
  final double y0;
  final double x1;
  final double y1;
  final double x2;
  final double y2;
  final double x3;
  final double y3;

  private Outline(
      double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
    this.x0 = x0;
    this.y0 = y0;
    this.x1 = x1;
    this.y1 = y1;
    this.x2 = x2;
    this.y2 = y2;
    this.x3 = x3;
    this.y3 = y3;
  }

  static Outline of(Quad q) {
    return new Outline(
        q.p0().x(), q.p0().y(), q.p1().x(), q.p1().y(), q.p2().x(), q.p2().y(), q.p3().x(), q.p3().y());
  }

  double minX() {
    return Math.min(Math.min(x0, x1), Math.min(x2, x3));
  }

  double maxX() {
    return Math.max(Math.max(x0, x1), Math.max(x2, x3));
  }

  double minY() {
    return Math.min(Math.min(y0, y1), Math.min(y2, y3));
  }

  double maxY() {
    return Math.max(Math.max(y0, y1), Math.max(y2, y3));
  }

  /** Whether every edge runs along a page axis. */
  boolean isRectangle() {
    return y0 == y1 && y2 == y3 && x0 == x3 && x1 == x2 || x0 == x1 && x2 == x3 && y0 == y3 && y1 == y2;
  }

  /** 0–3: which of +x, +y, −x, −y the top and bottom edges run along; -1 when degenerate. */
  int quadrant() {
    double dx = (x1 - x0) + (x2 - x3);
    double dy = (y1 - y0) + (y2 - y3);
    if (Math.hypot(dx, dy) < 1e-6) {
      return -1;
    }
    double a = Math.toDegrees(Math.atan2(dy, dx));
    return Math.floorMod((int) Math.rint(a / 90), 4);
  }

  /** Whether the first vertex is the top-left corner of the bounds (the order of an axis-aligned box). */
  boolean isBoxOrder() {
    double s0 = x0 + y0;
    return s0 <= x1 + y1 && s0 <= x2 + y2 && s0 <= x3 + y3;
  }
}
