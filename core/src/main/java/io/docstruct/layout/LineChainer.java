package io.docstruct.layout;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chains upright word boxes into {@link Segment}s: sweeping left to right, a word joins the open segment
 * whose last word overlaps it vertically by at least {@code lineOverlap} of the smaller height and ends at
 * most {@code wordGap} median heights before it (overlaps of a few pixels are tolerated). Comparing with
 * the last word only lets a line drift with residual skew. Open segments sit in buckets of one median
 * height by their last word's centre, so each word looks only at segments near its own height: a {@link
 * RadixSort} (linear, but for words sharing a left edge), then about linear. A word looks at no more than
 * {@link #MAX_CANDIDATES} open segments, the most recent of each bucket first, so that a hostile page
 * (thousands of words stacked on one spot, each opening a segment) stays linear too.
 *
 * <p>A chainer serves one page: the page is chained twice (across the text axis for the orientation vote,
 * then upright), and the second chaining of as many words fills the arrays of the first, so the {@link
 * Chains} a call returns is valid until the next call.
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
  // The working arrays of the last chaining, taken up again by the next one of as many words.
  private final RadixSort sorter = new RadixSort();
  private Item[] sorted = new Item[0];
  private double[] box = new double[0];
  private int[] order = new int[0];
  private boolean[] lineBreak = new boolean[0];
  private int[] segmentOf = new int[0];
  private int[] grouped = new int[0];
  private @Nullable OpenSegments open;

  LineChainer(double lineOverlap, double wordGap) {
    this.lineOverlap = lineOverlap;
    this.wordGap = wordGap;
  }

  /**
   * The words chained; see {@link Chains#segments()} for the segments as objects. The result shares this
   * chainer's arrays: it is valid until the next call.
   */
  Chains chain(List<Item> words, double medianHeight) {
    int n = words.size();
    if (sorted.length != n) {
      sorted = new Item[n];
      box = new double[4 * n];
      order = new int[n];
      lineBreak = new boolean[n];
      segmentOf = new int[n];
      grouped = new int[n];
    }
    Item[] sorted = words.toArray(this.sorted);
    double[] box = this.box;
    int[] order = this.order;
    boolean[] lineBreak = this.lineBreak;
    int[] segmentOf = this.segmentOf;
    sorter.sort(sorted, it -> it.left, LEFT_TO_RIGHT);
    if (n == 0) {
      return new Chains(sorted, box, order, lineBreak, segmentOf, grouped, 0);
    }
    // The sweep reads the words' boxes in sweep order from one array, not from the scattered items.
    double minCy = Double.POSITIVE_INFINITY;
    double maxCy = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      Item it = sorted[i];
      it.sweep = i;
      box[4 * i] = it.left;
      box[4 * i + 1] = it.top;
      box[4 * i + 2] = it.right;
      box[4 * i + 3] = it.bottom;
      order[i] = it.order;
      lineBreak[i] = it.lineBreak;
      minCy = Math.min(minCy, it.cy());
      maxCy = Math.max(maxCy, it.cy());
    }
    double maxGap = wordGap * medianHeight;
    double reach = 4 * medianHeight;
    // One bucket per median height, but never more than a few per word.
    double bucket = Math.max(medianHeight, (maxCy - minCy) / (4.0 * n + 16));
    if (!(bucket > 0)) {
      bucket = 1;
    }
    OpenSegments open = OpenSegments.emptied(this.open, (int) ((maxCy - minCy) / bucket) + 1, n);
    this.open = open;
    int segments = 0;
    for (int w = 0; w < n; w++) {
      double left = box[4 * w];
      double top = box[4 * w + 1];
      double right = box[4 * w + 2];
      double bottom = box[4 * w + 3];
      double height = bottom - top;
      double width = right - left;
      double cy = (top + bottom) / 2;
      double range = Math.min(reach, Math.max(height, medianHeight));
      int lo = Math.max(0, (int) ((cy - range - minCy) / bucket));
      int hi = Math.min(open.buckets() - 1, (int) ((cy + range - minCy) / bucket));
      int best = -1;
      int bestBucket = -1;
      int bestEntry = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      int budget = MAX_CANDIDATES;
      for (int b = lo; b <= hi && budget > 0; b++) {
        for (int i = open.size(b) - 1; i >= 0 && budget > 0; i--) {
          budget--;
          double gap = left - open.right(b, i);
          if (gap > maxGap) {
            // Closed for good: every later word starts further right. The last one, moved here, was seen.
            open.removeByMovingLast(b, i);
            if (b == bestBucket && bestEntry == open.size(b)) {
              bestEntry = i;
            }
            continue;
          }
          double lastTop = open.lastTop(b, i);
          double lastBottom = open.lastBottom(b, i);
          double overlap = Math.min(bottom, lastBottom) - Math.max(top, lastTop);
          double smaller = Math.min(height, lastBottom - lastTop);
          if (overlap < lineOverlap * smaller || smaller <= 0 && overlap < 0) {
            continue;
          }
          // Heavy horizontal overlap means a word stacked on another, not the next word of the line.
          if (gap < -0.5 * Math.min(width, open.lastWidth(b, i)) - 1) {
            continue;
          }
          double score = (smaller > 0 ? overlap / smaller : 1) - Math.abs(gap) / (maxGap + 1) * 0.5;
          if (score > bestScore
              || score == bestScore
                  && best >= 0
                  && open.minOrder(b, i) < open.minOrder(bestBucket, bestEntry)) {
            bestScore = score;
            best = open.segment(b, i);
            bestBucket = b;
            bestEntry = i;
          }
        }
      }
      int b = (int) ((cy - minCy) / bucket);
      if (best < 0) {
        best = segments++;
        open.add(b, best, right, top, bottom, width, order[w]);
      } else {
        double joinedRight = Math.max(open.right(bestBucket, bestEntry), right);
        int minOrder = Math.min(open.minOrder(bestBucket, bestEntry), order[w]);
        open.removeByShifting(bestBucket, bestEntry);
        open.add(b, best, joinedRight, top, bottom, width, minOrder);
      }
      segmentOf[w] = best;
    }
    return new Chains(sorted, box, order, lineBreak, segmentOf, grouped, segments);
  }
}
