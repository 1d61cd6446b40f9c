package io.docstruct.layout;

import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TextLine;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reconstructs the reading order of OCR pages: orientation and skew, lines, blocks, columns, header and
 * footer, and tables in place. Pure and thread-safe: one instance can serve every thread, and nothing is
 * kept between calls.
 *
 * <pre>{@code
 * LayoutEngine engine = LayoutEngine.create();
 * StructuredDocument doc = engine.structure(ResponseReader.create().read(Path.of("response.json")));
 * System.out.println(doc.text());
 *
 * LayoutEngine loose = LayoutEngine.builder().wordGap(2.5).gutter(2).build();
 * }</pre>
 *
 * <p>How a page is read:
 *
 * <ol>
 *   <li><b>Orientation.</b> Rotation (0, 90, 180, 270) by a vote of box aspect (axis), {@code lineBreak}
 *       hints at a line's end, vertex order and the provider's word sequence (direction); skew as the median
 *       residual angle of the word outlines within ±{@link Builder#maxSkew(double) maxSkew}. Every polygon
 *       is then turned about the page centre by −(rotation + skew) and the rest works on upright boxes.
 *       See {@link Orientation}.
 *   <li><b>Lines.</b> Words chain left to right while they overlap vertically by {@link
 *       Builder#lineOverlap(double) lineOverlap} of the smaller height and are at most {@link
 *       Builder#wordGap(double) wordGap} median word heights apart; geometry alone decides, so a {@code
 *       lineBreak} hint on a badge in mid-line does not split it, and words without hints are handled the
 *       same way.
 *   <li><b>Blocks and columns.</b> Recursive cuts at blank bands ({@link Builder#blockGap(double)
 *       blockGap}) and column gutters ({@link Builder#gutter(double) gutter}), keeping receipt and form
 *       rows whole; header and footer bands within {@link Builder#marginBand(double) marginBand} of the
 *       page's top and bottom edges. A gutter narrower than that, down to twice the page's word spacing,
 *       is found from the whole page: a white river no word crosses over many rows, between two columns
 *       of text lines (not labels and values, not amounts), even where each row's left and right lines
 *       share a baseline.
 *   <li><b>Tables.</b> Words whose centre lies in a table's outline (or in a cell's, for tables without
 *       one) are the table's, not free text; the table becomes a block at its place.
 *   <li>Words without a usable polygon come last, in the provider's order, split at their {@code
 *       lineBreak} hints; words with blank text are left out.
 * </ol>
 *
 * <p>Cost is about linear in the number of words for ordinary pages (radix sorts and selections, bucketed
 * sweeps), and O(n log n) at worst, for words that share coordinates.
 */
public final class LayoutEngine {
  private static final LayoutEngine DEFAULT = builder().build();
  private static final Word TABLE_PLACEHOLDER = new Word("", null, null, null, WordKind.TEXT, null);

  private final double lineOverlap;
  private final double wordGap;
  private final double blockGap;
  private final double gutter;
  private final double marginBand;
  private final double maxSkew;

  private LayoutEngine(Builder b) {
    this.lineOverlap = b.lineOverlap;
    this.wordGap = b.wordGap;
    this.blockGap = b.blockGap;
    this.gutter = b.gutter;
    this.marginBand = b.marginBand;
    this.maxSkew = b.maxSkew;
  }

  /** An engine with the default tolerances (see {@link Builder}). */
  public static LayoutEngine create() {
    return DEFAULT;
  }

  /** A builder starting from the default tolerances. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every page of {@code document} in reading order. */
  public StructuredDocument structure(OcrDocument document) {
    List<StructuredPage> pages = new ArrayList<>(document.pages().size());
    for (Page p : document.pages()) {
      pages.add(structure(p));
    }
    return new StructuredDocument(document, pages);
  }

  /** One page in reading order. */
  public StructuredPage structure(Page page) {
    List<Word> words = page.words();
    List<Item> items = new ArrayList<>(words.size());
    Outlines outlines = new Outlines(words.size());
    List<Word> unplaced = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.text().isBlank()) {
        continue;
      }
      Quad q = w.polygon();
      if (q != null && q.allFinite()) {
        items.add(new Item(i, w, outlines.add(q)));
      } else {
        unplaced.add(w);
      }
    }
    LineChainer chainer = new LineChainer(lineOverlap, wordGap);
    Orientation orientation = new OrientationEstimator(chainer, maxSkew).estimate(items, outlines);
    Frame frame = frame(page, items, orientation);
    frame.place(items, outlines, orientation.skew());

    List<Item> tableItems = new ArrayList<>();
    List<Table> floatingTables = new ArrayList<>();
    for (Table t : page.tables()) {
      Box region = tableRegion(t, frame, orientation.skew());
      if (region == null) {
        floatingTables.add(t);
      } else {
        tableItems.add(new Item(words.size() + tableItems.size(), TABLE_PLACEHOLDER, t, region));
      }
    }
    if (!tableItems.isEmpty()) {
      items.removeIf(it -> insideAny(it, tableItems));
    }

    double[] heights = new double[items.size()];
    for (int i = 0; i < heights.length; i++) {
      heights[i] = items.get(i).height();
    }
    double h = Median.of(heights);
    if (!(h > 0)) {
      h = 1;
    }
    List<Segment> segments = chainer.chain(items, h).segments();
    ColumnRivers rivers = ColumnRivers.find(segments, h, lineOverlap);
    segments = rivers.split(segments);
    for (Item t : tableItems) {
      segments.add(new Segment(t));
    }
    Box pageBox = uprightPage(page, segments, frame);
    List<BlockSegmenter.RawBlock> raw =
        new BlockSegmenter(lineOverlap, blockGap, gutter, marginBand, rivers)
            .segment(segments, h, pageBox);

    PageText text = new PageText();
    List<Block> blocks = new ArrayList<>();
    for (BlockSegmenter.RawBlock b : raw) {
      Block block =
          b.table() != null
              ? tableBlock(b.table(), frame.toPage(b.box()), frame, text)
              : textBlock(b, frame, text);
      if (block != null) {
        blocks.add(block);
      }
    }
    for (Table t : floatingTables) {
      Block block = tableBlock(t, null, frame, text);
      if (block != null) {
        blocks.add(block);
      }
    }
    if (!unplaced.isEmpty()) {
      text.startBlock();
      List<Line> lines = new ArrayList<>();
      List<Word> line = new ArrayList<>();
      for (Word w : unplaced) {
        line.add(w);
        if (Boolean.TRUE.equals(w.lineBreak())) {
          lines.add(text.line(line, null));
          line = new ArrayList<>();
        }
      }
      if (!line.isEmpty()) {
        lines.add(text.line(line, null));
      }
      blocks.add(new Block(BlockKind.UNPLACED, lines, null, null));
    }
    return new StructuredPage(page, orientation, blocks);
  }

  private static Frame frame(Page page, List<Item> items, Orientation o) {
    PageSize size = page.size();
    double cx;
    double cy;
    if (size != null && size.width() > 0 && size.height() > 0) {
      cx = size.width() / 2;
      cy = size.height() / 2;
    } else if (!items.isEmpty()) {
      Box extent = items.get(0).word.polygon().bounds();
      for (Item it : items) {
        extent = extent.union(it.word.polygon().bounds());
      }
      cx = extent.center().x();
      cy = extent.center().y();
    } else {
      cx = 0;
      cy = 0;
    }
    return new Frame(o.rotation() + o.skew(), cx, cy);
  }

  private static @Nullable Box tableRegion(Table t, Frame frame, double skew) {
    Quad q = t.polygon();
    if (q != null && q.allFinite()) {
      return frame.box(q, skew);
    }
    Box region = null;
    for (TableCell c : t.cells()) {
      Quad cq = c.polygon();
      if (cq != null && cq.allFinite()) {
        Box b = frame.box(cq, skew);
        region = region == null ? b : region.union(b);
      }
    }
    return region;
  }

  private static boolean insideAny(Item word, List<Item> tables) {
    double x = word.cx();
    double y = word.cy();
    for (Item t : tables) {
      if (x >= t.left && x <= t.right && y >= t.top && y <= t.bottom) {
        return true;
      }
    }
    return false;
  }

  private static Box uprightPage(Page page, List<Segment> segments, Frame frame) {
    double left = Double.POSITIVE_INFINITY;
    double top = Double.POSITIVE_INFINITY;
    double right = Double.NEGATIVE_INFINITY;
    double bottom = Double.NEGATIVE_INFINITY;
    PageSize size = page.size();
    if (size != null && size.width() > 0 && size.height() > 0) {
      Box b = frame.box(Quad.of(Box.of(0, 0, size.width(), size.height())));
      left = b.left();
      top = b.top();
      right = b.right();
      bottom = b.bottom();
    } else if (segments.isEmpty()) {
      return Box.of(0, 0, 0, 0);
    }
    for (Segment s : segments) {
      left = Math.min(left, s.left);
      top = Math.min(top, s.top);
      right = Math.max(right, s.right);
      bottom = Math.max(bottom, s.bottom);
    }
    return new Box(left, top, right, bottom);
  }

  private static @Nullable Block textBlock(
      BlockSegmenter.RawBlock raw, Frame frame, PageText text) {
    text.startBlock();
    List<Line> lines = new ArrayList<>();
    for (List<Item> items : raw.lines()) {
      double left = Double.POSITIVE_INFINITY;
      double top = Double.POSITIVE_INFINITY;
      double right = Double.NEGATIVE_INFINITY;
      double bottom = Double.NEGATIVE_INFINITY;
      for (Item it : items) {
        left = Math.min(left, it.left);
        top = Math.min(top, it.top);
        right = Math.max(right, it.right);
        bottom = Math.max(bottom, it.bottom);
      }
      lines.add(
          text.itemLine(
              items, items.isEmpty() ? null : frame.toPage(new Box(left, top, right, bottom))));
    }
    return new Block(raw.kind(), lines, frame.toPage(raw.box()), null);
  }

  /** One line per table row, the cells' words in column order; {@code null} for a table without text. */
  private static @Nullable Block tableBlock(
      Table table, @Nullable Quad polygon, Frame frame, PageText text) {
    List<TableCell> cells = new ArrayList<>(table.cells());
    cells.sort(
        Comparator.comparing(
                (TableCell c) -> c.row() == null ? Integer.MAX_VALUE : c.row(),
                Comparator.naturalOrder())
            .thenComparing(
                c -> c.column() == null ? Integer.MAX_VALUE : c.column(), Comparator.naturalOrder()));
    List<List<Word>> rows = new ArrayList<>();
    List<@Nullable Box> boxes = new ArrayList<>();
    Integer currentRow = null;
    boolean first = true;
    for (TableCell c : cells) {
      List<Word> cellWords = new ArrayList<>();
      for (TextLine l : c.lines()) {
        for (Word w : l.words()) {
          if (!w.text().isBlank()) {
            cellWords.add(w);
          }
        }
      }
      if (first || !Objects.equals(c.row(), currentRow) || c.row() == null) {
        rows.add(new ArrayList<>());
        boxes.add(null);
        currentRow = c.row();
        first = false;
      }
      rows.get(rows.size() - 1).addAll(cellWords);
      Quad cq = c.polygon();
      if (cq != null && cq.allFinite()) {
        Box b = frame.box(cq);
        Box prev = boxes.get(boxes.size() - 1);
        boxes.set(boxes.size() - 1, prev == null ? b : prev.union(b));
      }
    }
    text.startBlock();
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isEmpty()) {
        Box b = boxes.get(i);
        lines.add(text.line(rows.get(i), b == null ? null : frame.toPage(b)));
      }
    }
    if (lines.isEmpty()) {
      text.cancelBlock();
      return new Block(BlockKind.TABLE, List.of(), polygon, table);
    }
    return new Block(BlockKind.TABLE, lines, polygon, table);
  }

  /** Assigns page-text offsets in the order blocks, lines and words are emitted. */
  private static final class PageText {
    private int length;
    private boolean started;
    private boolean blockHasLine;
    private int blockStartLength;
    private boolean startedBefore;
    private boolean lineHasWord;

    void startBlock() {
      blockHasLine = false;
      blockStartLength = length;
      startedBefore = started;
    }

    void cancelBlock() {
      length = blockStartLength;
      started = startedBefore;
    }

    Line line(List<Word> words, @Nullable Quad polygon) {
      startLine();
      PlacedWord[] placed = new PlacedWord[words.size()];
      for (int i = 0; i < placed.length; i++) {
        Word w = words.get(i);
        placed[i] = place(w, w.text().length());
      }
      // List.of copies the array once, and the line keeps that list (an ArrayList would be copied twice).
      return new Line(List.of(placed), polygon);
    }

    /** A line of word items, with the text lengths they recorded (their texts are not read again). */
    Line itemLine(List<Item> items, @Nullable Quad polygon) {
      startLine();
      PlacedWord[] placed = new PlacedWord[items.size()];
      for (int i = 0; i < placed.length; i++) {
        Item it = items.get(i);
        placed[i] = place(it.word, it.textLength);
      }
      return new Line(List.of(placed), polygon);
    }

    private void startLine() {
      if (!blockHasLine) {
        if (started) {
          length += 2;
        }
        blockHasLine = true;
        started = true;
      } else {
        length += 1;
      }
      lineHasWord = false;
    }

    private PlacedWord place(Word w, int textLength) {
      if (lineHasWord) {
        length += 1;
      }
      lineHasWord = true;
      PlacedWord placed = new PlacedWord(w, length, length + textLength);
      length += textLength;
      return placed;
    }
  }

  /**
   * Tolerances of a {@link LayoutEngine}, in multiples of the page's median word height unless stated.
   * Each may be set once.
   *
   * <pre>{@code
   * LayoutEngine engine = LayoutEngine.builder().blockGap(1.5).marginBand(0.05).build();
   * }</pre>
   */
  public static final class Builder {
    private double lineOverlap = 0.5;
    private double wordGap = 1.5;
    private double blockGap = 1.0;
    private double gutter = 1.5;
    private double marginBand = 0.06;
    private double maxSkew = 15;
    private final Set<String> set = new HashSet<>();

    private Builder() {}

    /**
     * Share of the smaller height two words must overlap vertically to be on one line (default 0.5).
     *
     * @throws IllegalArgumentException unless within (0, 1]
     * @throws IllegalStateException if already set
     */
    public Builder lineOverlap(double value) {
      lineOverlap = check("lineOverlap", value, 1);
      return this;
    }

    /**
     * Widest gap between two words of one line segment, in median word heights (default 1.5). Wider gaps
     * end a segment; segments at one height still form one line unless a column gutter separates them.
     *
     * @throws IllegalArgumentException unless positive and finite
     * @throws IllegalStateException if already set
     */
    public Builder wordGap(double value) {
      wordGap = check("wordGap", value, Double.MAX_VALUE);
      return this;
    }

    /**
     * Smallest blank band between lines that starts a new block, in median word heights (default 1.0);
     * a band must also exceed 1.6 times the region's median gap between lines.
     *
     * @throws IllegalArgumentException unless positive and finite
     * @throws IllegalStateException if already set
     */
    public Builder blockGap(double value) {
      blockGap = check("blockGap", value, Double.MAX_VALUE);
      return this;
    }

    /**
     * Narrowest blank strip, running the full height of a region, that can separate two columns, in
     * median word heights (default 1.5).
     *
     * @throws IllegalArgumentException unless positive and finite
     * @throws IllegalStateException if already set
     */
    public Builder gutter(double value) {
      gutter = check("gutter", value, Double.MAX_VALUE);
      return this;
    }

    /**
     * Share of the page height at the top and bottom where a short band apart from the body is a header or
     * a footer (default 0.06).
     *
     * @throws IllegalArgumentException unless within (0, 0.5]
     * @throws IllegalStateException if already set
     */
    public Builder marginBand(double value) {
      marginBand = check("marginBand", value, 0.5);
      return this;
    }

    /**
     * Largest skew, in degrees, that is measured and corrected (default 15); word outlines turned further
     * from the page axes are left out of the skew estimate.
     *
     * @throws IllegalArgumentException unless within (0, 45]
     * @throws IllegalStateException if already set
     */
    public Builder maxSkew(double value) {
      maxSkew = check("maxSkew", value, 45);
      return this;
    }

    /** The engine. */
    public LayoutEngine build() {
      return new LayoutEngine(this);
    }

    private double check(String name, double value, double max) {
      if (!(value > 0) || value > max || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            name + " must be positive" + (max < Double.MAX_VALUE ? " and at most " + max : "")
                + ": " + value);
      }
      if (!set.add(name)) {
        throw new IllegalStateException(name + " was already set");
      }
      return value;
    }
  }
}
