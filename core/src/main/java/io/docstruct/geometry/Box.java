package io.docstruct.geometry;

/**
 * An axis-aligned rectangle in page pixels, origin top-left. {@code left <= right} and {@code top <= bottom}
 * always hold: the factory methods sort their arguments.
 *
 * <pre>{@code
 * Box b = Box.of(10, 20, 110, 40);   // left, top, right, bottom
 * double w = b.width();               // 100
 * }</pre>
 *
 * @param left smallest x
 * @param top smallest y
 * @param right largest x
 * @param bottom largest y
 */
public record Box(double left, double top, double right, double bottom) {

  public Box {
    if (left > right || top > bottom) {
      throw new IllegalArgumentException(
          "inverted box: left=" + left + " right=" + right + " top=" + top + " bottom=" + bottom);
    }
  }

  /** A box from two corners given in any order. */
  public static Box of(double x1, double y1, double x2, double y2) {
    return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }

  /** A box from its top-left corner and its size, as in CLOVA V1 {@code bounding}. */
  public static Box ofSize(double left, double top, double width, double height) {
    return of(left, top, left + width, top + height);
  }

  public double width() {
    return right - left;
  }

  public double height() {
    return bottom - top;
  }

  public Point center() {
    return new Point((left + right) / 2, (top + bottom) / 2);
  }

  /** The smallest box holding this one and {@code other}. */
  public Box union(Box other) {
    return new Box(
        Math.min(left, other.left),
        Math.min(top, other.top),
        Math.max(right, other.right),
        Math.max(bottom, other.bottom));
  }
}
