package io.docstruct.export.pdf;

import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the content-stream operators of one page's invisible text layer, one text object per line (and, on
 * request, the visible debug overlay).
 *
 * <p>Viewers do not read a text layer as it was written: they rebuild words and lines from where each glyph
 * lands on the page. Poppler (pdftotext, Evince, Okular; version 22) starts a new word wherever a glyph's
 * baseline is more than half a point off the word's first glyph, measured along the page's own axes; it
 * joins words into a line only while their baselines stay within half an em of the line's first word; and
 * its raw mode ends a line where the next word's baseline is half an em away. A word whose glyphs are
 * rotated by a photograph's 4° therefore falls apart into syllables ({@code 창문을} → {@code 창문} {@code 을}),
 * and so does a word on a quarter-turned page whose polygon is a fraction of a degree off. Hence, in display
 * points, for each line:
 *
 * <ul>
 *   <li><b>Direction</b>: the line's polygon from the layout says which way the text runs ({@link
 *       TextLayerLine#polygon()}; without one, the words' first-to-second vertex edges); the angle is the sum
 *       of the words' edges (of each word's text edges and side edges, whichever run nearest that way) and
 *       the polygon's, which counts as much as all its words.
 *   <li><b>Axis</b>: a line within {@value #SNAP_DEGREES}° of a page axis (upright, quarter-turned, a photo
 *       at a few degrees) is written along that axis, so that every glyph of a word stands on one baseline;
 *       a line further off (a stamp at 30°) is written along its own direction.
 *   <li><b>Baseline</b>: the words stand on the line's one straight baseline (the median bottom of its
 *       words), not each on its polygon's own bottom; only a word more than half an em off it (a table
 *       cell's second line, in the row's line) keeps its own. Where the line climbs or falls across the axis it was
 *       snapped to, the words follow it in steps, flattened towards the line's middle: flat while no word
 *       moves more than a quarter em; then steps spread over at most 0.45 em (and 11 pt), the spread poppler
 *       still reads as one line; a longer, steeper line keeps its steps, no word moved more than half an em,
 *       and poppler may then cut the line, never a word.
 *   <li><b>Size</b>: one font size per line, the median height of its words across the text (a word over
 *       a quarter taller, a total in larger print, keeps its own); the glyph boxes ({@link GlyphlessFont}
 *       descent −0.2, ascent 0.8 em) then cover the words from bottom to top.
 *   <li><b>Width</b>: each word's horizontal scaling ({@code Tz}) stretches its glyphs over the word's
 *       extent along the axis; between two words a real space (U+0020), its {@code Tz} stretched over the
 *       gap, so that selection is continuous and extraction gives one space. Poppler's {@code -raw} joins
 *       two words closer than 0.15 em on baselines within half an em, whatever text objects they are in,
 *       and CLOVA's polygons of neighbouring fields may touch (a store name's corner is its business
 *       number's, on the next line of the layout): a word that would be glued to the word written before
 *       it starts {@value #WORD_GAP} em after that one's end, keeping at least half its extent.
 * </ul>
 *
 * <p>This is how OCR text layers are written by OCRmyPDF and Tesseract, whose renderers were read for it
 * (none of their code is used). OCRmyPDF's hOCR renderer ({@code hocrtransform}, and its newer {@code
 * PdfTextRenderer}) puts each line in one text object: a matrix moved to the line's baseline and turned by
 * its slope, one font size for the line, then per word a text matrix that only moves along that baseline,
 * {@code Tz = 100 × box width / natural width}, and a space glyph scaled over the gap to the next word.
 * Tesseract's PDF renderer projects every word onto its line's straight baseline, because copy and paste
 * go wrong in viewers when the baseline moves from word to word; it sets the text matrix once per block and
 * moves from word to word with {@code Td}, scales each word with {@code Tz}, and makes a baseline level
 * when its ends differ by less than 2 pt. Both turn the glyphs of a tilted line by its slope, which poppler
 * 22 then cuts into syllables; writing near-axis lines along the axis is DocStruct's answer to that.
 *
 * <p>A line is written as {@code BT 3 Tr /F size Tf} and one {@code Tm} at its first word, then a
 * {@code Td} to each next word along the axis (and across it, for a step), and a {@code Tf} where a word
 * has its own size. Text is written as 2-byte codes
 * equal to UTF-16 code units; characters outside the BMP (and unpaired surrogates) as U+FFFD, since the
 * identity CMap covers the BMP only; control characters as a space.
 */
