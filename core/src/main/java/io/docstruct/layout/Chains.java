package io.docstruct.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words chained into segments by {@link LineChainer}, kept in flat arrays. Words are numbered by their
 * position in the sweep (left to right), with the upright boxes they had when chained; segments are
 * numbered in order of creation, each a list of its words linked in the order they joined. The sweep reads
 * and updates what it compares (a segment's right edge, its last word's top, bottom and width, its smallest
 * provider order) here rather than in scattered objects; {@link #segments()} builds the objects that block
 * segmentation moves.
 */
final class Chains {
  private static final int RIGHT = 0;
  private static final int LAST_TOP = 1;
  private static final int LAST_BOTTOM = 2;
  private static final int LAST_WIDTH = 3;
  private static final int STRIDE = 4;

  private final Item[] words;
  private final double[] box;
  private final int[] order;
  private final int[] next;
  private double[] state;
  private int[] minOrder;
  private int[] bucket;
  private int[] first;
  private int[] last;
  private int count;

  /**
   * @param words in sweep order
   * @param box left, top, right and bottom of each word, in sweep order
   * @param order each word's provider order, in sweep order
   */
  Chains(Item[] words, double[] box, int[] order) {
    this.words = words;
    this.box = box;
    this.order = order;
    next = new int[words.length];
    int capacity = Math.max(16, words.length / 4);
    state = new double[STRIDE * capacity];
    minOrder = new int[capacity];
    bucket = new int[capacity];
    first = new int[capacity];
    last = new int[capacity];
  }

  /** The number of segments. */
  int count() {
    return count;
  }

  /** The first word of segment {@code s}. */
  int first(int s) {
    return first[s];
  }

  /** The last word of segment {@code s}. */
  int last(int s) {
    return last[s];
  }

  /** The word after {@code w} in its segment, or -1. */
  int next(int w) {
    return next[w];
  }

  /** Word {@code w}'s item. */
  Item word(int w) {
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

  double right(int s) {
    return state[STRIDE * s + RIGHT];
  }

  double lastTop(int s) {
    return state[STRIDE * s + LAST_TOP];
  }

  double lastBottom(int s) {
    return state[STRIDE * s + LAST_BOTTOM];
  }

  double lastWidth(int s) {
    return state[STRIDE * s + LAST_WIDTH];
  }

  int minOrder(int s) {
    return minOrder[s];
  }

  /** The height bucket the sweep keeps open segment {@code s} in. */
  int bucket(int s) {
    return bucket[s];
  }

  void bucket(int s, int b) {
    bucket[s] = b;
  }

  /** A new segment holding word {@code w}; its number. */
  int start(int w) {
    if (count == minOrder.length) {
      int capacity = 2 * count;
      state = Arrays.copyOf(state, STRIDE * capacity);
      minOrder = Arrays.copyOf(minOrder, capacity);
      bucket = Arrays.copyOf(bucket, capacity);
      first = Arrays.copyOf(first, capacity);
      last = Arrays.copyOf(last, capacity);
    }
    int s = count++;
    first[s] = w;
    state[STRIDE * s + RIGHT] = Double.NEGATIVE_INFINITY;
    minOrder[s] = Integer.MAX_VALUE;
    add(s, w);
    return s;
  }

  /** Word {@code w} joins segment {@code s} at its end. */
  void extend(int s, int w) {
    next[last[s]] = w;
    add(s, w);
  }

  private void add(int s, int w) {
    last[s] = w;
    next[w] = -1;
    state[STRIDE * s + RIGHT] = Math.max(state[STRIDE * s + RIGHT], box[4 * w + 2]);
    state[STRIDE * s + LAST_TOP] = box[4 * w + 1];
    state[STRIDE * s + LAST_BOTTOM] = box[4 * w + 3];
    state[STRIDE * s + LAST_WIDTH] = box[4 * w + 2] - box[4 * w];
    minOrder[s] = Math.min(minOrder[s], order[w]);
  }

  /** The segments in order of creation, their words in the order they joined. */
  List<Segment> segments() {
    List<Segment> segments = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      int size = 0;
      for (int w = first[s]; w >= 0; w = next[w]) {
        size++;
      }
      List<Item> items = new ArrayList<>(size);
      double left = Double.POSITIVE_INFINITY;
      double top = Double.POSITIVE_INFINITY;
      double bottom = Double.NEGATIVE_INFINITY;
      for (int w = first[s]; w >= 0; w = next[w]) {
        items.add(words[w]);
        left = Math.min(left, box[4 * w]);
        top = Math.min(top, box[4 * w + 1]);
        bottom = Math.max(bottom, box[4 * w + 3]);
      }
      segments.add(new Segment(items, left, top, right(s), bottom, minOrder[s]));
    }
    return segments;
  }
}
