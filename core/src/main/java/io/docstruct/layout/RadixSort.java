package io.docstruct.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Sorts words or segments by a coordinate in linear time, with the same result as a stable comparison sort.
 *
 * <p>Each key is scaled over the keys' range to a 32-bit digest (a monotone map: it never reverses two
 * keys), the digests are sorted by a stable least-significant-digit radix sort that skips digits every key
 * shares, and runs of equal digests, which hold equal or all but equal coordinates, are sorted with the
 * full comparator. Comparison sorts of 50,000 objects cost far more than ten times those of 5,000
 * (unlearnable branches, objects scattered beyond the caches); counting digits does not.
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
   * @param order the full order, for keys that tie in their high bits
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
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double v = key.applyAsDouble(items[i]);
      values[i] = v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max - min;
    if (!(range < Double.POSITIVE_INFINITY)) {
      // Infinite or NaN keys: no scale fits, compare.
      Arrays.sort(items, order);
      return;
    }
    // The key scaled to 32 bits over its range: monotone (subtraction, multiplication and truncation never
    // reverse two values), so equal digests hold equal or all but equal keys.
    double scale = range > 0 ? MAX_DIGEST / range : 0;
    int[] keys = new int[n];
    int[] index = new int[n];
    int[][] count = new int[PASSES][DIGITS];
    for (int i = 0; i < n; i++) {
      int k = (int) (long) Math.min(MAX_DIGEST, (values[i] - min) * scale);
      keys[i] = k;
      index[i] = i;
      for (int p = 0; p < PASSES; p++) {
        count[p][(k >>> (p * DIGIT_BITS)) & (DIGITS - 1)]++;
      }
    }
    // Already in order (a list sorted before): only the runs of equal digests are left to sort.
    boolean ascending = true;
    for (int i = 1; i < n && ascending; i++) {
      ascending = Integer.compareUnsigned(keys[i - 1], keys[i]) <= 0;
    }
    if (!ascending) {
      keys = radixSort(keys, index, count, items);
    }
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && keys[to] == keys[from]) {
        to++;
      }
      if (to - from > 1) {
        Arrays.sort(items, from, to, order);
      }
      from = to;
    }
  }

  /**
   * Puts {@code items} in the order of their digests {@code keys}, stably; {@code count} holds each pass's
   * digit counts. The digests in that order.
   */
  private static int[] radixSort(int[] keys, int[] index, int[][] count, Object[] items) {
    int n = keys.length;
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
    Object[] sorted = new Object[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = items[index[i]];
    }
    System.arraycopy(sorted, 0, items, 0, n);
    return keys;
  }
}
