package io.docstruct.tesseract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the syllables Tesseract splits Korean words into, from the geometry of the line alone. Tesseract's
 * Korean model often reports each syllable of {@code 행복마트} as a word of its own; on the page, the syllables
 * of one word sit closer together than the words of the line do. So the line's own spacing decides: two
 * neighbours are one word when the gap between them is small against the text's height and clearly smaller
 * than the line's word spaces, and one of them ends or starts with Hangul (English words and numbers are
 * never joined: Tesseract separates those itself).
 *
 * <pre>{@code
 * List<TsvWord> line = …;                 // 행 복 마 트 역 삼 점
 * HangulJoiner.join(line);                // 행복마트 역삼점
 * }</pre>
 *
 * <p>The joined word's box is the union of its parts' boxes, its confidence the lowest of theirs.
 */
final class HangulJoiner {
  /** A gap below this many text heights is always within a word (a syllable's own side bearings). */
  static final double ALWAYS_JOINED = 0.12;
  /** A gap above this many text heights is never within a word (padded boxes leave syllable gaps of 0.8). */
  static final double NEVER_JOINED = 0.8;

  private HangulJoiner() {}

  /**
   * The line with split words joined: where Tesseract's own text says whether there is a space, as it says
   * (its blanks come from the gaps between the glyphs' outlines against the row's estimated space, measured
   * before the TSV's boxes are rounded and padded); otherwise from the boxes' geometry ({@link
   * #joinByGeometry}).
   */
  static List<TsvWord> join(List<TsvWord> line) {
    if (line.size() < 2) {
      return line;
    }
    boolean spaced = true;
    for (int i = 1; i < line.size(); i++) {
      spaced &= line.get(i).spaceBefore() != null;
    }
    if (!spaced) {
      return joinByGeometry(line);
    }
    List<TsvWord> joined = new ArrayList<>(line.size());
    TsvWord current = line.get(0);
    for (int i = 1; i < line.size(); i++) {
      TsvWord next = line.get(i);
      if (Boolean.FALSE.equals(next.spaceBefore()) && next.left() >= current.left()) {
        current = merge(current, next);
      } else {
        joined.add(current);
        current = next;
      }
    }
    joined.add(current);
    return joined;
  }

  /** The line with split Korean words joined from the boxes' geometry alone. */
  static List<TsvWord> joinByGeometry(List<TsvWord> line) {
    if (line.size() < 2) {
      return line;
    }
    double height = textHeight(line);
    double cut = cut(line, height);
    List<TsvWord> joined = new ArrayList<>(line.size());
    TsvWord current = line.get(0);
    for (int i = 1; i < line.size(); i++) {
      TsvWord next = line.get(i);
      int gap = next.left() - current.right();
      boolean hangul = endsWithHangul(current.text()) || startsWithHangul(next.text());
      if (hangul && gap < cut && next.left() >= current.left()) {
        current = merge(current, next);
      } else {
        joined.add(current);
        current = next;
      }
    }
    joined.add(current);
    return joined;
  }

  /**
   * The gap below which neighbours are one word: between {@link #ALWAYS_JOINED} and {@link #NEVER_JOINED}
   * text heights, at the widest break in the line's sorted gaps (syllable gaps on one side, word spaces on
   * the other) when the line has one of at least 0.15 text heights; otherwise 0.3 text heights.
   */
  static double cut(List<TsvWord> line, double height) {
    double low = ALWAYS_JOINED * height;
    double high = NEVER_JOINED * height;
    double[] gaps = new double[line.size() - 1];
    for (int i = 1; i < line.size(); i++) {
      gaps[i - 1] = line.get(i).left() - line.get(i - 1).right();
    }
    Arrays.sort(gaps);
    double best = 0;
    double cut = 0.3 * height;
    for (int i = 1; i < gaps.length; i++) {
      double a = Math.max(gaps[i - 1], 0);
      double b = gaps[i];
      if (b <= low || a >= high) {
        continue;
      }
      double jump = b - a;
      if (jump > best && jump >= 0.15 * height) {
        best = jump;
        cut = (a + b) / 2;
      }
    }
    return Math.max(low, Math.min(high, cut));
  }

  /** The median height of the line's Hangul words, or of all its words when it has none. */
  private static double textHeight(List<TsvWord> line) {
    List<Integer> heights = new ArrayList<>();
    for (TsvWord w : line) {
      if (startsWithHangul(w.text())) {
        heights.add(w.height());
      }
    }
    if (heights.isEmpty()) {
      line.forEach(w -> heights.add(w.height()));
    }
    heights.sort(null);
    return heights.get(heights.size() / 2);
  }

  /** One word of two neighbours: the union of their boxes, their texts without a space, the lower confidence. */
  static TsvWord merge(TsvWord a, TsvWord b) {
    int left = Math.min(a.left(), b.left());
    int top = Math.min(a.top(), b.top());
    int right = Math.max(a.right(), b.right());
    int bottom = Math.max(a.top() + a.height(), b.top() + b.height());
    return new TsvWord(a.line(), left, top, right - left, bottom - top, Math.min(a.confidence(), b.confidence()),
        a.text() + b.text(), a.spaceBefore());
  }

  static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }

  private static boolean startsWithHangul(String text) {
    return !text.isEmpty() && isHangul(text.codePointAt(0));
  }

  private static boolean endsWithHangul(String text) {
    return !text.isEmpty() && isHangul(text.codePointBefore(text.length()));
  }
}
