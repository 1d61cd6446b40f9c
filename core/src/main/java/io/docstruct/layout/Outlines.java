package io.docstruct.layout;

import io.docstruct.geometry.Quad;

/**
 * The outlines of a page's words on the page, as the provider drew them: eight numbers a word, the
 * polygon's vertices in the provider's order, one word after another in one array. Copied once from the
 * words' {@link Quad}s, so that the passes over a page's words (orientation votes, turning into the upright
 * frame) read one array in order, not an object per word besides its quad and points.
 *
 * <pre>{@code
 * Outlines outlines = new Outlines(words.size());
 * int i = outlines.add(word.polygon());
 * boolean axisAligned = outlines.isRectangle(i);
 * }</pre>
 */
final class Outlines {
  private static final int STRIDE = 8;

  private final double[] xy;
  private int count;

  /** Room for {@code capacity} outlines. */
  Outlines(int capacity) {
    xy = new double[STRIDE * capacity];
  }

  /** One outline, number 0. */
  static Outlines of(Quad q) {
    Outlines one = new Outlines(1);
    one.add(q);
    return one;
  }

  /** Adds {@code q}'s vertices; the number of its outline. */
  int add(Quad q) {
    int at = STRIDE * count;
    xy[at] = q.p0().x();
    xy[at + 1] = q.p0().y();
    xy[at + 2] = q.p1().x();
    xy[at + 3] = q.p1().y();
    xy[at + 4] = q.p2().x();
    xy[at + 5] = q.p2().y();
    xy[at + 6] = q.p3().x();
    xy[at + 7] = q.p3().y();
    return count++;
  }

  /** The x of vertex {@code v} (0–3) of outline {@code i}. */
  double x(int i, int v) {
    return xy[STRIDE * i + 2 * v];
  }

  /** The y of vertex {@code v} (0–3) of outline {@code i}. */
  double y(int i, int v) {
    return xy[STRIDE * i + 2 * v + 1];
  }

  double minX(int i) {
    return Math.min(Math.min(x(i, 0), x(i, 1)), Math.min(x(i, 2), x(i, 3)));
  }

  double maxX(int i) {
    return Math.max(Math.max(x(i, 0), x(i, 1)), Math.max(x(i, 2), x(i, 3)));
  }

  double minY(int i) {
    return Math.min(Math.min(y(i, 0), y(i, 1)), Math.min(y(i, 2), y(i, 3)));
  }

  double maxY(int i) {
    return Math.max(Math.max(y(i, 0), y(i, 1)), Math.max(y(i, 2), y(i, 3)));
  }

  /** Whether every edge of outline {@code i} runs along a page axis. */
  boolean isRectangle(int i) {
    double x0 = x(i, 0);
    double y0 = y(i, 0);
    double x1 = x(i, 1);
    double y1 = y(i, 1);
    double x2 = x(i, 2);
    double y2 = y(i, 2);
    double x3 = x(i, 3);
    double y3 = y(i, 3);
    return y0 == y1 && y2 == y3 && x0 == x3 && x1 == x2 || x0 == x1 && x2 == x3 && y0 == y3 && y1 == y2;
  }

  /** 0–3: which of +x, +y, −x, −y the top and bottom edges of outline {@code i} run along; -1 when degenerate. */
  int quadrant(int i) {
    double dx = (x(i, 1) - x(i, 0)) + (x(i, 2) - x(i, 3));
    double dy = (y(i, 1) - y(i, 0)) + (y(i, 2) - y(i, 3));
    if (Math.hypot(dx, dy) < 1e-6) {
      return -1;
    }
    double a = Math.toDegrees(Math.atan2(dy, dx));
    return Math.floorMod((int) Math.rint(a / 90), 4);
  }

  /** Whether the first vertex of outline {@code i} is the top-left corner of its bounds (an axis-aligned box's order). */
  boolean isBoxOrder(int i) {
    double s0 = x(i, 0) + y(i, 0);
    return s0 <= x(i, 1) + y(i, 1) && s0 <= x(i, 2) + y(i, 2) && s0 <= x(i, 3) + y(i, 3);
  }
}
