package io.docstruct.layout;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The median of a list of measurements (word heights, gaps, angles), exactly as sorting them would give it,
 * in linear time: a radix selection over the bits of each value. Sorting 50,000 doubles cost more than 40
 * times sorting 5,000 (comparisons the branch predictor cannot learn, data beyond the first-level cache);
 * counting digits costs about the same per value at any size.
 */
final class Median {
  private static final int DIGIT_BITS = 8;
  private static final int DIGITS = 1 << DIGIT_BITS;

  private Median() {}

  /**
   * The middle value of {@code values} in {@link Double#compare} order (the mean of the two middle ones for
   * an even count); 0 for none. {@code values} is left unchanged.
   */
  static double of(double[] values) {
    return of(values, values.length);
  }

  /** The median of the first {@code count} of {@code values}. */
  static double of(double[] values, int count) {
    if (count == 0) {
      return 0;
    }
    int m = count / 2;
    Selection selection = new Selection();
    if (count % 2 == 1) {
      return value(selection.select(values, count, m));
    }
    return (value(selection.select(values, count, m - 1)) + value(selection.select(values, count, m)))
        / 2;
  }

  /**
   * The bits of {@code v} as an unsigned number whose order is {@link Double#compare}'s: -0.0 before 0.0,
   * NaN last.
   */
  private static long orderedBits(double v) {
    long bits = Double.doubleToLongBits(v);
    return bits ^ (bits >> 63 | Long.MIN_VALUE);
  }

  private static double value(long orderedBits) {
    long bits = orderedBits ^ Long.MIN_VALUE;
    return Double.longBitsToDouble(bits ^ (bits >> 63 & Long.MAX_VALUE));
  }

  /**
   * Selections from one list of values, sharing their working arrays: the two middle values of an even
   * count are selected one after the other.
   */
  private static final class Selection {
    private final int[] digits = new int[DIGITS];
    private long @Nullable [] kept;

    /**
     * The ordered bits of the value of the given rank (0-based) among the first {@code count} values, most
     * significant digit first: count the digits of the candidates, keep those with the digit the rank falls
     * in.
     */
    long select(double[] values, int count, int rank) {
      long[] candidates = null;
      int size = count;
      for (int shift = Long.SIZE - DIGIT_BITS; shift >= 0 && size > 1; shift -= DIGIT_BITS) {
        Arrays.fill(digits, 0);
        for (int i = 0; i < size; i++) {
          digits[digit(candidates == null ? orderedBits(values[i]) : candidates[i], shift)]++;
        }
        int digit = 0;
        while (rank >= digits[digit]) {
          rank -= digits[digit];
          digit++;
        }
        int keep = digits[digit];
        if (keep == size) {
          continue;
        }
        // Keep the candidates with that digit; branch-free, since the test is hard to predict. The first
        // round copies them out of the values, into an array the next selection may take up again.
        long[] next = candidates;
        if (next == null) {
          if (kept == null || kept.length < keep) {
            kept = new long[keep];
          }
          next = kept;
        }
        int k = 0;
        for (int i = 0; i < size; i++) {
          long key = candidates == null ? orderedBits(values[i]) : candidates[i];
          next[k] = key;
          k += digit(key, shift) == digit ? 1 : 0;
          if (k == keep) {
            break;
          }
        }
        candidates = next;
        size = keep;
      }
      return candidates == null ? orderedBits(values[0]) : candidates[rank];
    }
  }

  private static int digit(long key, int shift) {
    return (int) (key >>> shift) & (DIGITS - 1);
  }
}
