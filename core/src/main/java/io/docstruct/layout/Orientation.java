package io.docstruct.layout;

import java.util.List;

/**
 * How a page's text lies on the image: the reading direction is {@code rotation + skew} degrees, measured
 * clockwise from the page's x axis (y points down). A page photographed upside down has rotation 180; the
 * CLOVA General OCR example, whose text runs down the page, has rotation 90.
 *
 * <pre>{@code
 * Orientation o = page.orientation();
 * if (o.rotation() != 0 || Math.abs(o.skew()) > 1) {
 *   System.out.println("rotated " + o.rotation() + "°, skewed " + o.skew() + "°, by " + o.signals());
 * }
 * }</pre>
 *
 * @param rotation 0, 90, 180 or 270
 * @param skew the median residual angle of the word outlines, in degrees within ±{@link
 *     LayoutEngine.Builder#maxSkew(double) maxSkew}; positive is clockwise
 * @param certainty 0–1: how clearly the direction along the text axis won its vote (1: every signal
 *     agreed; 0: no signal at all, the default rotation was taken)
 * @param signals the signals that voted for the detected rotation, strongest first
 */
public record Orientation(int rotation, double skew, double certainty, List<Signal> signals) {

  public Orientation {
    if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
      throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotation);
    }
    signals = List.copyOf(signals);
  }

  /** An upright page with no evidence either way. */
  public static Orientation upright() {
    return new Orientation(0, 0, 0, List.of(Signal.DEFAULT));
  }

  /** The evidence an orientation is estimated from. */
  public enum Signal {
    /** {@code lineBreak=true} sits at one end of a visual line: the text runs towards it. */
    LINE_BREAK,
    /** Words of two or more characters are wider along the text direction: gives the axis only. */
    BOX_ASPECT,
    /** The polygons' vertex order (first to second vertex runs along the text). */
    VERTEX_ORDER,
    /** The provider's order of consecutive words; a weak hint, the tie-breaker. */
    PROVIDER_SEQUENCE,
    /** Nothing decided: the upright default was taken. */
    DEFAULT
  }
}
