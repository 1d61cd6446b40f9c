package io.docstruct.clova.adapt;

import io.docstruct.document.Field;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.NamedField;
import io.docstruct.document.fields.PassportFields;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words of a Document OCR page, derived from its values. CLOVA's Document OCR models (receipt, credit card,
 * name card, business license, ID card, medical receipt, passport) answer typed values with polygons and no
 * word list; these words let reading-order text, the searchable PDF's text layer and redaction work on those
 * pages as on any other. Each word names its value in {@link Word#derivedFrom()} and carries the value's
 * confidence ({@code null} when the value has none); it has no line-break hint, so layout, not the order of
 * the values, decides the reading order.
 *
 * <ul>
 *   <li><b>Which values.</b> Every value of {@link DocumentFields#namedFields()} whose text is not blank, in
 *       that order: store, payment, every item's name, code, count, unit price and price, sub totals, total;
 *       every name card, business license and ID card value; a medical receipt's key and value cells.
 *       Printed labels ({@code keyText}) come without a polygon and stay in {@link Field#label()}; place
 *       matches ({@code poiInfo}) and an ID card's regions of interest are not text printed on the page.
 *   <li><b>One polygon:</b> one word holding the value's whole text, spaces included (a run of whitespace,
 *       line breaks too, becomes one space).
 *   <li><b>Several polygons</b> (one per printed word): the polygons are put in reading order along their own
 *       baseline (lines, then along the line), because the provider lists them by position, not in text
 *       order (a real two-line address comes interleaved); the text's whitespace-separated tokens are then
 *       given to them in order. As many tokens as polygons: one each. More tokens: neighbouring tokens share
 *       a polygon, cut where the tokens' estimated widths (a Hangul or CJK character counts 1, any other
 *       0.55) best match the polygons' widths. Fewer tokens: neighbouring polygons are merged (the box around
 *       them along their baseline) under one token, cut the same way. No token is ever dropped.
 *   <li><b>No usable polygon:</b> one word without a polygon that ends its line; layout puts such words after
 *       the placed ones, in this order. A passport answer has no geometry at all and every value is decoded
 *       from the MRZ, so its words are the MRZ lines ({@code mrzLines}), one per line; without them, each
 *       value's raw text.
 *   <li><b>Duplicates.</b> A word is dropped when an earlier word has the same text (whitespace ignored) and
 *       their boxes overlap by at least half of the smaller one: two values reporting one printed region, such
 *       as a medical receipt's key cell shared by the values under it. A word is compared with at most {@value
 *       #MAX_COMPARED} earlier words of its text, so a hostile answer stays linear (beyond that, a duplicate
 *       may stay; text is never lost).
 * </ul>
 *
 * <pre>{@code
 * List<Word> words = FieldWords.of(fields);   // empty when no value has text
 * }</pre>
 */
final class FieldWords {
  /** Earlier words of the same text a word is compared with when looking for duplicates. */
  static final int MAX_COMPARED = 32;

  /** Width of a character that is not Hangul or CJK, relative to one that is (em widths of common fonts). */
  private static final double NARROW = 0.55;

  private static final String MRZ_LINES = "passportResult.mrzLines";

  private FieldWords() {}

  /** The words of every value of {@code fields}, duplicates removed; immutable. */
  static List<Word> of(DocumentFields fields) {
    List<Word> words = new ArrayList<>();
    if (fields instanceof PassportFields passport && passport.mrzLines() != null
        && !passport.mrzLines().text().isBlank()) {
      for (String line : passport.mrzLines().text().split("\\R")) {
        if (!line.isBlank()) {
          words.add(unplaced(line.strip(), passport.mrzLines().confidence(), MRZ_LINES));
        }
      }
      return List.copyOf(words);
    }
    for (NamedField named : fields.namedFields()) {
      addWords(words, named.field(), named.name());
    }
    return withoutDuplicates(words);
  }

