package io.docstruct.tesseract;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Commas and full stops inside numbers, decided by their glyphs on the page. At receipt resolutions
 * Tesseract often reads the comma of {@code 25,700} as a full stop ({@code 25.700}), and sometimes the full
 * stop of {@code 12.50} as a comma: the two differ by a few pixels. On the page they differ plainly: a comma's
 * tail hangs below the digits' baseline, a full stop sits on it. So, for a word that is a number with
 * separators, the small marks between its digits are found in the image Tesseract read, and each separator
 * is a comma when a good part of its mark hangs below the baseline ({@link #COMMA}) and a full stop when
 * (almost) none does ({@link #FULL_STOP}).
 *
 * <pre>{@code
 * TsvWord w = …;                                      // 25.700, read from prepared.image()
 * NumberSeparators.asPrinted(w, prepared.image());    // 25,700 when the mark has a comma's tail
 * }</pre>
 *
 * <p>Nothing is guessed: a word whose marks cannot be told apart from the digits, or whose count of marks is
 * not its count of separators, keeps Tesseract's text, and so does a mark that is neither clearly a comma nor
 * clearly a full stop (a blurred scan's).
 */
final class NumberSeparators {
  /** A number with at least one separator between digits, and nothing else but a sign. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)+");

  /**
   * A mark is a comma when at least this share of its height hangs below the digits' baseline (a third to
   * three quarters on clean and on blurred, upscaled receipts alike), and at least 2 pixels.
   */
  static final double COMMA = 0.3;

  /**
   * A mark is a full stop when at most this share of its height is below the baseline (none or a pixel of
   * anti-aliasing). Between the two, Tesseract's reading stands.
   */
  static final double FULL_STOP = 0.2;

  /** A word that ends a number with its separator: {@code 65.}, {@code RM8.}, {@code -11,}. */
  private static final java.util.regex.Pattern OPEN = java.util.regex.Pattern.compile(".*\\d[.,]");

  /** Two decimals, perhaps closed by a bracket or a colon: {@code 20}, {@code 60:}, {@code 00)}. */
  private static final java.util.regex.Pattern DECIMALS = java.util.regex.Pattern.compile("\\d\\d[):;]?");

  private NumberSeparators() {}

  /**
   * One line's words with its numbers as printed: an amount Tesseract split after its separator ({@code 65.}
   * {@code 20}, read so on fixed-pitch receipt print, where the full stop takes a whole character's width) is
   * one word again when the two decimals follow within a text height, and each number's separators are then
   * {@linkplain #asPrinted(TsvWord, BufferedImage) as their glyphs show them}.
   */
  static List<TsvWord> asPrinted(List<TsvWord> line, BufferedImage image) {
    List<TsvWord> joined = new ArrayList<>(line.size());
    for (TsvWord w : line) {
      int at = joined.size() - 1;
      if (at >= 0 && splitAmount(joined.get(at), w)) {
        joined.set(at, HangulJoiner.merge(joined.get(at), w));
      } else {
        joined.add(w);
      }
    }
    List<TsvWord> out = new ArrayList<>(joined.size());
    for (TsvWord w : joined) {
      out.add(asPrinted(w, image));
    }
    return out;
  }

  private static boolean splitAmount(TsvWord number, TsvWord decimals) {
    int gap = decimals.left() - number.right();
    return OPEN.matcher(number.text()).matches() && DECIMALS.matcher(decimals.text()).matches() && gap >= 0
        && gap <= Math.max(number.height(), decimals.height());
  }

  /** The word with its separators as its glyphs show them; the word itself when they cannot be told. */
  static TsvWord asPrinted(TsvWord word, BufferedImage image) {
    String text = word.text();
    if (!NUMBER.matcher(text).matches() || word.width() < 4 || word.height() < 8) {
      return word;
    }
    int x0 = Math.max(0, word.left());
    int y0 = Math.max(0, word.top());
    int x1 = Math.min(image.getWidth(), word.right());
    // A comma's tail can reach past the box Tesseract drew around the digits: look a little lower.
    int y1 = Math.min(image.getHeight(), word.top() + word.height() + word.height() / 3);
    if (x1 - x0 < 4 || y1 - y0 < 8) {
      return word;
    }
    List<int[]> marks = components(image.getRaster(), x0, y0, x1 - x0, y1 - y0);
    List<int[]> digits = new ArrayList<>();
    int tallest = 0;
    for (int[] c : marks) {
      tallest = Math.max(tallest, c[3] - c[1]);
    }
    List<Integer> bottoms = new ArrayList<>();
    for (int[] c : marks) {
      if (c[3] - c[1] >= 0.6 * tallest) {
        digits.add(c);
        bottoms.add(c[3]);
      }
    }
    if (digits.size() < 2 || tallest < 6) {
      return word;
    }
    bottoms.sort(null);
    int baseline = bottoms.get(bottoms.size() / 2);
    int top = digits.stream().mapToInt(c -> c[1]).sorted().toArray()[digits.size() / 2];
    double digitHeight = baseline - top;
    // The separators: small marks in the lower half of the digits, between two of them, left to right.
    List<int[]> separators = new ArrayList<>();
    for (int[] c : marks) {
      boolean small = c[3] - c[1] < 0.6 * tallest && c[2] - c[0] < 0.6 * digitHeight;
      boolean low = c[1] > top + digitHeight * 0.5 && c[1] < baseline;
      boolean between = digits.stream().anyMatch(d -> d[2] <= c[0] + 1) && digits.stream().anyMatch(d -> d[0] >= c[2] - 1);
      if (small && low && between) {
        separators.add(c);
      }
    }
    separators.sort((a, b) -> Integer.compare(a[0], b[0]));
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      count += text.charAt(i) == '.' || text.charAt(i) == ',' ? 1 : 0;
    }
    if (separators.size() != count) {
      return word;
    }
    StringBuilder out = new StringBuilder(text);
    int s = 0;
    for (int i = 0; i < out.length(); i++) {
      char ch = out.charAt(i);
      if (ch == '.' || ch == ',') {
        int[] mark = separators.get(s++);
        int below = mark[3] - baseline;
        int height = mark[3] - mark[1];
        if (below >= 2 && below >= COMMA * height) {
          out.setCharAt(i, ',');
        } else if (below <= FULL_STOP * height) {
          out.setCharAt(i, '.');
        }
      }
    }
    String printed = out.toString();
    return printed.equals(text) ? word
        : new TsvWord(word.line(), word.left(), word.top(), word.width(), word.height(), word.confidence(), printed,
            word.spaceBefore());
  }

  /**
   * The 8-connected marks of dark pixels (darker than the region's Otsu threshold) in a region of a grey
   * image, each as {@code {left, top, right, bottom}} (exclusive right and bottom), in the image's pixels.
   */
  static List<int[]> components(Raster raster, int x0, int y0, int w, int h) {
    int[] px = raster.getSamples(x0, y0, w, h, 0, new int[w * h]);
    int[] histogram = new int[256];
    for (int v : px) {
      histogram[Math.max(0, Math.min(255, v))]++;
    }
    int threshold = ImagePreparation.otsu(histogram);
    boolean[] seen = new boolean[w * h];
    int[] stack = new int[w * h];
    List<int[]> out = new ArrayList<>();
    for (int start = 0; start < px.length; start++) {
      if (seen[start] || px[start] >= threshold) {
        continue;
      }
      int[] box = {start % w, start / w, start % w + 1, start / w + 1};
      int n = 0;
      stack[n++] = start;
      seen[start] = true;
      while (n > 0) {
        int p = stack[--n];
        int x = p % w;
        int y = p / w;
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x + 1);
        box[3] = Math.max(box[3], y + 1);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            int ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
              int q = ny * w + nx;
              if (!seen[q] && px[q] < threshold) {
                seen[q] = true;
                stack[n++] = q;
              }
            }
          }
        }
      }
      out.add(new int[] {box[0] + x0, box[1] + y0, box[2] + x0, box[3] + y0});
    }
    return out;
  }
}
