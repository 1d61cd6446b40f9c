package io.docstruct.geometry;

/**
 * A point in page pixels, origin top-left, y downwards.
 *
 * <pre>{@code
 * Point p = new Point(12.5, 40);
 * }</pre>
 *
 * @param x distance from the left edge, in pixels
 * @param y distance from the top edge, in pixels
 */
public record Point(double x, double y) {

  /** {@code true} when both coordinates are finite numbers (not NaN, not infinite). */
  public boolean allFinite() {
    return Double.isFinite(x) && Double.isFinite(y);
  }
}