final class TextLayerContent {
  /** A line this close to a page axis, in degrees, is written along the axis. */
  static final double SNAP_DEGREES = 15;

  /** Spread of one line's baselines that poppler still joins (it allows ±0.5 em), in em. */
  private static final double LINE_SPREAD = 0.45;

  /**
   * The same in points: poppler starts a line at the leftmost word among the four 4-pt baseline buckets
   * below the highest remaining word, so a line rising to the right must spread less than that.
   */
  private static final double LINE_SPREAD_POINTS = 11;

  /** How far flattening moves a word off its own baseline when that is enough, in em. */
  private static final double SMALL_SHIFT = 0.25;

  /** The most flattening ever moves a word off its own baseline, in em. */
  private static final double LARGE_SHIFT = 0.5;

  /**
   * A word taller than this many times its line's text height (a receipt's total in larger print) keeps its
   * own height as its font size; a smaller one (tight boxes round {@code -} or {@code ,}) takes the line's.
   */
  private static final double LARGER = 1.25;

  /**
   * A word whose bottom is further than this from its line's, in em, is not on the line's baseline (a table
   * row's line holds every text line of its cells) and stands on its own.
   */
  private static final double APART = 0.5;

  /**
   * The least gap between a word and the next one poppler takes for the same line, in em of the first
   * word's size: poppler's {@code -raw} writes a space only where two words' glyphs are more than 0.15 em
   * apart (measured with poppler 22: 4.5 pt at 30 pt).
   */
  private static final double WORD_GAP = 0.2;

  /** Baselines closer than this, in em of the first word's size, are one line to poppler. */
  private static final double SAME_LINE = 0.5;

  /** The least share of its polygon's extent a word keeps when it is shortened for {@link #WORD_GAP}. */
  private static final double LEAST_WIDTH = 0.5;

  /** Glyph box bottom below the baseline, in em. */
  private static final double DESCENT = -GlyphlessFont.DESCENT / 1000.0;

  /** Name of the glyph-less font in the page's resources. */
  private final String fontName;
  private final boolean debugOverlay;
  private final StringBuilder ops = new StringBuilder(16 * 1024);

  /**
   * The last word written, for {@link #separate}: its axis {@code (ex, ey)}, where it starts and ends
   * along the axis, its baseline across it, and its size; {@code NaN} before the first word of a page.
   */
  private double lastEx = Double.NaN;
  private double lastEy;
  private double lastStart;
  private double lastEnd;
  private double lastAcross;
  private double lastSize;

  TextLayerContent(String fontName, boolean debugOverlay) {
    this.fontName = fontName;
    this.debugOverlay = debugOverlay;
  }

