package io.docstruct.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Sorts words or segments by a coordinate in linear time, with the same result as a stable comparison sort.
 *
 * <p>Each key is scaled over the keys' range to a 32-bit digest (a monotone map: it never reverses two
 * keys), the digests are sorted by a stable least-significant-digit radix sort that skips digits every key
 * shares, and runs of equal digests, which hold equal or all but equal coordinates, are sorted with the
 * full comparator; digests already in order (a list sorted before) cost one pass. Comparison sorts of
 * 50,000 objects cost far more than ten times those of 5,000 (unlearnable branches, objects scattered
 * beyond the caches); counting digits does not.
 */
final class RadixSort {
  /** Below this size a comparison sort is as quick. */
  static final int MIN_SIZE = 128;

  private static final int DIGIT_BITS = 8;
  private static final int DIGITS = 1 << DIGIT_BITS;
  private static final int PASSES = Integer.SIZE / DIGIT_BITS;
  private static final double MAX_DIGEST = 0xFFFF_FFFFL;

  // Working arrays, grown to the largest sort so far and kept for the next (see RadixSort()).
  private double[] values = new double[0];
  private int[] digests = new int[0];
  private int[] index = new int[0];
  private int[] keysTo = new int[0];
  private int[] indexTo = new int[0];
  private Object[] moved = new Object[0];
  private final int[][] count = new int[PASSES][DIGITS];

  /**
   * A sorter that keeps its working arrays for its next sort, for an owner that sorts as many items again
   * (a page's words are chained twice); the static methods take a new one each. Not thread-safe, and it
   * holds on to the items it last moved, so its owner should not outlive them by much.
   */
  RadixSort() {}

  /**
   * Sorts {@code list} as {@code list.sort(order)} would.
   *
   * @param key the primary key; {@code order} must compare it first, as {@link Double#compare} does
   * @param order the full order, for keys whose digests tie
   */
  static <T> void sort(List<T> list, ToDoubleFunction<? super T> key, Comparator<? super T> order) {
    if (list.size() < MIN_SIZE) {
      list.sort(order);
      return;
    }
    @SuppressWarnings("unchecked")
    T[] items = (T[]) list.toArray();
    new RadixSort().sort(items, key, order);
    for (int i = 0; i < items.length; i++) {
      list.set(i, items[i]);
    }
  }

  /** Sorts {@code items} as {@code Arrays.sort(items, order)} would; {@code key}, {@code order} as above. */
  <T> void sort(T[] items, ToDoubleFunction<? super T> key, Comparator<? super T> order) {
    int n = items.length;
    if (n < MIN_SIZE) {
      Arrays.sort(items, order);
      return;
    }
    reserve(n);
    for (int i = 0; i < n; i++) {
      values[i] = key.applyAsDouble(items[i]);
    }
    if (!digest(n)) {
      Arrays.sort(items, order);
      return;
    }
    int[] from = byDigest(n);
    if (from != null) {
      for (int i = 0; i < n; i++) {
        moved[i] = items[from[i]];
      }
      System.arraycopy(moved, 0, items, 0, n);
    }
    for (int start = 0; start < n; ) {
      int end = endOfRun(digests, start, n);
      if (end - start > 1) {
        Arrays.sort(items, start, end, order);
      }
      start = end;
    }
  }

