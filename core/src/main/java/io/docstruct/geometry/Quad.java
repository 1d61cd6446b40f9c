package io.docstruct.geometry;

import java.util.List;

/**
 * A four-vertex polygon in page pixels, origin top-left: a word's, line's, cell's or table's outline as the
 * provider drew it.
 *
 * <p>The vertices keep the provider's order, which is nominally top-left, top-right, bottom-right,
 * bottom-left <em>of the text</em> (so on a page rotated by 90° the first vertex is not the top-left one on
 * the page). Layout code must not trust that order alone. Quads may be skewed (photographed pages), and may be
 * degenerate (zero area) when the provider sent one.
 *
 * <pre>{@code
 * Quad q = Quad.of(Box.of(10, 20, 110, 40));
 * Box bounds = q.bounds();
 * }</pre>
 */
public record Quad(Point p0, Point p1, Point p2, Point p3) {

  /** The axis-aligned rectangle as a quad, vertices clockwise from top-left. */
  public static Quad of(Box box) {
    return new Quad(
        new Point(box.left(), box.top()),
        new Point(box.right(), box.top()),
        new Point(box.right(), box.bottom()),
        new Point(box.left(), box.bottom()));
  }

  /**
   * A quad from exactly four vertices.
   *
   * @throws IllegalArgumentException if {@code vertices} does not hold exactly four points
   */
  public static Quad of(List<Point> vertices) {
    if (vertices.size() != 4) {
      throw new IllegalArgumentException("a quad has 4 vertices, got " + vertices.size());
    }
    return new Quad(vertices.get(0), vertices.get(1), vertices.get(2), vertices.get(3));
  }

  /** The four vertices in the provider's order. */
  public List<Point> vertices() {
    return List.of(p0, p1, p2, p3);
  }

  /** The smallest axis-aligned box holding every vertex. */
  public Box bounds() {
    double minX = Math.min(Math.min(p0.x(), p1.x()), Math.min(p2.x(), p3.x()));
    double maxX = Math.max(Math.max(p0.x(), p1.x()), Math.max(p2.x(), p3.x()));
    double minY = Math.min(Math.min(p0.y(), p1.y()), Math.min(p2.y(), p3.y()));
    double maxY = Math.max(Math.max(p0.y(), p1.y()), Math.max(p2.y(), p3.y()));
    return new Box(minX, minY, maxX, maxY);
  }

  /** The mean of the four vertices. */
  public Point centroid() {
    return new Point(
        (p0.x() + p1.x() + p2.x() + p3.x()) / 4, (p0.y() + p1.y() + p2.y() + p3.y()) / 4);
  }

  /** {@code true} when every coordinate is a finite number. */
  public boolean allFinite() {
    return p0.allFinite() && p1.allFinite() && p2.allFinite() && p3.allFinite();
  }
}
