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
 * int shown = o.isSure() ? o.rotation() : 0;   // a page in doubt is kept as its source shows it
 * }</pre>
 *
 * @param rotation 0, 90, 180 or 270
 * @param skew the median residual angle of the word outlines, in degrees within ±{@link
 *     LayoutEngine.Builder#maxSkew(double) maxSkew}; positive is clockwise
 * @param certainty 0–1: how clearly the direction along the text axis won its vote (1: every signal
 *     agreed; 0: no signal at all, the default rotation was taken); see {@link #isSure()}
 * @param signals the signals that voted for the detected rotation, strongest first
 */
public record Orientation(int rotation, double skew, double certainty, List<Signal> signals) {

  public Orientation {
    if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
      throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotation);
    }
    signals = List.copyOf(signals);
  }

  /**
   * The least {@link #certainty()} of a sure turn: the winning direction's net votes are two thirds of the
   * votes it weighs, so with every vote cast it has five times the opposite ones, {@code (1 + c) / (1 − c)
   * = 5}.
   */
  public static final double SURE_CERTAINTY = 2.0 / 3;

  /**
   * Whether the layout is sure of this rotation, so that a page may be shown turned by it: certain (at least
   * {@link #SURE_CERTAINTY}), the words' shapes agreeing on the axis ({@link Signal#BOX_ASPECT}), and not
   * the default. A page in doubt is best kept as its source shows it: a false turn is worse than none. A
   * direction that the provider's word order alone gives is sure only when the order reads as a reading
   * order of ten words or more, so a shuffled list never makes a turn sure.
   */
  public boolean isSure() {
    return certainty >= SURE_CERTAINTY
        && signals.contains(Signal.BOX_ASPECT)
        && !signals.contains(Signal.DEFAULT);
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
