package io.docstruct.layout;

import io.docstruct.document.Table;
import io.docstruct.geometry.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a page's segments into blocks in reading order, recursive XY-cut style, in the upright frame.
 *
 * <p>At each node a vertical cut (a column gutter at least {@code gutter} median heights wide, free of any
 * segment over the node's whole height) is tried first, but only accepted when the two sides look like text
 * columns rather than the columns of a receipt or a form. The two sides must stand side by side (their
 * heights overlap by half the shorter side's), and either few lines of the narrower side have a
 * partner at the same height on the other side (independent content), or both sides are at least a quarter
 * of the node's width and their lines are filled (median line width at least 60% of the side's width). A
 * receipt's amounts are narrow and its item names ragged, so its rows stay whole. Otherwise the node is cut
 * horizontally where the blank band between lines exceeds both {@code blockGap} median heights and 1.6
 * times the node's median line gap; consecutive pieces that share a column gutter are put back together so
 * that a column is read to its end before the next. A node that cannot be cut is a leaf: its segments at
 * the same height become one line, left to right, whatever the gap between them.
 *
 * <p>A gap that holds one of the page's {@link ColumnRivers} is a column gutter however narrow, tried before
 * the others and accepted when the two sides stand side by side: the river was judged from all its rows,
 * which tells text columns from a receipt's or a form's better than the sides of one node do. A
 * node that no blank band cuts is cut where such a river begins and ends, so that a title set close above
 * two columns is read before them.
 *
 * <p>At the top level, a first (last) piece lying within the top (bottom) {@code marginBand} of the page
 * and holding at most two lines is a header (footer). A leaf of at most two lines whose median word height
 * is at least {@value #TITLE_SCALE} times the page's is a title. Cost: a {@link RadixSort} per node and
 * level, so about linear for ordinary pages.
 */
final class BlockSegmenter {
  static final double TITLE_SCALE = 1.4;
  private static final int MAX_DEPTH = 48;
  private static final int GUTTERS_TRIED = 3;
  private static final Comparator<Segment> BY_LEFT = Comparator.comparingDouble(s -> s.left);
  private static final Comparator<Segment> BY_TOP = Comparator.comparingDouble(s -> s.top);
  /** Top edge, then provider order. */
  private static final Comparator<Segment> TOP_DOWN =
      BY_TOP.thenComparingInt(Segment::minOrder);
  /** Centre line, then left edge, then provider order. */
  private static final Comparator<Segment> BY_CENTRE_LINE =
      Comparator.comparingDouble(Segment::cy)
          .thenComparingDouble(s -> s.left)
          .thenComparingInt(Segment::minOrder);

  private final double lineOverlap;
  private final double blockGap;
  private final double gutter;
  private final double marginBand;
  private final ColumnRivers rivers;

  /** A segmenter of one page; a gap that holds one of the page's {@code rivers} is a column gutter. */
  BlockSegmenter(
      double lineOverlap, double blockGap, double gutter, double marginBand, ColumnRivers rivers) {
    this.rivers = rivers;
    this.lineOverlap = lineOverlap;
    this.blockGap = blockGap;
    this.gutter = gutter;
    this.marginBand = marginBand;
  }

  /** A block before offsets are assigned: its lines of upright items, or a table. */
  record RawBlock(BlockKind kind, List<List<Item>> lines, @Nullable Table table, Box box) {}

  List<RawBlock> segment(List<Segment> segments, double h, Box page) {
    List<RawBlock> out = new ArrayList<>();
    if (segments.isEmpty()) {
      return out;
    }
    List<List<Segment>> pieces = horizontalPieces(segments, h);
    int from = 0;
    int to = pieces.size();
    RawBlockSink sink = new RawBlockSink(out, h);
    List<Segment> header = null;
    List<Segment> footer = null;
    if (pieces.size() > 1) {
      List<Segment> first = pieces.get(0);
      if (bottom(first) <= page.top() + marginBand * page.height() && rows(first) <= 2) {
        header = first;
        from = 1;
      }
      List<Segment> last = pieces.get(pieces.size() - 1);
      if (to - from > 1 && top(last) >= page.bottom() - marginBand * page.height() && rows(last) <= 2) {
        footer = last;
        to--;
      }
    }
    if (header != null) {
      leaf(header, sink, BlockKind.HEADER);
    }
    List<Segment> body = new ArrayList<>();
    for (int i = from; i < to; i++) {
      body.addAll(pieces.get(i));
    }
    cut(body, h, sink, 0);
    if (footer != null) {
      leaf(footer, sink, BlockKind.FOOTER);
    }
    return out;
  }

  private void cut(List<Segment> node, double h, RawBlockSink sink, int depth) {
    if (node.isEmpty()) {
      return;
    }
    if (depth < MAX_DEPTH) {
      List<List<Segment>> columns = verticalSplit(node, h);
      if (columns != null) {
        cut(columns.get(0), h, sink, depth + 1);
        cut(columns.get(1), h, sink, depth + 1);
        return;
      }
      List<List<Segment>> pieces = mergeColumnPieces(horizontalPieces(node, h), h);
      if (pieces.size() <= 1) {
        pieces = aroundRiver(node, h);
      }
      if (pieces.size() > 1) {
        for (List<Segment> p : pieces) {
          cut(p, h, sink, depth + 1);
        }
        return;
      }
    }
    leaf(node, sink, BlockKind.PARAGRAPH);
  }

  /**
   * The node cut where one of the page's rivers begins and ends, when the rows between are columns: a
   * title across both columns, too close above them for a blank band, is read before them. The node whole
   * when no river does that.
   */
  private List<List<Segment>> aroundRiver(List<Segment> node, double h) {
    if (rivers.rivers().isEmpty()) {
      return List.of(node);
    }
    double top = top(node);
    double bottom = bottom(node);
    for (ColumnRivers.River r : rivers.rivers()) {
      if (r.top() >= bottom || r.bottom() <= top || r.top() <= top && r.bottom() >= bottom) {
        continue;
      }
      List<Segment> above = new ArrayList<>();
      List<Segment> within = new ArrayList<>();
      List<Segment> below = new ArrayList<>();
      for (Segment s : node) {
        double cy = s.cy();
        (cy < r.top() ? above : cy > r.bottom() ? below : within).add(s);
      }
      if (!within.isEmpty() && within.size() < node.size() && verticalSplit(within, h) != null) {
        List<List<Segment>> pieces = new ArrayList<>(3);
        for (List<Segment> p : List.of(above, within, below)) {
          if (!p.isEmpty()) {
            pieces.add(p);
          }
        }
        return pieces;
      }
    }
    return List.of(node);
  }

  /** The node's left and right columns, or {@code null} when no gutter separates text columns. */
  private @Nullable List<List<Segment>> verticalSplit(List<Segment> node, double h) {
    if (node.size() < 2) {
      return null;
    }
    List<Segment> sorted = new ArrayList<>(node);
    RadixSort.sort(sorted, s -> s.left, BY_LEFT);
    List<double[]> gutters = new ArrayList<>();
    boolean anyRiver = !rivers.rivers().isEmpty();
    double top = anyRiver ? top(node) : 0;
    double bottom = anyRiver ? bottom(node) : 0;
    double reach = sorted.get(0).right;
    for (Segment s : sorted) {
      double gap = s.left - reach;
      if (anyRiver && gap > 0 && rivers.backs(reach, s.left, top, bottom)) {
        // A river of the page: decided from all its rows, tried first.
        gutters.add(new double[] {reach, s.left, 1});
      } else if (gap >= gutter * h) {
        gutters.add(new double[] {reach, s.left, 0});
      }
      reach = Math.max(reach, s.right);
    }
    gutters.sort(
        Comparator.comparingDouble((double[] g) -> -g[2]).thenComparingDouble(g -> g[0] - g[1]));
    for (int i = 0; i < Math.min(GUTTERS_TRIED, gutters.size()); i++) {
      double split = gutters.get(i)[0];
      List<Segment> left = new ArrayList<>();
      List<Segment> right = new ArrayList<>();
      for (Segment s : node) {
        (s.right <= split ? left : right).add(s);
      }
      if (gutters.get(i)[2] == 1 ? standSideBySide(left, right) : areColumns(left, right)) {
        return List.of(left, right);
      }
    }
    return null;
  }

  /** Two sides of at least two segments each, whose heights overlap by half the shorter one. */
  private static boolean standSideBySide(List<Segment> left, List<Segment> right) {
    if (left.size() < 2 || right.size() < 2) {
      return false;
    }
    double sideBySide = Math.min(bottom(left), bottom(right)) - Math.max(top(left), top(right));
    double shorter = Math.min(bottom(left) - top(left), bottom(right) - top(right));
    return sideBySide >= 0.5 * shorter;
  }

  private boolean areColumns(List<Segment> left, List<Segment> right) {
    if (!standSideBySide(left, right)) {
      return false;
    }
    List<Segment> small = left.size() <= right.size() ? left : right;
    List<Segment> large = small == left ? right : left;
    List<Segment> byTop = new ArrayList<>(large);
    RadixSort.sort(byTop, s -> s.top, BY_TOP);
    double maxHeight = 0;
    for (Segment s : byTop) {
      maxHeight = Math.max(maxHeight, s.height());
    }
    int partnered = 0;
    for (Segment s : small) {
      int i = firstTopAtLeast(byTop, s.top - maxHeight);
      for (; i < byTop.size() && byTop.get(i).top <= s.bottom; i++) {
        Segment o = byTop.get(i);
        double overlap = Math.min(s.bottom, o.bottom) - Math.max(s.top, o.top);
        if (overlap >= lineOverlap * Math.min(s.height(), o.height())) {
          partnered++;
          break;
        }
      }
    }
    if (partnered < 0.5 * small.size()) {
      return true;
    }
    double l = Math.min(left(left), left(right));
    double r = Math.max(right(left), right(right));
    double wl = right(left) - left(left);
    double wr = right(right) - left(right);
    double w = r - l;
    return wl >= 0.25 * w && wr >= 0.25 * w && fill(left, wl) >= 0.6 && fill(right, wr) >= 0.6;
  }

  private static int firstTopAtLeast(List<Segment> byTop, double top) {
    int lo = 0;
    int hi = byTop.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byTop.get(mid).top < top) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double fill(List<Segment> side, double width) {
    if (width <= 0) {
      return 1;
    }
    double[] f = new double[side.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = side.get(i).width() / width;
    }
    return Median.of(f);
  }

  /** The node cut at blank bands taller than the block gap, top to bottom. */
  private List<List<Segment>> horizontalPieces(List<Segment> node, double h) {
    List<Segment> sorted = new ArrayList<>(node);
    RadixSort.sort(sorted, s -> s.top, TOP_DOWN);
    double[] gaps = new double[sorted.size()];
    int k = 0;
    double reach = sorted.get(0).bottom;
    for (Segment s : sorted) {
      if (s.top > reach) {
        gaps[k++] = s.top - reach;
      }
      reach = Math.max(reach, s.bottom);
    }
    List<List<Segment>> pieces = new ArrayList<>();
    if (k == 0) {
      pieces.add(sorted);
      return pieces;
    }
    double threshold =
        Math.max(blockGap * h, 1.6 * Median.of(gaps, k));
    List<Segment> current = new ArrayList<>();
    reach = sorted.get(0).bottom;
    for (Segment s : sorted) {
      if (s.top - reach > threshold && !current.isEmpty()) {
        pieces.add(current);
        current = new ArrayList<>();
      }
      current.add(s);
      reach = Math.max(reach, s.bottom);
    }
    pieces.add(current);
    return pieces;
  }

  /** Puts back together consecutive pieces that the same column gutter runs through. */
  private List<List<Segment>> mergeColumnPieces(List<List<Segment>> pieces, double h) {
    if (pieces.size() < 2) {
      return pieces;
    }
    List<List<Segment>> merged = new ArrayList<>();
    List<Segment> group = pieces.get(0);
    boolean groupSplits = verticalSplit(group, h) != null;
    for (int i = 1; i < pieces.size(); i++) {
      List<Segment> next = pieces.get(i);
      boolean nextSplits = verticalSplit(next, h) != null;
      if (groupSplits || nextSplits) {
        List<Segment> union = new ArrayList<>(group);
        union.addAll(next);
        if (verticalSplit(union, h) != null) {
          group = union;
          groupSplits = true;
          continue;
        }
      }
      merged.add(group);
      group = next;
      groupSplits = nextSplits;
    }
    merged.add(group);
    return merged;
  }

  private void leaf(List<Segment> node, RawBlockSink sink, BlockKind kind) {
    List<Segment> sorted = new ArrayList<>(node);
    RadixSort.sort(sorted, Segment::cy, BY_CENTRE_LINE);
    List<List<Segment>> rows = new ArrayList<>();
    List<Segment> tables = new ArrayList<>();
    Segment anchor = null;
    for (Segment s : sorted) {
      if (s.isTable()) {
        tables.add(s);
        continue;
      }
      if (anchor != null) {
        double overlap = Math.min(s.bottom, anchor.bottom) - Math.max(s.top, anchor.top);
        if (overlap >= lineOverlap * Math.min(s.height(), anchor.height())) {
          rows.get(rows.size() - 1).add(s);
          continue;
        }
      }
      anchor = s;
      List<Segment> row = new ArrayList<>(2);
      row.add(s);
      rows.add(row);
    }
    // Interleave tables with the rows by their top edge; text between tables forms one block.
    RadixSort.sort(tables, s -> s.top, BY_TOP);
    int t = 0;
    List<List<Item>> lines = new ArrayList<>();
    Bounds bounds = new Bounds();
    for (List<Segment> row : rows) {
      double rowTop = top(row);
      while (t < tables.size() && tables.get(t).top <= rowTop) {
        sink.text(lines, kind, bounds);
        lines = new ArrayList<>();
        bounds = new Bounds();
        sink.table(tables.get(t++));
      }
      for (Segment s : row) {
        bounds.add(s);
      }
      lines.add(leftToRight(row));
    }
    sink.text(lines, kind, bounds);
    while (t < tables.size()) {
      sink.table(tables.get(t++));
    }
  }

  /**
   * The words of a row's segments in {@link LineChainer#LEFT_TO_RIGHT} order. A segment's words were
   * consecutive picks of the sweep, which went in that order, so when the segments do not interleave the
   * row is their concatenation by sweep position; otherwise the words are sorted.
   */
  private static List<Item> leftToRight(List<Segment> row) {
    if (row.size() == 1) {
      return row.get(0).items;
    }
    Segment[] bySweep = row.toArray(new Segment[0]);
    for (int i = 1; i < bySweep.length; i++) {
      Segment s = bySweep[i];
      int j = i;
      for (; j > 0 && bySweep[j - 1].firstInSweep > s.firstInSweep; j--) {
        bySweep[j] = bySweep[j - 1];
      }
      bySweep[j] = s;
    }
    int words = 0;
    for (Segment s : bySweep) {
      words += s.items.size();
    }
    List<Item> items = new ArrayList<>(words);
    boolean interleaved = false;
    for (int i = 0; i < bySweep.length; i++) {
      if (bySweep[i].firstInSweep < 0
          || i > 0 && bySweep[i - 1].lastInSweep > bySweep[i].firstInSweep) {
        interleaved = true;
      }
      items.addAll(bySweep[i].items);
    }
    if (interleaved) {
      RadixSort.sort(items, it -> it.left, LineChainer.LEFT_TO_RIGHT);
    }
    return items;
  }

  private static int rows(List<Segment> piece) {
    List<Segment> sorted = new ArrayList<>(piece);
    RadixSort.sort(sorted, s -> s.top, BY_TOP);
    int rows = 0;
    double reach = Double.NEGATIVE_INFINITY;
    for (Segment s : sorted) {
      if (s.top >= reach) {
        rows++;
      }
      reach = Math.max(reach, s.bottom - 0.5 * s.height());
    }
    return rows;
  }

  private static double top(List<Segment> segs) {
    double top = Double.POSITIVE_INFINITY;
    for (Segment s : segs) {
      top = Math.min(top, s.top);
    }
    return segs.isEmpty() ? 0 : top;
  }

  private static double bottom(List<Segment> segs) {
    double bottom = Double.NEGATIVE_INFINITY;
    for (Segment s : segs) {
      bottom = Math.max(bottom, s.bottom);
    }
    return segs.isEmpty() ? 0 : bottom;
  }

  private static double left(List<Segment> segs) {
    double left = Double.POSITIVE_INFINITY;
    for (Segment s : segs) {
      left = Math.min(left, s.left);
    }
    return segs.isEmpty() ? 0 : left;
  }

  private static double right(List<Segment> segs) {
    double right = Double.NEGATIVE_INFINITY;
    for (Segment s : segs) {
      right = Math.max(right, s.right);
    }
    return segs.isEmpty() ? 0 : right;
  }

  /** The upright bounds of some segments: those of their words, as segments bound their words. */
  private static final class Bounds {
    private double left = Double.POSITIVE_INFINITY;
    private double top = Double.POSITIVE_INFINITY;
    private double right = Double.NEGATIVE_INFINITY;
    private double bottom = Double.NEGATIVE_INFINITY;

    void add(Segment s) {
      left = Math.min(left, s.left);
      top = Math.min(top, s.top);
      right = Math.max(right, s.right);
      bottom = Math.max(bottom, s.bottom);
    }

    Box box() {
      return new Box(left, top, right, bottom);
    }
  }

  /** Collects blocks, naming titles by their word height. */
  private static final class RawBlockSink {
    private final List<RawBlock> out;
    private final double h;

    RawBlockSink(List<RawBlock> out, double h) {
      this.out = out;
      this.h = h;
    }

    /** A text block of {@code lines}, {@code bounds} holding their segments. */
    void text(List<List<Item>> lines, BlockKind kind, Bounds bounds) {
      if (lines.isEmpty()) {
        return;
      }
      BlockKind k = kind;
      if (kind == BlockKind.PARAGRAPH && lines.size() <= 2 && medianHeight(lines) >= TITLE_SCALE * h) {
        k = BlockKind.TITLE;
      }
      out.add(new RawBlock(k, lines, null, bounds.box()));
    }

    private static double medianHeight(List<List<Item>> lines) {
      int count = 0;
      for (List<Item> line : lines) {
        count += line.size();
      }
      double[] heights = new double[count];
      int i = 0;
      for (List<Item> line : lines) {
        for (Item it : line) {
          heights[i++] = it.height();
        }
      }
      return Median.of(heights);
    }

    void table(Segment s) {
      Item it = s.items.get(0);
      out.add(new RawBlock(BlockKind.TABLE, List.of(), it.table, it.box()));
    }
  }
}