  /**
   * The positions of {@code keys} in order of the keys ({@link Double#compare}), then of {@code ties}
   * (ascending), then of position.
   */
  static int[] order(double[] keys, int[] ties) {
    int n = keys.length;
    Comparator<Integer> exact =
        (a, b) -> {
          int c = Double.compare(keys[a], keys[b]);
          if (c == 0) {
            c = Integer.compare(ties[a], ties[b]);
          }
          return c != 0 ? c : Integer.compare(a, b);
        };
    int[] digests = null;
    int[] index = null;
    if (n >= MIN_SIZE) {
      RadixSort sorter = new RadixSort();
      sorter.reserve(n);
      System.arraycopy(keys, 0, sorter.values, 0, n);
      if (sorter.digest(n)) {
        digests = sorter.digests;
        index = sorter.byDigest(n);
      }
    }
    if (digests == null) {
      digests = new int[n];
    }
    if (index == null) {
      index = new int[n];
      for (int i = 0; i < n; i++) {
        index[i] = i;
      }
    }
    for (int from = 0; from < n; ) {
      int to = endOfRun(digests, from, n);
      if (to - from > 1) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
          run[i - from] = index[i];
        }
        Arrays.sort(run, exact);
        for (int i = from; i < to; i++) {
          index[i] = run[i - from];
        }
      }
      from = to;
    }
    return index;
  }

  /** The end of the run of equal digests that starts at {@code from}, among the first {@code n}. */
  private static int endOfRun(int[] digests, int from, int n) {
    int to = from + 1;
    while (to < n && digests[to] == digests[from]) {
      to++;
    }
    return to;
  }

  /** Grows the working arrays to hold {@code n} items, exactly, unless they do already. */
  private void reserve(int n) {
    if (values.length < n) {
      values = new double[n];
      digests = new int[n];
      index = new int[n];
      keysTo = new int[n];
      indexTo = new int[n];
      moved = new Object[n];
    }
  }

  /**
   * The first {@code n} {@code values}, each scaled to 32 bits over their range, into {@code digests}: a
   * monotone map (subtraction, multiplication and truncation never reverse two values), so equal digests
   * hold equal or all but equal keys; {@code false} for infinite or NaN keys, which no scale fits.
   */
  private boolean digest(int n) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    double range = max - min;
    if (!(range < Double.POSITIVE_INFINITY)) {
      return false;
    }
    double scale = range > 0 ? MAX_DIGEST / range : 0;
    for (int i = 0; i < n; i++) {
      digests[i] = (int) (long) Math.min(MAX_DIGEST, (values[i] - min) * scale);
    }
    return true;
  }

  /**
   * Sorts the first {@code n} {@code digests} (unsigned) in place, stably, by a least-significant-digit radix
   * sort that skips digits they all share; the positions they came from (one of the working arrays, valid
   * until the next sort), or {@code null} when they were in order already (a list sorted before).
   */
  private int @Nullable [] byDigest(int n) {
    boolean ascending = true;
    for (int i = 1; i < n && ascending; i++) {
      ascending = Integer.compareUnsigned(digests[i - 1], digests[i]) <= 0;
    }
    if (ascending) {
      return null;
    }
    for (int[] c : count) {
      Arrays.fill(c, 0);
    }
    for (int i = 0; i < n; i++) {
      int k = digests[i];
      for (int p = 0; p < PASSES; p++) {
        count[p][(k >>> (p * DIGIT_BITS)) & (DIGITS - 1)]++;
      }
    }
    int[] keys = digests;
    int[] index = this.index;
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    int[] keysTo = this.keysTo;
    int[] indexTo = this.indexTo;
    for (int p = 0; p < PASSES; p++) {
      int shift = p * DIGIT_BITS;
      int[] c = count[p];
      if (c[(keys[0] >>> shift) & (DIGITS - 1)] == n) {
        continue;
      }
      int start = 0;
      for (int d = 0; d < DIGITS; d++) {
        int size = c[d];
        c[d] = start;
        start += size;
      }
      for (int i = 0; i < n; i++) {
        int k = keys[i];
        int at = c[(k >>> shift) & (DIGITS - 1)]++;
        keysTo[at] = k;
        indexTo[at] = index[i];
      }
      int[] t = keys;
      keys = keysTo;
      keysTo = t;
      t = index;
      index = indexTo;
      indexTo = t;
    }
    if (keys != digests) {
      System.arraycopy(keys, 0, digests, 0, n);
    }
    return index;
  }
}
