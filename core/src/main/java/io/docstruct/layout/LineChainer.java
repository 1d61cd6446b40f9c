package io.docstruct.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chains upright word boxes into {@link Segment}s: sweeping left to right, a word joins the open segment
 * whose last word overlaps it vertically by at least {@code lineOverlap} of the smaller height and ends at
 * most {@code wordGap} median heights before it (overlaps of a few pixels are tolerated). Comparing with
 * the last word only lets a line drift with residual skew. Open segments sit in buckets of one median
 * height by their last word's centre, so each word looks only at segments near its own height: a {@link
 * RadixSort} (linear, but for words sharing a left edge), then about linear. A word looks at no more than
 * {@link #MAX_CANDIDATES} open segments, the most recent of each bucket first, so that a hostile page
 * (thousands of words stacked on one spot, each opening a segment) stays linear too.
 */
final class LineChainer {
  /** Left edge, then top edge, then provider order: a total order that does not depend on the input order. */
  static final Comparator<Item> LEFT_TO_RIGHT =
      (a, b) -> {
        int c = Double.compare(a.left, b.left);
        if (c == 0) {
          c = Double.compare(a.top, b.top);
        }
        return c != 0 ? c : Integer.compare(a.order, b.order);
      };

  /**
   * Open segments one word looks at. A real page has a few columns side by side within a word's reach; a
   * page of 200,000 words on one spot had all of them open, which made chaining quadratic.
   */
  static final int MAX_CANDIDATES = 256;

  private final double lineOverlap;
  private final double wordGap;

  LineChainer(double lineOverlap, double wordGap) {
    this.lineOverlap = lineOverlap;
    this.wordGap = wordGap;
  }

  List<Segment> chain(List<Item> words, double medianHeight) {
    List<Segment> segments = new ArrayList<>();
    if (words.isEmpty()) {
      return segments;
    }
    Item[] sorted = words.toArray(new Item[0]);
    RadixSort.sort(sorted, it -> it.left, LEFT_TO_RIGHT);
    double maxGap = wordGap * medianHeight;
    double reach = 4 * medianHeight;
    double minCy = Double.POSITIVE_INFINITY;
    double maxCy = Double.NEGATIVE_INFINITY;
    for (Item it : sorted) {
      minCy = Math.min(minCy, it.cy());
      maxCy = Math.max(maxCy, it.cy());
    }
    // One bucket per median height, but never more than a few per word.
    double bucket = Math.max(medianHeight, (maxCy - minCy) / (4.0 * sorted.length + 16));
    if (!(bucket > 0)) {
      bucket = 1;
    }
    @SuppressWarnings("unchecked")
    List<Segment>[] open = new List[(int) ((maxCy - minCy) / bucket) + 1];
    for (Item w : sorted) {
      double cy = w.cy();
      double range = Math.min(reach, Math.max(w.height(), medianHeight));
      int lo = Math.max(0, (int) ((cy - range - minCy) / bucket));
      int hi = Math.min(open.length - 1, (int) ((cy + range - minCy) / bucket));
      Segment best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      int budget = MAX_CANDIDATES;
      for (int b = lo; b <= hi && budget > 0; b++) {
        List<Segment> list = open[b];
        if (list == null) {
          continue;
        }
        for (int i = list.size() - 1; i >= 0 && budget > 0; i--) {
          budget--;
          Segment s = list.get(i);
          double gap = w.left - s.right;
          if (gap > maxGap) {
            // Closed for good: every later word starts further right. The last one, moved here, was seen.
            list.set(i, list.get(list.size() - 1));
            list.remove(list.size() - 1);
            continue;
          }
          Item last = s.last();
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
          if (score > bestScore
              || score == bestScore && best != null && s.minOrder() < best.minOrder()) {
            bestScore = score;
            best = s;
          }
        }
      }
      Segment target;
      if (best == null) {
        target = new Segment(w);
        segments.add(target);
      } else {
        // best is among the last MAX_CANDIDATES of its bucket: look for it from the end.
        List<Segment> list = open[best.bucket];
        list.remove(list.lastIndexOf(best));
        best.add(w);
        target = best;
      }
      int b = (int) ((cy - minCy) / bucket);
      target.bucket = b;
      if (open[b] == null) {
        open[b] = new ArrayList<>();
      }
      open[b].add(target);
    }
    return segments;
  }
}
