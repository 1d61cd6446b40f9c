package io.docstruct.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Words chained into segments by {@link LineChainer}, in flat arrays. Words are numbered by their position
 * in the sweep (left to right), with the upright boxes they had when chained; segments are numbered in
 * order of creation, and a segment's words, which joined it as the sweep went right, are in sweep order.
 * {@link #segments()} builds the objects that block segmentation moves.
 */
final class Chains {
  private final Item[] words;
  private final double[] box;
  private final int[] order;
  private final int count;
  /** The words grouped by segment, each in sweep order: segment s holds {@code start[s]..start[s+1]}. */
  private final int[] grouped;
  private final int[] start;

  /**
   * @param words in sweep order
   * @param box left, top, right and bottom of each word, in sweep order
   * @param order each word's provider order, in sweep order
   * @param segmentOf each word's segment, in sweep order
   * @param count the number of segments
   */
  Chains(Item[] words, double[] box, int[] order, int[] segmentOf, int count) {
    this.words = words;
    this.box = box;
    this.order = order;
    this.count = count;
    start = new int[count + 1];
    for (int s : segmentOf) {
      start[s + 1]++;
    }
    for (int s = 0; s < count; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = new int[count];
    grouped = new int[segmentOf.length];
    for (int w = 0; w < segmentOf.length; w++) {
      int s = segmentOf[w];
      grouped[start[s] + fill[s]++] = w;
    }
  }

  /** The number of segments. */
  int count() {
    return count;
  }

  /** The number of words of segment {@code s}. */
  int size(int s) {
    return start[s + 1] - start[s];
  }

  /** The {@code i}-th word of segment {@code s}, left to right. */
  int word(int s, int i) {
    return grouped[start[s] + i];
  }

  /** Word {@code w}'s item. */
  Item item(int w) {
    return words[w];
  }

  /** Word {@code w}'s provider order. */
  int order(int w) {
    return order[w];
  }

  /** The centre of word {@code w}'s box when chained. */
  double cx(int w) {
    return (box[4 * w] + box[4 * w + 2]) / 2;
  }

  /** The centre line of word {@code w}'s box when chained. */
  double cy(int w) {
    return (box[4 * w + 1] + box[4 * w + 3]) / 2;
  }

  /** The segments in order of creation, their words in the order they joined. */
  List<Segment> segments() {
    List<Segment> segments = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      List<Item> items = new ArrayList<>(size(s));
      double left = Double.POSITIVE_INFINITY;
      double top = Double.POSITIVE_INFINITY;
      double right = Double.NEGATIVE_INFINITY;
      double bottom = Double.NEGATIVE_INFINITY;
      int minOrder = Integer.MAX_VALUE;
      for (int k = start[s]; k < start[s + 1]; k++) {
        int w = grouped[k];
        items.add(words[w]);
        left = Math.min(left, box[4 * w]);
        top = Math.min(top, box[4 * w + 1]);
        right = Math.max(right, box[4 * w + 2]);
        bottom = Math.max(bottom, box[4 * w + 3]);
        minOrder = Math.min(minOrder, order[w]);
      }
      segments.add(new Segment(items, left, top, right, bottom, minOrder));
    }
    return segments;
  }
}
