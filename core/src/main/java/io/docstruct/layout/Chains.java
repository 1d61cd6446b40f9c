package io.docstruct.layout;

import java.util.ArrayList;
import java.util.Arrays;
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
  private final boolean[] lineBreak;
  private final int count;
  /** Each word's segment, in sweep order. */
  private final int[] segmentOf;
  /** The words grouped by segment, each in sweep order: segment s holds {@code start[s]..start[s+1]}. */
  private final int[] grouped;
  private final int[] start;

  /**
   * @param words in sweep order
   * @param box left, top, right and bottom of each word, in sweep order
   * @param order each word's provider order, in sweep order
   * @param lineBreak whether each word has a {@code lineBreak} hint, in sweep order
   * @param segmentOf each word's segment, in sweep order
   * @param grouped filled with the words grouped by segment; as long as {@code segmentOf}
   * @param count the number of segments
   */
  Chains(
      Item[] words, double[] box, int[] order, boolean[] lineBreak, int[] segmentOf, int[] grouped,
      int count) {
    this.words = words;
    this.box = box;
    this.order = order;
    this.lineBreak = lineBreak;
    this.count = count;
    this.segmentOf = segmentOf;
    start = new int[count + 1];
    for (int s : segmentOf) {
      start[s + 1]++;
    }
    for (int s = 0; s < count; s++) {
      start[s + 1] += start[s];
    }
    int[] fill = new int[count];
    this.grouped = grouped;
    for (int w = 0; w < segmentOf.length; w++) {
      int s = segmentOf[w];
      grouped[start[s] + fill[s]++] = w;
    }
  }

  /** The number of segments. */
  int count() {
    return count;
  }

  /** The segment of word {@code w}. */
  int segmentOf(int w) {
    return segmentOf[w];
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

  /** Whether word {@code w} has a {@code lineBreak=true} hint. */
  boolean lineBreak(int w) {
    return lineBreak[w];
  }

  /** The centre of word {@code w}'s box when chained. */
  double cx(int w) {
    return (box[4 * w] + box[4 * w + 2]) / 2;
  }

  /** The centre line of word {@code w}'s box when chained. */
  double cy(int w) {
    return (box[4 * w + 1] + box[4 * w + 3]) / 2;
  }

  /**
   * The segments as objects, top to bottom (by top edge, then smallest provider order: the order block
   * segmentation puts them in first), their words in the order they joined. They are created in that order
   * too, so that the passes of block segmentation, which go down the page, read memory in order.
   */
  List<Segment> segments() {
    double[] left = new double[count];
    double[] top = new double[count];
    double[] right = new double[count];
    double[] bottom = new double[count];
    int[] minOrder = new int[count];
    Arrays.fill(left, Double.POSITIVE_INFINITY);
    Arrays.fill(top, Double.POSITIVE_INFINITY);
    Arrays.fill(right, Double.NEGATIVE_INFINITY);
    Arrays.fill(bottom, Double.NEGATIVE_INFINITY);
    Arrays.fill(minOrder, Integer.MAX_VALUE);
    // Down the words in sweep order, not segment by segment: a segment's words are spread over the whole
    // sweep, and on a page of 50,000 words reading their boxes in segment order misses the caches at
    // almost every word. Minima and maxima do not depend on the order they are taken in.
    for (int w = 0; w < segmentOf.length; w++) {
      int s = segmentOf[w];
      left[s] = Math.min(left[s], box[4 * w]);
      top[s] = Math.min(top[s], box[4 * w + 1]);
      right[s] = Math.max(right[s], box[4 * w + 2]);
      bottom[s] = Math.max(bottom[s], box[4 * w + 3]);
      minOrder[s] = Math.min(minOrder[s], order[w]);
    }
    List<Segment> segments = new ArrayList<>(count);
    for (int s : RadixSort.order(top, minOrder)) {
      List<Item> items = new ArrayList<>(size(s));
      for (int k = start[s]; k < start[s + 1]; k++) {
        items.add(words[grouped[k]]);
      }
      segments.add(
          new Segment(
              items, left[s], top[s], right[s], bottom[s], minOrder[s], grouped[start[s]],
              grouped[start[s + 1] - 1]));
    }
    return segments;
  }
}
