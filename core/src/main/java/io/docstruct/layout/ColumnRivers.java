package io.docstruct.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The gutters between text columns, found from the whole page: vertical white rivers that no word crosses
 * over many rows, with a column of text lines on each side. Two columns set with one font and one leading
 * put a left line and a right line on every baseline; when the gutter between them is narrower than the
 * line chainer's word gap, each row chains across it into one segment, and nothing in one row tells that gap
 * from the one between a receipt's label and its amount, or a form's label and its value. The page does.
 *
 * <p>The page's word spacing is the median gap between the words of its segments; a river is wider than
 * twice that and than half a word height (more in proportion between words taller than the page's median,
 * as a title's). Going down the page a row at a time (segments that overlap vertically by {@code
 * lineOverlap}), each open river keeps the strip no row has put a word in: a row with a gap over the strip
 * <em>supports</em> it, narrowed to that gap; a row wholly beside it (a column that ended) leaves it open; a
 * row with a word in it closes it. A river closed after at least {@value #MIN_ROWS} supporting rows is a
 * column gutter when those rows read as two columns of text:
 *
 * <ul>
 *   <li>the right column starts at one x: at least half the rows start within half a word height of one
 *       another (a receipt's right-aligned amounts start wherever their width puts them);
 *   <li>the right column is text, not amounts: fewer than half the rows have a right part (up to the next
 *       gap as wide as a river) that is mostly digits ({@code RM 29.70}, {@code 1 12.90 0.00 12.90});
 *   <li>both sides are lines of text, not labels and values: the parts of a row on each side have {@value
 *       #MIN_WORDS} words or more on average, and the median one is at least {@value #MIN_PART} word
 *       heights wide;
 *   <li>the left column fills its lines up to the river, ragged or flush: the median line reaches {@value
 *       #MIN_FILL} of the way from its start to the strip.
 * </ul>
 *
 * <p>Segments that bridge a gutter are cut there ({@link #split}); the block segmenter takes a gap holding
 * one as a column gutter however narrow ({@link #backs}), and cuts where one begins and ends ({@link
 * #rivers()}), which no blank band may show when a title is set close above the columns. Cost: one pass over
 * the words, rows in the order the segments come (top to bottom), at most {@value #MAX_OPEN} rivers open at
 * once and {@value #MAX_KEPT} kept, so linear in the number of words.
 *
 * <pre>{@code
 * ColumnRivers rivers = ColumnRivers.find(segments, medianHeight, 0.5);
 * segments = rivers.split(segments);
 * }</pre>
 */
final class ColumnRivers {
  /** Supporting rows a river needs before it can be a gutter. */
  static final int MIN_ROWS = 4;
  /** Narrowest river, in word heights, whatever the word spacing. */
  static final double MIN_WIDTH = 0.5;
  /** Narrowest median part of a row on either side, in word heights. */
  static final double MIN_PART = 4;
  /** Fewest words in a part of a row on either side, on average. */
  static final int MIN_WORDS = 3;
  /** How far the median left line reaches towards the river. */
  static final double MIN_FILL = 0.6;
  /** Rivers open at once; further candidates are not followed. */
  static final int MAX_OPEN = 64;
  /** Rivers kept on one page; a page with more is no page of columns, and the rest are let go. */
  static final int MAX_KEPT = 256;
  /** Gaps between words a page needs for its word spacing to be measured. */
  private static final int MIN_GAPS = 8;
  private static final ColumnRivers NONE = new ColumnRivers(List.of(), new int[0]);
  private static final Comparator<Segment> BY_LEFT = Comparator.comparingDouble(s -> s.left);

  /**
   * A river between two text columns: the strip from {@code left} to {@code right}, free of words from
   * {@code top} to {@code bottom}.
   */
  record River(double left, double right, double top, double bottom) {}

  private final List<River> rivers;
  /** Where segments are cut: pairs of (segment index, index of the first item of the right piece), sorted. */
  private final int[] cuts;

  private ColumnRivers(List<River> rivers, int[] cuts) {
    this.rivers = rivers;
    this.cuts = cuts;
  }

  /**
   * The column gutters of a page.
   *
   * @param segments the page's chained segments, top to bottom (as {@link Chains#segments()} gives them)
   * @param h the page's median word height
   * @param lineOverlap share of the smaller height segments of one row overlap by
   */
  static ColumnRivers find(List<Segment> segments, double h, double lineOverlap) {
    double spacing = wordSpacing(segments);
    if (Double.isNaN(spacing)) {
      return NONE;
    }
    Sweep sweep = new Sweep(segments, h, Math.max(2 * spacing, MIN_WIDTH * h), lineOverlap);
    sweep.run();
    if (sweep.rivers.isEmpty()) {
      return NONE;
    }
    int[] cuts = sweep.cuts.toArray();
    long[] packed = new long[cuts.length / 2];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = (long) cuts[2 * i] << 32 | cuts[2 * i + 1];
    }
    Arrays.sort(packed);
    for (int i = 0; i < packed.length; i++) {
      cuts[2 * i] = (int) (packed[i] >>> 32);
      cuts[2 * i + 1] = (int) packed[i];
    }
    return new ColumnRivers(merged(sweep.rivers), cuts);
  }

  /**
   * The rivers with those that share a strip and rows put together: several rivers can follow one gutter
   * from different rows (one opened where a short line left a wide gap), and each strip is free over its
   * own rows, so their common strip is free over all of them.
   */
  private static List<River> merged(List<River> rivers) {
    List<River> out = new ArrayList<>();
    for (River r : rivers) {
      River m = r;
      for (int i = 0; i < out.size(); i++) {
        River o = out.get(i);
        double left = Math.max(o.left(), m.left());
        double right = Math.min(o.right(), m.right());
        if (right > left && Math.min(o.bottom(), m.bottom()) >= Math.max(o.top(), m.top())) {
          m = new River(left, right, Math.min(o.top(), m.top()), Math.max(o.bottom(), m.bottom()));
          out.remove(i);
          i = -1;
        }
      }
      out.add(m);
    }
    return List.copyOf(out);
  }

  /** The page's rivers between text columns. */
  List<River> rivers() {
    return rivers;
  }

  /**
   * {@code segments} (the list given to {@link #find}) with every segment that bridges a river cut there;
   * pieces take the place of their segment, left to right.
   */
  List<Segment> split(List<Segment> segments) {
    if (cuts.length == 0) {
      return segments;
    }
    List<Segment> out = new ArrayList<>(segments.size() + cuts.length / 2);
    int c = 0;
    for (int s = 0; s < segments.size(); s++) {
      Segment seg = segments.get(s);
      int from = 0;
      for (; c < cuts.length && cuts[c] == s; c += 2) {
        int at = cuts[c + 1];
        if (at > from) {
          out.add(Segment.piece(seg.items.subList(from, at)));
          from = at;
        }
      }
      out.add(from == 0 ? seg : Segment.piece(seg.items.subList(from, seg.items.size())));
    }
    return out;
  }

  /**
   * Whether the blank gap from {@code left} to {@code right}, free over a node from {@code top} to {@code
   * bottom}, holds a river whose rows are at least half of the node's height.
   */
  boolean backs(double left, double right, double top, double bottom) {
    for (River r : rivers) {
      double shared = Math.min(bottom, r.bottom()) - Math.max(top, r.top());
      if (left <= r.left() + 1 && right >= r.right() - 1 && shared >= 0.5 * (bottom - top)) {
        return true;
      }
    }
    return false;
  }

  /** The median positive gap between consecutive words of a segment, or NaN for too few gaps. */
  private static double wordSpacing(List<Segment> segments) {
    int pairs = 0;
    for (Segment s : segments) {
      pairs += s.items.size() - 1;
    }
    double[] gaps = new double[pairs];
    int count = 0;
    for (Segment s : segments) {
      List<Item> items = s.items;
      double reach = items.get(0).right;
      for (int k = 1; k < items.size(); k++) {
        Item it = items.get(k);
        double gap = it.left - reach;
        if (gap > 0) {
          gaps[count++] = gap;
        }
        reach = Math.max(reach, it.right);
      }
    }
    return count < MIN_GAPS ? Double.NaN : Median.of(gaps, count);
  }

  /** A growable list of ints. */
  private static final class Ints {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }

    int size() {
      return size;
    }

    int get(int i) {
      return values[i];
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A river being followed down the page, and the rows that support it. */
  private static final class Open {
    private static final int FIELDS = 7;
    double left;
    double right;
    final double top;
    double bottom;
    /**
     * Per supporting row: the gap's edges, where the row's parts on each side start and end, their word
     * counts, and whether the right part is mostly digits.
     */
    double[] rows = new double[FIELDS * 8];
    int support;
    /** Cuts in segments bridged by this river: pairs of (segment index, item index). */
    final Ints cuts = new Ints();

    Open(double left, double right, double top, double bottom) {
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
    }

    void support(
        double gapLeft, double gapRight, double partStart, double partEnd, int leftWords, int rightWords,
        boolean number) {
      if (FIELDS * support == rows.length) {
        rows = Arrays.copyOf(rows, 2 * rows.length);
      }
      int at = FIELDS * support++;
      rows[at] = gapLeft;
      rows[at + 1] = gapRight;
      rows[at + 2] = partStart;
      rows[at + 3] = partEnd;
      rows[at + 4] = leftWords;
      rows[at + 5] = rightWords;
      rows[at + 6] = number ? 1 : 0;
    }

    /** The most of {@code values} that lie within {@code tolerance} of one another. */
    private static int mostWithin(double[] values, double tolerance) {
      Arrays.sort(values);
      int most = 0;
      for (int from = 0, to = 0; to < values.length; to++) {
        while (values[to] - values[from] > tolerance) {
          from++;
        }
        most = Math.max(most, to - from + 1);
      }
      return most;
    }

    /** Whether the supporting rows read as two text columns (see the class comment). */
    boolean columnar(double h) {
      int numbers = 0;
      double[] starts = new double[support];
      double[] leftParts = new double[support];
      double[] rightParts = new double[support];
      double leftWords = 0;
      double rightWords = 0;
      double[] fill = new double[support];
      for (int i = 0; i < support; i++) {
        int at = FIELDS * i;
        starts[i] = rows[at + 1];
        numbers += (int) rows[at + 6];
        leftParts[i] = rows[at] - rows[at + 2];
        rightParts[i] = rows[at + 3] - rows[at + 1];
        leftWords += rows[at + 4];
        rightWords += rows[at + 5];
        double reach = left - rows[at + 2];
        fill[i] = reach > 0 ? leftParts[i] / reach : 1;
      }
      return 2 * mostWithin(starts, 0.5 * h) >= support
          && 2 * numbers < support
          && leftWords >= MIN_WORDS * support
          && rightWords >= MIN_WORDS * support
          && Median.of(leftParts) >= MIN_PART * h
          && Median.of(rightParts) >= MIN_PART * h
          && Median.of(fill) >= MIN_FILL;
    }
  }

  /** The pass down the page. */
  private static final class Sweep {
    private final List<Segment> segments;
    private final double h;
    private final double narrowest;
    private final double lineOverlap;
    /** The open rivers, oldest first. */
    private final List<Open> open = new ArrayList<>();
    final List<River> rivers = new ArrayList<>();
    final Ints cuts = new Ints();
    // The current row: its words left to right, and its gaps wider than the narrowest river.
    private Item[] words = new Item[64];
    private int wordCount;
    private double rowLeft;
    private double rowRight;
    private double[] gapLeft = new double[16];
    private double[] gapRight = new double[16];
    /** The row word each gap ends at. */
    private int[] gapEnd = new int[16];
    /** Segment index and item index where a gap falls inside one segment; -1 when between segments. */
    private int[] gapSegment = new int[16];
    private int[] gapItem = new int[16];
    /** The oldest river each gap supports, and whether a river fills it from edge to edge. */
    private @Nullable Open[] gapHolder = new Open[16];
    private boolean[] gapFilled = new boolean[16];
    /** Whether the part right of each gap is mostly digits: 1 yes, -1 no, 0 not yet counted. */
    private byte[] gapNumber = new byte[16];
    private int gaps;

    Sweep(List<Segment> segments, double h, double narrowest, double lineOverlap) {
      this.segments = segments;
      this.h = h;
      this.narrowest = narrowest;
      this.lineOverlap = lineOverlap;
    }

    void run() {
      int n = segments.size();
      Segment[] row = new Segment[8];
      int[] rowIndex = new int[8];
      for (int i = 0; i < n; ) {
        Segment anchor = segments.get(i);
        int j = i + 1;
        while (j < n && sameRow(anchor, segments.get(j))) {
          j++;
        }
        int k = j - i;
        if (row.length < k) {
          row = new Segment[Math.max(k, 2 * row.length)];
          rowIndex = new int[row.length];
        }
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < k; m++) {
          Segment s = segments.get(i + m);
          row[m] = s;
          rowIndex[m] = i + m;
          top = Math.min(top, s.top);
          bottom = Math.max(bottom, s.bottom);
        }
        rowGaps(row, rowIndex, k);
        follow(top, bottom);
        i = j;
      }
      for (Open r : open) {
        close(r);
      }
      open.clear();
    }

    private boolean sameRow(Segment anchor, Segment s) {
      double overlap = Math.min(s.bottom, anchor.bottom) - Math.max(s.top, anchor.top);
      return overlap > 0 && overlap >= lineOverlap * Math.min(s.height(), anchor.height());
    }

    /** The words of a row's segments, left to right, and the gaps between them. */
    private void rowGaps(Segment[] row, int[] rowIndex, int k) {
      if (k > 1) {
        sortByLeft(row, rowIndex, k);
      }
      wordCount = 0;
      gaps = 0;
      double reach = Double.NEGATIVE_INFINITY;
      double reachHeight = 0;
      for (int m = 0; m < k; m++) {
        Segment s = row[m];
        if (s.left < reach) {
          // Segments that interleave: their words, not their order, say where the gaps are.
          interleavedGaps(row, k);
          return;
        }
        List<Item> items = s.items;
        for (int i = 0; i < items.size(); i++) {
          Item it = items.get(i);
          if (wordCount > 0 && it.left - reach > widerThan(reachHeight, it)) {
            addGap(reach, it.left, i > 0 ? rowIndex[m] : -1, i);
          }
          addWord(it);
          if (it.right > reach) {
            reach = it.right;
            reachHeight = it.height();
          }
        }
      }
      rowLeft = words[0].left;
      rowRight = reach;
    }

    /** A row whose segments overlap horizontally: every word in left order, and no cuts. */
    private void interleavedGaps(Segment[] row, int k) {
      List<Item> items = new ArrayList<>();
      for (int m = 0; m < k; m++) {
        items.addAll(row[m].items);
      }
      items.sort(LineChainer.LEFT_TO_RIGHT);
      wordCount = 0;
      gaps = 0;
      double reach = Double.NEGATIVE_INFINITY;
      double reachHeight = 0;
      for (Item it : items) {
        if (wordCount > 0 && it.left - reach > widerThan(reachHeight, it)) {
          addGap(reach, it.left, -1, -1);
        }
        addWord(it);
        if (it.right > reach) {
          reach = it.right;
          reachHeight = it.height();
        }
      }
      rowLeft = words[0].left;
      rowRight = reach;
    }

    /**
     * How wide a gap before {@code next} must be to hold a river: the narrowest river, scaled up for words
     * taller than the page's median (a title's word spaces are wider in proportion).
     */
    private double widerThan(double previousHeight, Item next) {
      return narrowest * Math.max(1, Math.max(previousHeight, next.height()) / h);
    }

    private static void sortByLeft(Segment[] row, int[] rowIndex, int k) {
      if (k > 16) {
        Integer[] order = new Integer[k];
        for (int m = 0; m < k; m++) {
          order[m] = m;
        }
        Segment[] segs = Arrays.copyOf(row, k);
        int[] idx = Arrays.copyOf(rowIndex, k);
        Arrays.sort(order, (a, b) -> BY_LEFT.compare(segs[a], segs[b]));
        for (int m = 0; m < k; m++) {
          row[m] = segs[order[m]];
          rowIndex[m] = idx[order[m]];
        }
        return;
      }
      for (int m = 1; m < k; m++) {
        Segment s = row[m];
        int index = rowIndex[m];
        int j = m;
        for (; j > 0 && row[j - 1].left > s.left; j--) {
          row[j] = row[j - 1];
          rowIndex[j] = rowIndex[j - 1];
        }
        row[j] = s;
        rowIndex[j] = index;
      }
    }

    private void addWord(Item it) {
      if (wordCount == words.length) {
        words = Arrays.copyOf(words, 2 * wordCount);
      }
      words[wordCount++] = it;
    }

    /** A gap from {@code left} to {@code right} before the next word to be added. */
    private void addGap(double left, double right, int segment, int item) {
      if (gaps == gapLeft.length) {
        int size = 2 * gaps;
        gapLeft = Arrays.copyOf(gapLeft, size);
        gapRight = Arrays.copyOf(gapRight, size);
        gapEnd = Arrays.copyOf(gapEnd, size);
        gapSegment = Arrays.copyOf(gapSegment, size);
        gapItem = Arrays.copyOf(gapItem, size);
        gapHolder = Arrays.copyOf(gapHolder, size);
        gapFilled = Arrays.copyOf(gapFilled, size);
        gapNumber = Arrays.copyOf(gapNumber, size);
      }
      gapLeft[gaps] = left;
      gapRight[gaps] = right;
      gapEnd[gaps] = wordCount;
      gapSegment[gaps] = segment;
      gapItem[gaps] = item;
      gapHolder[gaps] = null;
      gapFilled[gaps] = false;
      gapNumber[gaps] = 0;
      gaps++;
    }

    /**
     * Every open river takes the row: supported by a gap (narrowed to it), left open beside the row, or
     * closed by a word in it. A gap that no river fills to within a river's width of both edges opens a
     * river of its own, so that a narrow river that happened to pass through it (a title's word space)
     * does not hide a wider one starting there; of two rivers that come to the same strip, the younger is
     * dropped.
     */
    private void follow(double top, double bottom) {
      for (int i = 0; i < open.size(); i++) {
        Open r = open.get(i);
        int best = -1;
        double bestWidth = narrowest;
        for (int g = firstGapEndingAfter(r.left); g < gaps && gapLeft[g] < r.right; g++) {
          double width = Math.min(r.right, gapRight[g]) - Math.max(r.left, gapLeft[g]);
          if (width > bestWidth) {
            bestWidth = width;
            best = g;
          }
        }
        // The strip beside the row, left or right of all its words.
        double besideLeft = Math.min(r.right, rowLeft) - r.left;
        double besideRight = r.right - Math.max(r.left, rowRight);
        if (best >= 0 && bestWidth >= Math.max(besideLeft, besideRight)) {
          double left = Math.max(r.left, gapLeft[best]);
          double right = Math.min(r.right, gapRight[best]);
          @Nullable Open holder = gapHolder[best];
          if (holder != null && Math.abs(holder.left - left) <= 1 && Math.abs(holder.right - right) <= 1) {
            open.remove(i--);
            continue;
          }
          r.left = left;
          r.right = right;
          r.bottom = bottom;
          support(r, best);
          if (holder == null) {
            gapHolder[best] = r;
          }
          if (left - gapLeft[best] <= narrowest && gapRight[best] - right <= narrowest) {
            gapFilled[best] = true;
          }
        } else if (Math.max(besideLeft, besideRight) > narrowest) {
          // The row stands to one side, as a column that ended or has not begun.
          if (besideLeft >= besideRight) {
            r.right = Math.min(r.right, rowLeft);
          } else {
            r.left = Math.max(r.left, rowRight);
          }
          r.bottom = bottom;
        } else {
          close(r);
          open.remove(i--);
        }
      }
      for (int g = 0; g < gaps; g++) {
        if (!gapFilled[g] && open.size() < MAX_OPEN) {
          Open r = new Open(gapLeft[g], gapRight[g], top, bottom);
          support(r, g);
          open.add(r);
        }
      }
    }

    /** Gap {@code g} of the row supports river {@code r}. */
    private void support(Open r, int g) {
      int leftFrom = g == 0 ? 0 : gapEnd[g - 1];
      int rightTo = g == gaps - 1 ? wordCount : gapEnd[g + 1];
      if (gapNumber[g] == 0) {
        int digits = 0;
        int others = 0;
        for (int w = gapEnd[g]; w < rightTo; w++) {
          String text = words[w].word.text();
          for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (Character.isDigit(ch)) {
              digits++;
            } else if (!Character.isWhitespace(ch)) {
              others++;
            }
          }
        }
        gapNumber[g] = (byte) (digits > 0 && digits >= others ? 1 : -1);
      }
      r.support(gapLeft[g], gapRight[g], g == 0 ? rowLeft : gapRight[g - 1],
          g == gaps - 1 ? rowRight : gapLeft[g + 1], gapEnd[g] - leftFrom, rightTo - gapEnd[g],
          gapNumber[g] > 0);
      if (gapSegment[g] >= 0) {
        r.cuts.add(gapSegment[g]);
        r.cuts.add(gapItem[g]);
      }
    }

    private int firstGapEndingAfter(double x) {
      int lo = 0;
      int hi = gaps;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (gapRight[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private void close(Open r) {
      if (r.support < MIN_ROWS) {
        return;
      }
      if (rivers.size() >= MAX_KEPT || !r.columnar(h)) {
        return;
      }
      rivers.add(new River(r.left, r.right, r.top, r.bottom));
      for (int i = 0; i < r.cuts.size(); i++) {
        cuts.add(r.cuts.get(i));
      }
    }
  }
}
