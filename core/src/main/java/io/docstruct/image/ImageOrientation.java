package io.docstruct.image;

import java.awt.geom.AffineTransform;

/**
 * How an image's stored pixels are turned or mirrored to be shown upright: the EXIF (TIFF) Orientation tag,
 * 1 to 8, which a phone writes instead of turning the pixels. Every image viewer applies it, and OCR
 * services read the upright view, so a response's polygons are in the upright frame; a PDF viewer ignores
 * it inside a page, so the searchable PDF writer turns the image in the page's content stream, and the
 * Tesseract engine turns the pixels before reading them.
 *
 * <pre>{@code
 * ImageOrientation o = ImageOrientation.ofTag(6);    // RIGHT_TOP: shown turned 90° clockwise
 * AffineTransform up = o.toUpright(4032, 3024);      // stored pixels → upright pixels (3024 × 4032)
 * }</pre>
 *
 * <p>Each constant is named, as in TIFF, after where the stored image's first row and first column are in
 * the upright view.
 */
public enum ImageOrientation {
  /** 1: first row at the top, first column at the left: shown as stored. */
  TOP_LEFT,
  /** 2: mirrored left to right. */
  TOP_RIGHT,
  /** 3: turned 180°. */
  BOTTOM_RIGHT,
  /** 4: mirrored top to bottom. */
  BOTTOM_LEFT,
  /** 5: mirrored about the diagonal from the top-left corner (rows become columns). */
  LEFT_TOP,
  /** 6: turned 90° clockwise: a phone held upright whose sensor stores landscape rows. */
  RIGHT_TOP,
  /** 7: mirrored about the diagonal from the top-right corner. */
  RIGHT_BOTTOM,
  /** 8: turned 90° counter-clockwise. */
  LEFT_BOTTOM;

  /** The orientation of a tag value; {@link #TOP_LEFT} for a value outside 1–8 (as viewers treat it). */
  public static ImageOrientation ofTag(int value) {
    return value >= 1 && value <= 8 ? values()[value - 1] : TOP_LEFT;
  }

  /** The tag value, 1–8. */
  public int tag() {
    return ordinal() + 1;
  }

  /** Whether the upright image's width is the stored image's height (orientations 5–8). */
  public boolean swapsSides() {
    return ordinal() >= LEFT_TOP.ordinal();
  }

  /**
   * The map from a stored image's pixel coordinates (origin top-left, y down; {@code width} × {@code
   * height}) to the upright view's, whose size is the same or, if {@link #swapsSides()}, swapped.
   */
  public AffineTransform toUpright(double width, double height) {
    // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
    return switch (this) {
      case TOP_LEFT -> new AffineTransform();
      case TOP_RIGHT -> new AffineTransform(-1, 0, 0, 1, width, 0); // (w − x, y)
      case BOTTOM_RIGHT -> new AffineTransform(-1, 0, 0, -1, width, height); // (w − x, h − y)
      case BOTTOM_LEFT -> new AffineTransform(1, 0, 0, -1, 0, height); // (x, h − y)
      case LEFT_TOP -> new AffineTransform(0, 1, 1, 0, 0, 0); // (y, x)
      case RIGHT_TOP -> new AffineTransform(0, 1, -1, 0, height, 0); // (h − y, x)
      case RIGHT_BOTTOM -> new AffineTransform(0, -1, -1, 0, height, width); // (h − y, w − x)
      case LEFT_BOTTOM -> new AffineTransform(0, -1, 1, 0, 0, width); // (y, w − x)
    };
  }
}
