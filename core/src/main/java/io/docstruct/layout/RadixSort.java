package io.docstruct.layout;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Sorts words or segments by a coordinate in linear time, with the same result as a stable comparison sort.
 *
 * <p>The high 32 bits of each key's {@linkplain Median#orderedBits ordered bits} (sign, exponent and 20 bits
 * of mantissa: about a millionth of the value) are sorted by a stable least-significant-digit radix sort,
 * skipping digits every key shares; runs of equal high bits, which hold equal or nearly equal coordinates,
 * are then sorted with the full comparator. Comparison sorts of 50,000 objects cost far more than ten times
 * those of 5,000 (unlearnable branches, objects scattered beyond the caches); counting digits does not.
 */
final class RadixSort {
  /** Below this size a comparison sort is as quick. */
  static final int MIN_SIZE = 128;

  private static final int DIGIT_BITS = 8;
  private static final int DIGITS = 1 << DIGIT_BITS;
  private static final int PASSES = Integer.SIZE / DIGIT_BITS;

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

  /** Sorts {@code items} as {@code Arrays.sort(items, order)} would; {@code key} and {@code order} as above. */
  static <T> void sort(T[] items, ToDoubleFunction<? super T> key, Comparator<? super T> order) {
    int n = items.length;
    if (n < MIN_SIZE) {
      Arrays.sort(items, order);
      return;
    }
    int[] keys = new int[n];
    int[] index = new int[n];
    int[][] count = new int[PASSES][DIGITS];
    for (int i = 0; i < n; i++) {
      int k = (int) (Median.orderedBits(key.applyAsDouble(items[i])) >>> Integer.SIZE);
      keys[i] = k;
      index[i] = i;
      for (int p = 0; p < PASSES; p++) {
        count[p][(k >>> (p * DIGIT_BITS)) & (DIGITS - 1)]++;
      }
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
    Object[] sorted = new Object[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = items[index[i]];
    }
    System.arraycopy(sorted, 0, items, 0, n);
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
}