  private static void addWords(List<Word> out, Field field, String name) {
    String[] tokens = tokens(field.text());
    if (tokens.length == 0) {
      return;
    }
    String text = String.join(" ", tokens);
    List<Quad> polygons = new ArrayList<>(field.polygons().size());
    for (Quad q : field.polygons()) {
      if (q.allFinite()) {
        polygons.add(q);
      }
    }
    Double confidence = field.confidence();
    if (polygons.isEmpty()) {
      out.add(unplaced(text, confidence, name));
      return;
    }
    if (polygons.size() == 1) {
      out.add(placed(text, confidence, polygons.get(0), name));
      return;
    }
    Baseline baseline = Baseline.of(polygons);
    List<Quad> ordered = baseline.readingOrder(polygons);
    double[] polygonWidths = new double[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      polygonWidths[i] = baseline.width(ordered.get(i));
    }
    double[] tokenWidths = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      tokenWidths[i] = estimatedWidth(tokens[i]);
    }
    if (tokens.length >= ordered.size()) {
      int[] ends = cuts(tokenWidths, polygonWidths);
      int start = 0;
      for (int p = 0; p < ordered.size(); p++) {
        String joined = String.join(" ", Arrays.asList(tokens).subList(start, ends[p]));
        out.add(placed(joined, confidence, ordered.get(p), name));
        start = ends[p];
      }
    } else {
      int[] ends = cuts(polygonWidths, tokenWidths);
      int start = 0;
      for (int t = 0; t < tokens.length; t++) {
        out.add(placed(tokens[t], confidence, baseline.around(ordered.subList(start, ends[t])), name));
        start = ends[t];
      }
    }
  }

  /** The text's whitespace-separated tokens (Unicode spaces included); none for a blank text. */
  private static String[] tokens(String text) {
    List<String> tokens = new ArrayList<>(2);
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      if (isSpace(text.charAt(i))) {
        if (start >= 0) {
          tokens.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      tokens.add(start == 0 ? text : text.substring(start));
    }
    return tokens.toArray(new String[0]);
  }

  /** The text without any whitespace: what two words must share to be duplicates. */
  private static String withoutSpaces(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Whitespace, Unicode's included (an ideographic space separates tokens too). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static Word placed(String text, @Nullable Double confidence, Quad polygon, String name) {
    return new Word(text, confidence, polygon, null, WordKind.TEXT, null, name);
  }

  private static Word unplaced(String text, @Nullable Double confidence, String name) {
    return new Word(text, confidence, null, Boolean.TRUE, WordKind.TEXT, null, name);
  }

  /**
   * Splits {@code items} (their widths, in order) into {@code groups.length} consecutive, non-empty runs whose
   * widths follow the groups' widths: returns each run's end index (exclusive). Each cut is put at the item
   * boundary nearest to where the groups' cumulative share says it should be, leaving at least one item for
   * every later group. Requires {@code items.length >= groups.length >= 1}.
   */
  static int[] cuts(double[] items, double[] groups) {
    int n = items.length;
    int m = groups.length;
    double itemTotal = 0;
    for (double w : items) {
      itemTotal += Math.max(w, 0);
    }
    double groupTotal = 0;
    for (double w : groups) {
      groupTotal += Math.max(w, 0);
    }
    double[] itemShare = new double[n + 1];
    for (int i = 0; i < n; i++) {
      itemShare[i + 1] =
          itemShare[i] + (itemTotal > 0 ? Math.max(items[i], 0) / itemTotal : 1.0 / n);
    }
    int[] ends = new int[m];
    double target = 0;
    int previous = 0;
    for (int g = 0; g < m - 1; g++) {
      target += groupTotal > 0 ? Math.max(groups[g], 0) / groupTotal : 1.0 / m;
      int lowest = previous + 1;
      int highest = n - (m - 1 - g);
      int best = lowest;
      for (int c = lowest; c <= highest; c++) {
        if (Math.abs(itemShare[c] - target) < Math.abs(itemShare[best] - target)) {
          best = c;
        }
      }
      ends[g] = best;
      previous = best;
    }
    ends[m - 1] = n;
    return ends;
  }

  /** The printed width of {@code token} in ems, roughly: Hangul and CJK characters 1, any other 0.55. */
  static double estimatedWidth(String token) {
    double width = 0;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      width += isWide(cp) ? 1 : NARROW;
    }
    return width;
  }

  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || (cp >= 0xFF01 && cp <= 0xFF60); // full-width forms
  }

  /** {@code words} without the later of two words of one text on one region (see the class comment). */
  private static List<Word> withoutDuplicates(List<Word> words) {
    Map<String, List<Box>> kept = new HashMap<>(words.size() * 2);
    List<Word> out = new ArrayList<>(words.size());
    for (Word word : words) {
      Quad polygon = word.polygon();
      if (polygon == null) {
        out.add(word);
        continue;
      }
      Box box = polygon.bounds();
      List<Box> same = kept.computeIfAbsent(withoutSpaces(word.text()), k -> new ArrayList<>(1));
      boolean duplicate = false;
      for (int i = same.size() - 1, compared = 0; i >= 0 && compared < MAX_COMPARED; i--, compared++) {
        if (overlapsByHalf(same.get(i), box)) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        same.add(box);
        out.add(word);
      }
    }
    return List.copyOf(out);
  }

  /** Whether two boxes overlap by at least half of the smaller one (equal degenerate boxes do). */
  static boolean overlapsByHalf(Box a, Box b) {
    double w = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
    double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    if (w < 0 || h < 0) {
      return false;
    }
    double smaller = Math.min(a.width() * a.height(), b.width() * b.height());
    if (smaller <= 0) {
      return a.equals(b);
    }
    return w * h >= smaller / 2;
  }

  /**
   * The text direction shared by one value's polygons: {@code u} along the baseline (the mean of every
   * polygon's top and bottom edges, as the provider orders the vertices: top-left, top-right, bottom-right,
   * bottom-left of the text), {@code v} across it, pointing down the text.
   */
  private record Baseline(double ux, double uy) {

    static Baseline of(List<Quad> polygons) {
      double x = 0;
      double y = 0;
      for (Quad q : polygons) {
        x += (q.p1().x() - q.p0().x()) + (q.p2().x() - q.p3().x());
        y += (q.p1().y() - q.p0().y()) + (q.p2().y() - q.p3().y());
      }
      double length = Math.hypot(x, y);
      return length > 0 && Double.isFinite(length) ? new Baseline(x / length, y / length) : new Baseline(1, 0);
    }

    double along(Point p) {
      return p.x() * ux + p.y() * uy;
    }

    double across(Point p) {
      return -p.x() * uy + p.y() * ux;
    }

    /** The polygon's length along the baseline: the mean of its top and bottom edges. */
    double width(Quad q) {
      return Math.max(
          0,
          ((along(q.p1()) - along(q.p0())) + (along(q.p2()) - along(q.p3()))) / 2);
    }

    /**
     * The polygons as a reader reads them: grouped into lines (a polygon whose middle lies within the current
     * line's extent across the baseline joins it), lines from top to bottom, each line along the baseline.
     */
    List<Quad> readingOrder(List<Quad> polygons) {
      List<Quad> byAcross = new ArrayList<>(polygons);
      byAcross.sort(Comparator.comparingDouble(q -> across(q.centroid())));
      List<Quad> out = new ArrayList<>(polygons.size());
      List<Quad> line = new ArrayList<>();
      double top = 0;
      double bottom = 0;
      for (Quad q : byAcross) {
        double middle = across(q.centroid());
        if (!line.isEmpty() && middle > bottom) {
          flush(line, out);
        }
        if (line.isEmpty()) {
          top = Double.POSITIVE_INFINITY;
          bottom = Double.NEGATIVE_INFINITY;
        }
        line.add(q);
        for (Point p : q.vertices()) {
          top = Math.min(top, across(p));
          bottom = Math.max(bottom, across(p));
        }
      }
      flush(line, out);
      return out;
    }

    private void flush(List<Quad> line, List<Quad> out) {
      line.sort(Comparator.comparingDouble(q -> along(q.centroid())));
      out.addAll(line);
      line.clear();
    }

    /** The rectangle along the baseline that holds every vertex of {@code polygons}. */
    Quad around(List<Quad> polygons) {
      if (polygons.size() == 1) {
        return polygons.get(0);
      }
      double minAlong = Double.POSITIVE_INFINITY;
      double maxAlong = Double.NEGATIVE_INFINITY;
      double minAcross = Double.POSITIVE_INFINITY;
      double maxAcross = Double.NEGATIVE_INFINITY;
      for (Quad q : polygons) {
        for (Point p : q.vertices()) {
          minAlong = Math.min(minAlong, along(p));
          maxAlong = Math.max(maxAlong, along(p));
          minAcross = Math.min(minAcross, across(p));
          maxAcross = Math.max(maxAcross, across(p));
        }
      }
      return new Quad(
          point(minAlong, minAcross),
          point(maxAlong, minAcross),
          point(maxAlong, maxAcross),
          point(minAlong, maxAcross));
    }

    /** The page point at {@code a} along and {@code c} across the baseline. */
    private Point point(double a, double c) {
      return new Point(a * ux - c * uy, a * uy + c * ux);
    }
  }
}
