package io.docstruct.layout;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The segments {@link LineChainer} still has open, by height bucket. Each entry carries what the sweep
 * compares a word with — the segment's right edge, its last word's top, bottom and width, its smallest
 * provider order — next to the segment's number, so that looking at a bucket reads entries rather than an
 * object per segment. A segment that takes a word is removed and added again with the new values. Entries
 * keep the order a list would: added at the end, removed by moving the last one in or by shifting the
 * later ones down.
 *
 * <p>The first few entries of every bucket sit in one array, bucket after bucket, so the neighbouring
 * buckets a word looks at are neighbours in memory too; further entries go to an array of the bucket's
 * own. Buckets get fewer inline entries when there are more buckets than words, so that a page of
 * scattered words does not reserve more than a few entries per word. A page's second sweep empties the
 * first one's arrays and fills them again ({@link #emptied}).
 */
final class OpenSegments {
  private static final int SEGMENT = 0;
  private static final int RIGHT = 1;
  private static final int LAST_TOP = 2;
  private static final int LAST_BOTTOM = 3;
  private static final int LAST_WIDTH = 4;
  private static final int MIN_ORDER = 5;
  private static final int STRIDE = 6;
  private static final int MAX_INLINE = 4;

  private final int buckets;
  private final int inline;
  private final double[] first;
  private final double[][] more;
  private final int[] sizes;

  /**
   * @param buckets the number of height buckets
   * @param words the number of words to be swept
   */
  OpenSegments(int buckets, int words) {
    this(buckets, inline(buckets, words), new double[buckets * inline(buckets, words) * STRIDE],
        new double[buckets][], new int[buckets]);
  }

  private OpenSegments(int buckets, int inline, double[] first, double[][] more, int[] sizes) {
    this.buckets = buckets;
    this.inline = inline;
    this.first = first;
    this.more = more;
    this.sizes = sizes;
  }

  /**
   * Empty open segments for a sweep of {@code words} words over {@code buckets} buckets: in the arrays of
   * {@code spent}, a sweep that is over, when they are large enough, else new.
   */
  static OpenSegments emptied(@Nullable OpenSegments spent, int buckets, int words) {
    int inline = inline(buckets, words);
    if (spent == null
        || spent.sizes.length < buckets
        || spent.first.length < buckets * inline * STRIDE) {
      return new OpenSegments(buckets, words);
    }
    Arrays.fill(spent.sizes, 0, buckets, 0);
    return new OpenSegments(buckets, inline, spent.first, spent.more, spent.sizes);
  }

  private static int inline(int buckets, int words) {
    return (int) Math.min(MAX_INLINE, 2L * words / buckets);
  }

  int buckets() {
    return buckets;
  }

  /** The number of entries in bucket {@code b}. */
  int size(int b) {
    return sizes[b];
  }

  int segment(int b, int i) {
    return (int) get(b, i, SEGMENT);
  }

  double right(int b, int i) {
    return get(b, i, RIGHT);
  }

  double lastTop(int b, int i) {
    return get(b, i, LAST_TOP);
  }

  double lastBottom(int b, int i) {
    return get(b, i, LAST_BOTTOM);
  }

  double lastWidth(int b, int i) {
    return get(b, i, LAST_WIDTH);
  }

  int minOrder(int b, int i) {
    return (int) get(b, i, MIN_ORDER);
  }

  /** Adds an entry at the end of bucket {@code b}. */
  void add(
      int b, int segment, double right, double lastTop, double lastBottom, double lastWidth,
      int minOrder) {
    int i = sizes[b]++;
    double[] array;
    int at;
    if (i < inline) {
      array = first;
      at = (b * inline + i) * STRIDE;
    } else {
      int need = (i - inline + 1) * STRIDE;
      array = more[b];
      if (array == null) {
        array = more[b] = new double[Math.max(need, 4 * STRIDE)];
      } else if (array.length < need) {
        array = more[b] = Arrays.copyOf(array, 2 * array.length);
      }
      at = (i - inline) * STRIDE;
    }
    array[at + SEGMENT] = segment;
    array[at + RIGHT] = right;
    array[at + LAST_TOP] = lastTop;
    array[at + LAST_BOTTOM] = lastBottom;
    array[at + LAST_WIDTH] = lastWidth;
    array[at + MIN_ORDER] = minOrder;
  }

  /** Removes entry {@code i} of bucket {@code b} by moving the bucket's last entry into its place. */
  void removeByMovingLast(int b, int i) {
    int last = --sizes[b];
    if (last != i) {
      copy(b, last, i);
    }
  }

  /** Removes entry {@code i} of bucket {@code b}, shifting the later entries down. */
  void removeByShifting(int b, int i) {
    int size = --sizes[b];
    for (int j = i; j < size; j++) {
      copy(b, j + 1, j);
    }
  }

  private double get(int b, int i, int field) {
    return i < inline
        ? first[(b * inline + i) * STRIDE + field]
        : more[b][(i - inline) * STRIDE + field];
  }

  private void copy(int b, int from, int to) {
    double[] source = from < inline ? first : more[b];
    int sourceAt = from < inline ? (b * inline + from) * STRIDE : (from - inline) * STRIDE;
    double[] target = to < inline ? first : more[b];
    int targetAt = to < inline ? (b * inline + to) * STRIDE : (to - inline) * STRIDE;
    System.arraycopy(source, sourceAt, target, targetAt, STRIDE);
  }
}
