package io.docstruct.receipt;

import io.docstruct.document.Word;
import io.docstruct.geometry.Point;
import io.docstruct.geometry.Quad;
import io.docstruct.layout.Line;
import io.docstruct.layout.PlacedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * One layout line as the reader sees it: its words, where each lies along and across the text (the page's
 * rotation and skew taken out), its text normalised for labels with a map back to the words, the labels found
 * in it, and its amounts once the page's language is known.
 */
final class ReceiptLine {
  final int index;
  final List<Word> words;
  /** The words' texts joined by one space, as printed. */
  final String text;
  /** Where each word starts in {@link #text}. */
  final int[] textStart;
  final String norm;
  /** The word each character of {@link #norm} comes from, -1 for an inserted space. */
  final int[] normWord;
  final List<LabelIndex.Match> labels;
  /** Per word: start and end along the text, top and bottom across it (NaN without a polygon). */
  final double[] x0;
  final double[] x1;
  final double top;
  final double bottom;
  final int digits;
  /** Per word: the amount it shows, or null; filled by the reader. */
  Amount[] amounts;
  /** The first date of the line in the page's style, once looked up ({@link #dateLooked}). */
  io.docstruct.number.PrintedDate.@org.jspecify.annotations.Nullable Found date;
  boolean dateLooked;

  /**
   * An amount printed as one word.
   *
   * @param value the number
   * @param strong whether it looks like money (grouped, with decimals or a currency sign), not a count
   */
  record Amount(java.math.BigDecimal value, boolean strong) {}

  ReceiptLine(int index, Line line, LabelIndex index2, double ux, double uy) {
    this.index = index;
    List<Word> ws = new ArrayList<>(line.words().size());
    for (PlacedWord pw : line.words()) {
      if (!pw.word().text().isBlank()) {
        ws.add(pw.word());
      }
    }
    this.words = ws;
    int n = ws.size();
    textStart = new int[n];
    StringBuilder t = new StringBuilder();
    StringBuilder nb = new StringBuilder();
    int[] map = new int[16];
    x0 = new double[n];
    x1 = new double[n];
    double lo = Double.NaN;
    double hi = Double.NaN;
    int digitCount = 0;
    for (int w = 0; w < n; w++) {
      String s = ws.get(w).text();
      if (w > 0) {
        t.append(' ');
      }
      textStart[w] = t.length();
      t.append(s);
      boolean pending = w > 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
          digitCount++;
        }
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
          pending = true;
          continue;
        }
        if (map.length < nb.length() + 2) {
          map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
        }
        if (LabelIndex.append(nb, Character.toUpperCase(c), pending)) {
          map[nb.length() - 2] = -1;
        }
        map[nb.length() - 1] = w;
        pending = false;
      }
      Quad q = ws.get(w).polygon();
      if (q != null && q.allFinite()) {
        double a = Double.POSITIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        double c = Double.POSITIVE_INFINITY;
        double d = Double.NEGATIVE_INFINITY;
        for (Point p : q.vertices()) {
          double along = p.x() * ux + p.y() * uy;
          double across = -p.x() * uy + p.y() * ux;
          a = Math.min(a, along);
          b = Math.max(b, along);
          c = Math.min(c, across);
          d = Math.max(d, across);
        }
        x0[w] = a;
        x1[w] = b;
        lo = Double.isNaN(lo) ? c : Math.min(lo, c);
        hi = Double.isNaN(hi) ? d : Math.max(hi, d);
      } else {
        x0[w] = Double.NaN;
        x1[w] = Double.NaN;
      }
    }
    text = t.toString();
    norm = nb.toString();
    normWord = java.util.Arrays.copyOf(map, norm.length());
    labels = index2.find(norm, normWord);
    top = lo;
    bottom = hi;
    digits = digitCount;
  }

  /** The first word a label covers. */
  int firstWord(LabelIndex.Match m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (normWord[i] >= 0) {
        return normWord[i];
      }
    }
    return 0;
  }

  /** The last word a label covers. */
  int lastWord(LabelIndex.Match m) {
    for (int i = m.end() - 1; i >= m.start(); i--) {
      if (normWord[i] >= 0) {
        return normWord[i];
      }
    }
    return words.size() - 1;
  }

  /** The word at a character of {@link #text}. */
  int wordAt(int textIndex) {
    int w = 0;
    while (w + 1 < textStart.length && textStart[w + 1] <= textIndex) {
      w++;
    }
    return w;
  }

  /** Whether a label of {@code kind} is in the line. */
  boolean has(ReceiptLabels.Kind kind) {
    for (LabelIndex.Match m : labels) {
      if (m.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** How many labels of {@code kind} are in the line. */
  int count(ReceiptLabels.Kind kind) {
    int c = 0;
    for (LabelIndex.Match m : labels) {
      if (m.kind() == kind) {
        c++;
      }
    }
    return c;
  }

  /**
   * The first word after {@code m} that the next label on the line starts at, or the word count. Markers that
   * stand inside values (an address word, a company form, a tax-free mark) end no value.
   */
  int segmentEnd(LabelIndex.Match m) {
    for (LabelIndex.Match other : labels) {
      if (other.start() >= m.end() && !marker(other)) {
        int w = firstWord(other);
        if (w > lastWord(m)) {
          return w;
        }
      }
    }
    return words.size();
  }

  /** Whether a label marks part of a value rather than labelling one. */
  static boolean marker(LabelIndex.Match m) {
    return m.kind() == ReceiptLabels.Kind.ADDRESS_WORD || m.kind() == ReceiptLabels.Kind.COMPANY_SUFFIX
        || m.kind() == ReceiptLabels.Kind.TAX_FREE_MARKER;
  }

  /** The next label (not a marker) on the line after {@code m} that starts on a later word, or {@code null}. */
  LabelIndex.@org.jspecify.annotations.Nullable Match nextLabel(LabelIndex.Match m) {
    for (LabelIndex.Match other : labels) {
      if (other.start() >= m.end() && !marker(other) && firstWord(other) > lastWord(m)) {
        return other;
      }
    }
    return null;
  }

  /** Whether any word of the line has a strong amount. */
  boolean hasStrongAmount() {
    for (Amount a : amounts) {
      if (a != null && a.strong()) {
        return true;
      }
    }
    return false;
  }

  /** Words {@code [from, to)} joined by spaces. */
  String join(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int w = from; w < to; w++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(words.get(w).text());
    }
    return sb.toString();
  }

  /** The middle of the line across the text, NaN without polygons. */
  double middle() {
    return (top + bottom) / 2;
  }

  @Override
  public String toString() {
    return index + ": " + text;
  }
}