  /** The operators for {@code lines} on a page of {@code frame}, ASCII. */
  byte[] write(PageFrame frame, List<TextLayerLine> lines) {
    ops.setLength(0);
    lastEx = Double.NaN;
    ops.append("q\n");
    if (!frame.isIdentity()) {
      double[] m = frame.toUser();
      num(m[0]).num(m[1]).num(m[2]).num(m[3]).num(m[4]).num(m[5]).ops.append("cm\n");
    }
    List<double[]> baselines = debugOverlay ? new ArrayList<>() : List.of();
    for (TextLayerLine line : lines) {
      writeLine(frame, line, baselines);
    }
    if (debugOverlay) {
      writeDebug(frame, lines, baselines);
    }
    ops.append("Q\n");
    return ops.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** One line as one text object; {@code baselines} collects each word's drawn baseline for the overlay. */
  private void writeLine(PageFrame frame, TextLayerLine line, List<double[]> baselines) {
    List<Word> words = new ArrayList<>(line.words().size());
    for (Word word : line.words()) {
      Quad q = word.polygon();
      if (!word.text().isEmpty() && q != null && q.allFinite()) {
        words.add(word);
      }
    }
    int n = words.size();
    if (n == 0) {
      return;
    }
    // Corners in display points, four per word in the provider's vertex order.
    double[] x = new double[4 * n];
    double[] y = new double[4 * n];
    for (int j = 0; j < n; j++) {
      List<Point> v = words.get(j).polygon().vertices();
      for (int k = 0; k < 4; k++) {
        x[4 * j + k] = frame.displayX(v.get(k));
        y[4 * j + k] = frame.displayY(v.get(k));
      }
    }
    double[] polygon = polygonEdges(frame, line.polygon());
    double[] u = direction(x, y, n, polygon);
    double ux = u[0];
    double uy = u[1];
    double theta = Math.atan2(uy, ux);
    long quarter = Math.round(theta / (Math.PI / 2));
    double ex = ux;
    double ey = uy;
    if (Math.abs(theta - quarter * Math.PI / 2) <= Math.toRadians(SNAP_DEGREES)) {
      int q = (int) Math.floorMod(quarter, 4L);
      ex = q == 0 ? 1 : q == 2 ? -1 : 0;
      ey = q == 1 ? 1 : q == 3 ? -1 : 0;
    }
    // Up (display y points up): the text's own, and the axis'.
    double vx = -uy;
    double vy = ux;
    double fx = -ey;
    double fy = ex;

    double[] height = new double[n];
    double[] bottom = new double[n];
    double[] middle = new double[n];
    double[] start = new double[n];
    double[] end = new double[n];
    for (int j = 0; j < n; j++) {
      double minU = Double.MAX_VALUE;
      double maxU = -Double.MAX_VALUE;
      double minV = Double.MAX_VALUE;
      double maxV = -Double.MAX_VALUE;
      double minE = Double.MAX_VALUE;
      double maxE = -Double.MAX_VALUE;
      for (int k = 4 * j; k < 4 * j + 4; k++) {
        double along = x[k] * ux + y[k] * uy;
        double across = x[k] * vx + y[k] * vy;
        double axis = x[k] * ex + y[k] * ey;
        minU = Math.min(minU, along);
        maxU = Math.max(maxU, along);
        minV = Math.min(minV, across);
        maxV = Math.max(maxV, across);
        minE = Math.min(minE, axis);
        maxE = Math.max(maxE, axis);
      }
      height[j] = maxV - minV;
      bottom[j] = minV;
      middle[j] = (minU + maxU) / 2;
      start[j] = minE;
      end[j] = maxE;
    }
    double size = Math.max(median(height.clone()), 1);
    double lineBottom = median(bottom.clone());
    // Each word's point on the line's straight baseline, measured across the axis; a word well off it (a
    // table cell's second line in a row) on its own.
    double[] across = new double[n];
    boolean[] apart = new boolean[n];
    double[] wordSize = new double[n];
    for (int j = 0; j < n; j++) {
      apart[j] = Math.abs(bottom[j] - lineBottom) > APART * size;
      wordSize[j] = height[j] > LARGER * size ? height[j] : size;
      double base = (apart[j] ? bottom[j] : lineBottom) + DESCENT * wordSize[j];
      double px = middle[j] * ux + base * vx;
      double py = middle[j] * uy + base * vy;
      across[j] = px * fx + py * fy;
    }
    flatten(across, apart, size);

    // Where each word's glyphs start along the axis and how far they reach: its polygon's extent, its
    // start moved clear of the word before it where poppler would glue the two.
    double[] from = new double[n];
    double[] width = new double[n];
    for (int j = 0; j < n; j++) {
      double extent = end[j] - start[j];
      from[j] = start[j];
      width[j] = extent > 1e-3 ? extent : codeUnits(words.get(j).text()) * wordSize[j] / 2;
      if (j > 0 || (lastEx == ex && lastEy == ey)) {
        separate(from, width, j, start[j], across[j]);
      }
      lastEx = ex;
      lastEy = ey;
      lastStart = start[j];
      lastEnd = from[j] + width[j];
      lastAcross = across[j];
      lastSize = wordSize[j];
    }

    ops.append("BT\n3 Tr\n");
    double lineStart = 0;
    double lineAcross = 0;
    double currentSize = -1;
    for (int j = 0; j < n; j++) {
      String text = words.get(j).text();
      int units = codeUnits(text);
      if (wordSize[j] != currentSize) {
        currentSize = wordSize[j];
        ops.append('/').append(fontName).append(' ');
        num(currentSize).ops.append("Tf\n");
      }
      if (j == 0) {
        lineStart = round(from[j]);
        lineAcross = round(across[j]);
        num(ex).num(ey).num(fx).num(fy);
        num(lineStart * ex + lineAcross * fx).num(lineStart * ey + lineAcross * fy).ops.append("Tm\n");
      } else {
        double dx = round(from[j] - lineStart);
        double dy = round(across[j] - lineAcross);
        lineStart += dx;
        lineAcross += dy;
        num(dx).num(dy).ops.append("Td\n");
      }
      num(100 * width[j] / (units * currentSize / 2)).ops.append("Tz\n");
      hex(text).append(" Tj\n");
      if (j + 1 < n) {
        double gap = from[j + 1] - (from[j] + width[j]);
        double spaceWidth = Math.max(gap, currentSize * 0.05);
        num(100 * spaceWidth / (currentSize / 2)).ops.append("Tz\n<0020> Tj\n");
      }
      if (debugOverlay) {
        double ox = lineStart * ex + lineAcross * fx;
        double oy = lineStart * ey + lineAcross * fy;
        baselines.add(new double[] {ox, oy, ox + width[j] * ex, oy + width[j] * ey});
      }
    }
    ops.append("ET\n");
  }

  /**
   * Moves word {@code j}'s start ({@code from[j]}, shortening {@code width[j]}) to {@value #WORD_GAP} em of
   * the last word's size after the last word's end, if poppler would otherwise glue the two: the word
   * starts after the last one did, on a baseline within {@value #SAME_LINE} em of it (poppler's same
   * line), and less than that gap after its end. It keeps at least {@value #LEAST_WIDTH} of its extent.
   *
   * @param start the word's polygon's start along the axis
   * @param across the word's baseline across the axis
   */
  private void separate(double[] from, double[] width, int j, double start, double across) {
    double clear = lastEnd + WORD_GAP * lastSize;
    if (start <= lastStart
        || Math.abs(across - lastAcross) >= SAME_LINE * lastSize
        || from[j] >= clear) {
      return;
    }
    double reach = from[j] + width[j];
    double kept = Math.max(reach - clear, LEAST_WIDTH * width[j]);
    from[j] = reach - kept;
    width[j] = kept;
  }

  /**
   * The line polygon's first-to-second vertex edges summed (twice its length along the text, in display
   * points), or {@code null} without a usable polygon.
   */
  private static double @Nullable [] polygonEdges(PageFrame frame, @Nullable Quad polygon) {
    if (polygon == null || !polygon.allFinite()) {
      return null;
    }
    double rx = frame.displayX(polygon.p1()) - frame.displayX(polygon.p0())
        + frame.displayX(polygon.p2()) - frame.displayX(polygon.p3());
    double ry = frame.displayY(polygon.p1()) - frame.displayY(polygon.p0())
        + frame.displayY(polygon.p2()) - frame.displayY(polygon.p3());
    return Math.hypot(rx, ry) < 1e-6 ? null : new double[] {rx, ry};
  }

  /**
   * The line's unit direction. Which way the text runs comes from the line's polygon (the layout's
   * reading direction) if there is one, else from the words' first-to-second vertex edges. The angle comes
   * from the words' outlines: of each word's two pairs of opposite edges, both ways, the one nearest that
   * way, summed so that longer edges weigh more; the polygon's edges count as much as all its words
   * together, so that a line of one short, noisy box still follows the page. {@code (1, 0)} when nothing
   * has a length.
   */
  private static double[] direction(double[] x, double[] y, int n, double @Nullable [] polygon) {
    double rx = 0;
    double ry = 0;
    if (polygon != null) {
      rx = polygon[0];
      ry = polygon[1];
    } else {
      for (int k = 0; k < 4 * n; k += 4) {
        rx += x[k + 1] - x[k] + x[k + 2] - x[k + 3];
        ry += y[k + 1] - y[k] + y[k + 2] - y[k + 3];
      }
    }
    double length = Math.hypot(rx, ry);
    if (length < 1e-6) {
      return new double[] {1, 0};
    }
    double[] reference = {rx / length, ry / length};
    double sx = polygon == null ? 0 : polygon[0];
    double sy = polygon == null ? 0 : polygon[1];
    for (int k = 0; k < 4 * n; k += 4) {
      double ax = x[k + 1] - x[k] + x[k + 2] - x[k + 3];
      double ay = y[k + 1] - y[k] + y[k + 2] - y[k + 3];
      double bx = x[k] - x[k + 3] + x[k + 1] - x[k + 2];
      double by = y[k] - y[k + 3] + y[k + 1] - y[k + 2];
      double a = cosine(ax, ay, reference);
      double b = cosine(bx, by, reference);
      if (Math.abs(a) >= Math.abs(b)) {
        sx += Math.signum(a) * ax;
        sy += Math.signum(a) * ay;
      } else {
        sx += Math.signum(b) * bx;
        sy += Math.signum(b) * by;
      }
    }
    double sum = Math.hypot(sx, sy);
    return sum < 1e-6 ? reference : new double[] {sx / sum, sy / sum};
  }

  private static double cosine(double x, double y, double[] unit) {
    double length = Math.hypot(x, y);
    return length < 1e-9 ? 0 : (x * unit[0] + y * unit[1]) / length;
  }

  /**
   * Moves the words' baselines ({@code across}, one per word; those {@code apart} stay) towards the middle
   * of their spread: flat if no word moves more than {@value #SMALL_SHIFT} em; else spread over at most
   * {@value #LINE_SPREAD} em (and {@value #LINE_SPREAD_POINTS} pt) with no word moved more than {@value
   * #LARGE_SHIFT} em; else moved exactly that much at the ends.
   */
  static void flatten(double[] across, boolean[] apart, double size) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int j = 0; j < across.length; j++) {
      if (!apart[j]) {
        min = Math.min(min, across[j]);
        max = Math.max(max, across[j]);
      }
    }
    double spread = max - min;
    if (!(spread > 0)) {
      return;
    }
    double joined = Math.min(LINE_SPREAD * size, LINE_SPREAD_POINTS);
    double small = spread - 2 * SMALL_SHIFT * size;
    double target = small <= joined ? Math.max(0, small) : Math.max(joined, spread - 2 * LARGE_SHIFT * size);
    double middle = (min + max) / 2;
    double scale = target / spread;
    for (int j = 0; j < across.length; j++) {
      if (!apart[j]) {
        across[j] = middle + (across[j] - middle) * scale;
      }
    }
  }

  /** The median of {@code values}, which it sorts. */
  private static double median(double[] values) {
    Arrays.sort(values);
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }

  /** Red word outlines and blue baselines (where each word's glyphs stand), 1 pt wide. */
  private void writeDebug(PageFrame frame, List<TextLayerLine> lines, List<double[]> baselines) {
    ops.append("1 w\n1 0 0 RG\n");
    for (TextLayerLine line : lines) {
      for (Word word : line.words()) {
        Quad q = word.polygon();
        if (q == null || !q.allFinite()) {
          continue;
        }
        point(frame, q.p0()).ops.append("m\n");
        point(frame, q.p1()).ops.append("l\n");
        point(frame, q.p2()).ops.append("l\n");
        point(frame, q.p3()).ops.append("l\nh S\n");
      }
    }
    ops.append("0 0 1 RG\n");
    for (double[] b : baselines) {
      num(b[0]).num(b[1]).ops.append("m\n");
      num(b[2]).num(b[3]).ops.append("l S\n");
    }
  }

  private TextLayerContent point(PageFrame frame, Point p) {
    return num(frame.displayX(p)).num(frame.displayY(p));
  }

  /** How many 2-byte codes {@link #hex} writes for {@code text}. */
  static int codeUnits(String text) {
    return text.codePointCount(0, text.length());
  }

  private StringBuilder hex(String text) {
    ops.append('<');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int code =
          cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)
              ? 0xFFFD
              : Character.isISOControl(cp) ? 0x20 : cp;
      ops.append(HEX[(code >> 12) & 0xF])
          .append(HEX[(code >> 8) & 0xF])
          .append(HEX[(code >> 4) & 0xF])
          .append(HEX[code & 0xF]);
    }
    return ops.append('>');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** {@code value} as {@link #num} writes it: at most 4 decimals. */
  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /** Appends {@code value} with at most 4 decimals, and a space. */
  private TextLayerContent num(double value) {
    long scaled = Math.round(value * 10_000);
    if (scaled < 0) {
      ops.append('-');
      scaled = -scaled;
    }
    ops.append(scaled / 10_000);
    long fraction = scaled % 10_000;
    if (fraction != 0) {
      ops.append('.');
      // Digit by digit, up to the last that is not 0 (no string per number: a page writes hundreds).
      for (long unit = 1_000; fraction != 0; unit /= 10) {
        ops.append((char) ('0' + fraction / unit));
        fraction %= unit;
      }
    }
    ops.append(' ');
    return this;
  }
}
