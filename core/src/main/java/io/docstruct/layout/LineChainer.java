package io.docstruct.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Chains upright word boxes into {@link Segment}s: sweeping left to right, a word joins the open segment
 * whose last word overlaps it vertically by at least {@code lineOverlap} of the smaller height and ends at
 * most {@code wordGap} median heights before it (overlaps of a few pixels are tolerated). Comparing with
 * the last word only lets a line drift with residual skew. Open segments sit in a tree keyed by their last
 * word's centre, so each word looks only at segments near its own height: O(n log n).
 */
final class LineChainer {
  private final double lineOverlap;
  private final double wordGap;

  LineChainer(double lineOverlap, double wordGap) {
    this.lineOverlap = lineOverlap;
    this.wordGap = wordGap;
  }

  private record Open(double cy, long id, Segment segment) {}

  private static final Comparator<Open> BY_CY =
      Comparator.comparingDouble(Open::cy).thenComparingLong(Open::id);

  List<Segment> chain(List<Item> words, double medianHeight) {
    List<Item> sorted = new ArrayList<>(words);
    sorted.sort(
        Comparator.comparingDouble((Item it) -> it.left)
            .thenComparingDouble(it -> it.top)
            .thenComparingInt(it -> it.order));
    double maxGap = wordGap * medianHeight;
    double reach = 4 * medianHeight;
    TreeSet<Open> open = new TreeSet<>(BY_CY);
    List<Segment> segments = new ArrayList<>();
    long ids = 0;
    for (Item w : sorted) {
      double cy = w.cy();
      double range = Math.min(reach, Math.max(w.height(), medianHeight));
      Open best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      List<Open> closed = new ArrayList<>();
      for (Open o :
          open.subSet(new Open(cy - range, Long.MIN_VALUE, null), true,
              new Open(cy + range, Long.MAX_VALUE, null), true)) {
        Segment s = o.segment();
        Item last = s.last();
        double gap = w.left - s.right;
        if (gap > maxGap) {
          closed.add(o);
          continue;
        }
        double overlap = w.verticalOverlap(last.top, last.bottom);
        double smaller = Math.min(w.height(), last.height());
        if (overlap < lineOverlap * smaller || smaller <= 0 && overlap < 0) {
          continue;
        }
        // Heavy horizontal overlap means a word stacked on another, not the next word of the line.
        if (gap < -0.5 * Math.min(w.width(), last.width()) - 1) {
          continue;
        }
        double score = (smaller > 0 ? overlap / smaller : 1) - Math.abs(gap) / (maxGap + 1) * 0.5;
        if (score > bestScore) {
          bestScore = score;
          best = o;
        }
      }
      open.removeAll(closed);
      if (best == null) {
        Segment s = new Segment(w);
        segments.add(s);
        open.add(new Open(cy, ids++, s));
      } else {
        open.remove(best);
        best.segment().add(w);
        open.add(new Open(cy, ids++, best.segment()));
      }
    }
    return segments;
  }
}
