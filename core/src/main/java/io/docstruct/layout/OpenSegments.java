package io.docstruct.layout;

import java.util.Arrays;

/**
 * The segments {@link LineChainer} still has open, by height bucket. Each entry carries what the sweep
 * compares a word with — the segment's right edge, its last word's top, bottom and width, its smallest
 * provider order — next to the segment's number, so that looking at a bucket reads one array rather than
 * an object per segment. A segment that takes a word is removed and added again with the new values.
 * Entries keep the order a list would: added at the end, removed by moving the last one in or by
 * shifting the later ones down.
 */
final class OpenSegments {
  private static final int SEGMENT = 0;
  private static final int RIGHT = 1;
  private static final int LAST_TOP = 2;
  private static final int LAST_BOTTOM = 3;
  private static final int LAST_WIDTH = 4;
  private static final int MIN_ORDER = 5;
  private static final int STRIDE = 6;

  private final double[][] entries;
  private final int[] sizes;

  OpenSegments(int buckets) {
    entries = new double[buckets][];
    sizes = new int[buckets];
  }

  int buckets() {
    return sizes.length;
  }

  /** The number of entries in bucket {@code b}. */
  int size(int b) {
    return sizes[b];
  }

  int segment(int b, int i) {
    return (int) entries[b][STRIDE * i + SEGMENT];
  }

  double right(int b, int i) {
    return entries[b][STRIDE * i + RIGHT];
  }

  double lastTop(int b, int i) {
    return entries[b][STRIDE * i + LAST_TOP];
  }

  double lastBottom(int b, int i) {
    return entries[b][STRIDE * i + LAST_BOTTOM];
  }

  double lastWidth(int b, int i) {
    return entries[b][STRIDE * i + LAST_WIDTH];
  }

  int minOrder(int b, int i) {
    return (int) entries[b][STRIDE * i + MIN_ORDER];
  }

  /** Adds an entry at the end of bucket {@code b}. */
  void add(
      int b, int segment, double right, double lastTop, double lastBottom, double lastWidth,
      int minOrder) {
    double[] list = entries[b];
    if (list == null) {
      list = entries[b] = new double[4 * STRIDE];
    } else if (STRIDE * sizes[b] == list.length) {
      list = entries[b] = Arrays.copyOf(list, 2 * list.length);
    }
    int at = STRIDE * sizes[b]++;
    list[at + SEGMENT] = segment;
    list[at + RIGHT] = right;
    list[at + LAST_TOP] = lastTop;
    list[at + LAST_BOTTOM] = lastBottom;
    list[at + LAST_WIDTH] = lastWidth;
    list[at + MIN_ORDER] = minOrder;
  }

  /** Removes entry {@code i} of bucket {@code b} by moving the bucket's last entry into its place. */
  void removeByMovingLast(int b, int i) {
    int last = --sizes[b];
    System.arraycopy(entries[b], STRIDE * last, entries[b], STRIDE * i, STRIDE);
  }

  /** Removes entry {@code i} of bucket {@code b}, shifting the later entries down. */
  void removeByShifting(int b, int i) {
    int after = --sizes[b] - i;
    System.arraycopy(entries[b], STRIDE * (i + 1), entries[b], STRIDE * i, STRIDE * after);
  }
}
