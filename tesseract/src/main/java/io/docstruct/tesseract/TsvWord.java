package io.docstruct.tesseract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One word of Tesseract's TSV output (level 5), in the pixels of the image Tesseract read, with the line it
 * belongs to.
 *
 * @param line the line's key: block, paragraph and line number, unique on the page
 * @param left left edge
 * @param top top edge
 * @param width width
 * @param height height
 * @param confidence Tesseract's confidence, 0–100
 * @param text the word
 * @param spaceBefore whether Tesseract's own text puts a space between this word and the one before it on
 *     its line ({@code null} when its text could not be lined up with its TSV, or for a line's first word)
 */
record TsvWord(
    String line, int left, int top, int width, int height, double confidence, String text,
    @Nullable Boolean spaceBefore) {

  int right() {
    return left + width;
  }

  TsvWord withSpaceBefore(@Nullable Boolean space) {
    return new TsvWord(line, left, top, width, height, confidence, text, space);
  }

  /**
   * The words of one page as {@code tesseract … tsv txt} writes them to standard output (the TSV, then the
   * plain text), grouped into lines in Tesseract's order. Blank words (Tesseract lists a line of spaces as
   * words) are dropped, and lines left empty with them. Each word after a line's first says whether the plain
   * text puts a space before it: the TSV lists a Korean word's syllables as words of their own, and the
   * plain text, where Tesseract's row spacing decides the blanks, keeps them together. Full-width Latin
   * letters, digits and signs ({@code Ｌ}, {@code ２}, {@code （}) are read as the ASCII ones: Tesseract's Korean
   * model writes them for printed ASCII ({@code 생수 2L} comes back {@code 생수 2Ｌ}).
   *
   * @throws IllegalArgumentException when the output does not start with Tesseract's TSV header
   */
  static List<List<TsvWord>> lines(String output) {
    Map<String, List<TsvWord>> lines = new LinkedHashMap<>();
    String[] rows = output.split("\n");
    if (rows.length == 0 || !rows[0].startsWith("level\t")) {
      throw new IllegalArgumentException("not Tesseract's TSV output: it does not start with the header row");
    }
    StringBuilder plain = new StringBuilder();
    for (int i = 1; i < rows.length; i++) {
      String row = rows[i];
      if (row.chars().filter(c -> c == '\t').count() < 11) {
        plain.append(row).append('\n');
        continue;
      }
      if (!row.startsWith("5\t")) {
        continue;
      }
      String[] c = row.split("\t", 12);
      if (c.length < 12) {
        throw new IllegalArgumentException("TSV row " + (i + 1) + " has " + c.length + " columns, not 12");
      }
      String text = c[11].strip();
      if (text.isEmpty()) {
        continue;
      }
      String key = c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4];
      TsvWord word = new TsvWord(key, Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]),
          Integer.parseInt(c[9]), Double.parseDouble(c[10]), text, null);
      lines.computeIfAbsent(key, k -> new ArrayList<>()).add(word);
    }
    List<List<TsvWord>> result = new ArrayList<>(lines.values());
    List<List<TsvWord>> spaced = spaces(result, plain.toString());
    List<List<TsvWord>> out = new ArrayList<>(result.size());
    for (List<TsvWord> line : spaced != null ? spaced : result) {
      out.add(line.stream().map(w -> w.withText(halfWidth(w.text()))).toList());
    }
    return out;
  }

  private TsvWord withText(String newText) {
    return newText.equals(text) ? this : new TsvWord(line, left, top, width, height, confidence, newText, spaceBefore);
  }

  /** The text with the full-width forms of ASCII (U+FF01–U+FF5E) and the ideographic space as ASCII. */
  static String halfWidth(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char ascii = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (ascii != c && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(ascii);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The lines with each word's {@link #spaceBefore} read from the plain text, walking both in order; {@code
   * null} when the two do not hold the same characters in the same order (nothing is guessed then).
   */
  private static @Nullable List<List<TsvWord>> spaces(List<List<TsvWord>> lines, String text) {
    if (text.isBlank()) {
      return null;
    }
    int at = 0;
    List<List<TsvWord>> out = new ArrayList<>(lines.size());
    for (List<TsvWord> line : lines) {
      List<TsvWord> words = new ArrayList<>(line.size());
      for (int i = 0; i < line.size(); i++) {
        TsvWord w = line.get(i);
        boolean blank = false;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
          blank = true;
          at++;
        }
        if (!text.startsWith(w.text(), at)) {
          return null;
        }
        at += w.text().length();
        words.add(i == 0 ? w : w.withSpaceBefore(blank));
      }
      out.add(words);
    }
    return out;
  }
}
