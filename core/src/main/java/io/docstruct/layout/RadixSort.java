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

  private RadixSort() {}

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
    sort(items, key, order);
    for (int i = 0; i < items.length; i++) {
      list.set(i, items[i]);
    }
  }

  /** Sorts {@code items} as {@code Arrays.sort(items, order)} would; {@code key}, {@code order} as above. */
  static <T> void sort(T[] items, ToDoubleFunction<? super T> key, Comparator<? super T> order) {
    int n = items.length;
    if (n < MIN_SIZE) {
      Arrays.sort(items, order);
      return;
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = key.applyAsDouble(items[i]);
    }
    int[] digests = digests(values);
    if (digests == null) {
      Arrays.sort(items, order);
      return;
    }
    int[] index = byDigest(digests);
    if (index != null) {
      Object[] sorted = new Object[n];
      for (int i = 0; i < n; i++) {
        sorted[i] = items[index[i]];
      }
      System.arraycopy(sorted, 0, items, 0, n);
    }
    for (int from = 0; from < n; ) {
      int to = endOfRun(digests, from);
      if (to - from > 1) {
        Arrays.sort(items, from, to, order);
      }
      from = to;
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
    int[] digests = n < MIN_SIZE ? null : digests(keys);
    int[] index;
    if (digests == null) {
      digests = new int[n];
      index = new int[n];
      for (int i = 0; i < n; i++) {
        index[i] = i;
      }
    } else {
      index = byDigest(digests);
      if (index == null) {
        index = new int[n];
        for (int i = 0; i < n; i++) {
          index[i] = i;
        }
      }
    }
    for (int from = 0; from < n; ) {
      int to = endOfRun(digests, from);
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

  private static int endOfRun(int[] digests, int from) {
    int to = from + 1;
    while (to < digests.length && digests[to] == digests[from]) {
      to++;
    }
    return to;
  }

  /**
   * Each key scaled to 32 bits over the keys' range: a monotone map (subtraction, multiplication and
   * truncation never reverse two values), so equal digests hold equal or all but equal keys; {@code null}
   * for infinite or NaN keys, which no scale fits.
   */
  private static int @Nullable [] digests(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max - min;
    if (!(range < Double.POSITIVE_INFINITY)) {
      return null;
    }
    double scale = range > 0 ? MAX_DIGEST / range : 0;
    int[] digests = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      digests[i] = (int) (long) Math.min(MAX_DIGEST, (values[i] - min) * scale);
    }
    return digests;
  }

  /**
   * Sorts {@code digests} (unsigned) in place, stably, by a least-significant-digit radix sort that skips
   * digits they all share; the positions they came from, or {@code null} when they were in order already
   * (a list sorted before).
   */
  private static int @Nullable [] byDigest(int[] digests) {
    int n = digests.length;
    boolean ascending = true;
    for (int i = 1; i < n && ascending; i++) {
      ascending = Integer.compareUnsigned(digests[i - 1], digests[i]) <= 0;
    }
    if (ascending) {
      return null;
    }
    int[][] count = new int[PASSES][DIGITS];
    for (int k : digests) {
      for (int p = 0; p < PASSES; p++) {
        count[p][(k >>> (p * DIGIT_BITS)) & (DIGITS - 1)]++;
      }
    }
    int[] keys = digests;
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    int[] keysTo = new int[n];
    int[] indexTo = new int[n];
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
