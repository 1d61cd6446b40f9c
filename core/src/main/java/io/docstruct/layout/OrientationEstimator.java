package io.docstruct.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates a page's {@link Orientation} by a vote.
 *
 * <ol>
 *   <li>Axis (horizontal or vertical text): every word of two or more characters whose box is at least
 *       {@value #ASPECT} times longer one way votes for that way; the vertex order of a word (direction of
 *       its top and bottom edges) adds half a vote, unless it contradicts the word's box.
 *   <li>Direction along the axis, after chaining words into line segments across the axis. First, {@code
 *       lineBreak=true} words at one end of a segment point to that end (order-independent, strongest);
 *       they decide when they agree at least three to one. Otherwise each pair of consecutive provider
 *       words that are neighbours on the page votes once (towards the second word when both are next to
 *       each other in one segment or are segment ends on one line, towards the next line when both are
 *       segment ends within four line heights), and each word's vertex order adds {@value #VERTEX_WEIGHT},
 *       so a provider's consistent sequence outweighs contradicting vertex order (the CLOVA example). The
 *       sequence counts only when it reads as a reading order: its net vote must reach half of the list's
 *       consecutive pairs ({@link #COHERENT_SHARE}). A shuffled list, whose consecutive words are
 *       rarely neighbours, never does, and says nothing: vertex order, or the default, decides. When at
 *       least 90% of the words list their box's corners from the page's top-left corner (boxes drawn
 *       axis-aligned), vertex order says nothing: it does not vote on the axis, the sequence must beat a
 *       lean towards upright of {@value #UPRIGHT_LEAN} standard deviations of its votes, and its certainty
 *       is its net vote over every consecutive pair of the list, and over no fewer than {@value
 *       #SEQUENCE_MIN_PAIRS}: then only ten words or more in order make a turn {@link Orientation#isSure()
 *       sure} (four words on one line in random order read net two of three pairs one way one time in
 *       three).
 *     <li>Skew: the median residual angle (modulo 90°) of each word's longer edges, ignoring residuals beyond
 *       {@code maxSkew}.
 * </ol>
 */
final class OrientationEstimator {
  static final double ASPECT = 1.2;
  static final double VERTEX_WEIGHT = 0.3;
  static final double UPRIGHT_LEAN = 3;
  /** The least net vote, as a share of the consecutive pairs, of a sequence that reads as a reading order. */
  static final double COHERENT_SHARE = 0.5;
  /**
   * The fewest pairs a sequence alone is weighed against, so that a sure turn ({@link
   * Orientation#SURE_CERTAINTY}) takes ten net votes at least: fewer can be chance.
   */
  static final int SEQUENCE_MIN_PAIRS = 14;
  private static final double BOX_ORDER_SHARE = 0.9;
  /** Fewer neighbouring pairs than this measure noise, not skew. */
  private static final int MIN_SLOPES = 3;

  private final LineChainer chainer;
  private final double maxSkew;

  OrientationEstimator(LineChainer chainer, double maxSkew) {
    this.chainer = chainer;
    this.maxSkew = maxSkew;
  }

  /**
   * @param items words with finite polygons, in provider order ({@code order} ascending)
   * @param outlines their outlines
   */
  Orientation estimate(List<Item> items, Outlines outlines) {
    if (items.isEmpty()) {
      return Orientation.upright();
    }
    int n = items.size();
    // One pass over the outlines: vertex order, box aspect and rectangles.
    int boxOrdered = 0;
    int rectangles = 0;
    double aspectH = 0;
    double aspectV = 0;
    double[] vertexVotes = new double[4];
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      int o = it.outline;
      int qd = outlines.quadrant(o);
      if (qd == 0 && outlines.isBoxOrder(o)) {
        boxOrdered++;
      }
      if (outlines.isRectangle(o)) {
        rectangles++;
      }
      int aspectAxis = -1;
      if (it.twoOrMoreCharacters) {
        double width = outlines.maxX(o) - outlines.minX(o);
        double height = outlines.maxY(o) - outlines.minY(o);
        if (width >= ASPECT * height) {
          aspectAxis = 0;
          aspectH++;
        } else if (height >= ASPECT * width) {
          aspectAxis = 1;
          aspectV++;
        }
      }
      if (qd >= 0 && (aspectAxis < 0 || aspectAxis == qd % 2)) {
        vertexVotes[qd]++;
      }
    }
    boolean vertexUsable = boxOrdered < BOX_ORDER_SHARE * n;
    double axisWeight = vertexUsable ? 0.5 : 0;
    double horizontal = aspectH + axisWeight * (vertexVotes[0] + vertexVotes[2]);
    double vertical = aspectV + axisWeight * (vertexVotes[1] + vertexVotes[3]);
    boolean isVertical = vertical > horizontal;
    int base = isVertical ? 90 : 0;
    List<Orientation.Signal> signals = new ArrayList<>();

    // Segments across the axis, in a frame where the axis is x (direction still unknown).
    new Frame(base, 0, 0).place(items, outlines, 0);
    double[] heights = new double[n];
    for (int i = 0; i < n; i++) {
      heights[i] = items.get(i).height();
    }
    double h = Median.of(heights);
    Chains chains = chainer.chain(items, Math.max(h, 1e-9));
    // Each item's segment, in provider order: its place in the sweep that just chained it names it.
    int[] segmentOf = new int[n];
    for (int i = 0; i < n; i++) {
      segmentOf[i] = chains.segmentOf(items.get(i).sweep);
    }
    double skew = rectangles >= BOX_ORDER_SHARE * n ? centreSlopeSkew(chains, n) : skew(items, outlines);
    if (skew != 0) {
      // Without skew the items stand in that frame already.
      new Frame(base + skew, 0, 0).place(items, outlines, skew);
    }
    double lineBreak = 0;
    int lineBreakVotes = 0;
    for (int s = 0; s < chains.count(); s++) {
      int firstWord = chains.word(s, 0);
      int lastWord = chains.word(s, chains.size(s) - 1);
      if (firstWord == lastWord || !chains.lineBreak(firstWord) && !chains.lineBreak(lastWord)) {
        continue;
      }
      // The ends in the upright frame, as now placed: a hint points to the end it is at.
      Item first = chains.item(firstWord);
      Item last = chains.item(lastWord);
      double right = Math.max(first.cx(), last.cx());
      if (first.lineBreak) {
        lineBreak += first.cx() >= right ? 1 : -1;
        lineBreakVotes++;
      }
      if (last.lineBreak) {
        lineBreak += last.cx() >= right ? 1 : -1;
        lineBreakVotes++;
      }
    }
    double sequence = 0;
    int sequenceVotes = 0;
    // Each word's place in its segment, down the sweep (a segment's words are in sweep order): only
    // neighbours on the page vote, so that a shuffled list, whose consecutive words are rarely neighbours,
    // casts few votes instead of a random walk's worth.
    int[] place = new int[n];
    int[] filled = new int[chains.count()];
    for (int w = 0; w < n; w++) {
      place[w] = filled[chains.segmentOf(w)]++;
    }
    for (int i = 1; i < n; i++) {
      Item a = items.get(i - 1);
      Item b = items.get(i);
      int sa = a.sweep;
      int sb = b.sweep;
      boolean oneSegment = segmentOf[i - 1] == segmentOf[i];
      boolean neighbours =
          oneSegment
              ? Math.abs(place[sa] - place[sb]) == 1
              : isEnd(chains, sa, place[sa]) && isEnd(chains, sb, place[sb]);
      if (!neighbours) {
        continue;
      }
      double overlap = a.verticalOverlap(b.top, b.bottom);
      if (oneSegment || overlap >= 0.5 * Math.min(a.height(), b.height())) {
        sequence += Math.signum(b.cx() - a.cx());
        sequenceVotes++;
      } else if (Math.abs(b.cy() - a.cy()) < 4 * h) {
        sequence += Math.signum(b.cy() - a.cy());
        sequenceVotes++;
      }
    }
    // A list that does not read as a reading order (a shuffled one) is no evidence of direction at all.
    int pairs = n - 1;
    if (Math.abs(sequence) < COHERENT_SHARE * pairs) {
      sequence = 0;
      sequenceVotes = 0;
    }
    int plus = base / 90;
    double vertex = vertexVotes[plus] - vertexVotes[plus + 2];
    // Tier 1: lineBreak hints at a line's end, when they agree (at least 3 to 1).
    // Tier 2: the provider's sequence plus vertex order; with axis-aligned boxes, vertex order is replaced
    // by a lean towards upright as large as three standard deviations of the sequence's votes, and the
    // sequence, the only evidence then, is weighed against all of the list's pairs (at least 14).
    double score;
    double total;
    if (lineBreak != 0 && Math.abs(lineBreak) >= 0.5 * lineBreakVotes) {
      score = lineBreak;
      total = lineBreakVotes;
    } else if (vertexUsable) {
      score = sequence + VERTEX_WEIGHT * vertex;
      total = sequenceVotes + VERTEX_WEIGHT * (vertexVotes[plus] + vertexVotes[plus + 2]);
    } else {
      double lean = base == 0 ? UPRIGHT_LEAN * Math.sqrt(sequenceVotes) : 0;
      score = sequence + lean;
      total = Math.max(pairs, SEQUENCE_MIN_PAIRS) + lean;
    }
    boolean flipped = score < 0;
    int rotation = flipped ? base + 180 : base;
    double sign = flipped ? -1 : 1;
    if (lineBreak * sign > 0) {
      signals.add(Orientation.Signal.LINE_BREAK);
    }
    if (aspectH != aspectV && (aspectV > aspectH) == isVertical) {
      signals.add(Orientation.Signal.BOX_ASPECT);
    }
    if (vertexUsable && vertex * sign > 0) {
      signals.add(Orientation.Signal.VERTEX_ORDER);
    }
    if (sequence * sign > 0) {
      signals.add(Orientation.Signal.PROVIDER_SEQUENCE);
    }
    if (signals.isEmpty() || score == 0) {
      signals.add(Orientation.Signal.DEFAULT);
    }
    double certainty = total > 0 ? Math.abs(score) / total : 0;
    return new Orientation(rotation, skew, Math.min(1, certainty), signals);
  }

  /** Whether word {@code w} of the sweep, {@code place}-th of its segment, is one of the segment's ends. */
  private static boolean isEnd(Chains chains, int w, int place) {
    return place == 0 || place == chains.size(chains.segmentOf(w)) - 1;
  }

  /**
   * For outlines that are axis-aligned rectangles (which hide the skew): the median slope between the
   * centres of neighbouring words of a line segment, in degrees within ±maxSkew; 0 with fewer than three
   * pairs or below 0.3°.
   */
  private double centreSlopeSkew(Chains chains, int words) {
    double[] slopes = new double[words];
    int k = 0;
    // Each word against the one before it in its segment, down the sweep: a segment's words are spread
    // over the whole sweep, so taking the segments one by one would jump across memory at every word. The
    // median does not depend on the order the slopes are collected in.
    int[] previous = new int[chains.count()];
    Arrays.fill(previous, -1);
    for (int b = 0; b < words; b++) {
      int s = chains.segmentOf(b);
      int a = previous[s];
      previous[s] = b;
      if (a < 0) {
        continue;
      }
      double dx = chains.cx(b) - chains.cx(a);
      if (dx > 0) {
        double angle = Math.toDegrees(Math.atan2(chains.cy(b) - chains.cy(a), dx));
        if (Math.abs(angle) <= maxSkew) {
          slopes[k++] = angle;
        }
      }
    }
    if (k < MIN_SLOPES) {
      return 0;
    }
    double m = Median.of(slopes, k);
    return Math.abs(m) < 0.3 ? 0 : Math.rint(m * 100) / 100;
  }

  /** Median residual angle of the words' longer edges, in degrees, within ±maxSkew; 0 when none. */
  private double skew(List<Item> items, Outlines outlines) {
    double[] residuals = new double[items.size() * 2];
    int k = 0;
    for (Item it : items) {
      int o = it.outline;
      double x0 = outlines.x(o, 0);
      double y0 = outlines.y(o, 0);
      double x1 = outlines.x(o, 1);
      double y1 = outlines.y(o, 1);
      double x2 = outlines.x(o, 2);
      double y2 = outlines.y(o, 2);
      double x3 = outlines.x(o, 3);
      double y3 = outlines.y(o, 3);
      double top = Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x3, y2 - y3);
      double side = Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x3 - x0, y3 - y0);
      if (top >= side) {
        k = addResidual(x0, y0, x1, y1, residuals, k);
        k = addResidual(x3, y3, x2, y2, residuals, k);
      } else {
        k = addResidual(x1, y1, x2, y2, residuals, k);
        k = addResidual(x0, y0, x3, y3, residuals, k);
      }
    }
    if (k == 0) {
      return 0;
    }
    double m = Median.of(residuals, k);
    return Math.abs(m) < 0.05 ? 0 : Math.rint(m * 100) / 100;
  }

  /** Adds the residual angle of the edge from (ax, ay) to (bx, by) unless it is short or too steep. */
  private int addResidual(double ax, double ay, double bx, double by, double[] residuals, int k) {
    if (Math.hypot(bx - ax, by - ay) < 2) {
      return k;
    }
    double a = Math.toDegrees(Math.atan2(by - ay, bx - ax));
    double r = a - 90 * Math.rint(a / 90);
    if (Math.abs(r) <= maxSkew) {
      residuals[k++] = r;
    }
    return k;
  }

  /** Whether {@code text} holds two or more code points once stripped of white space at both ends. */
  static boolean twoOrMoreCharacters(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return start < end && end - start > Character.charCount(text.codePointAt(start));
  }
}
