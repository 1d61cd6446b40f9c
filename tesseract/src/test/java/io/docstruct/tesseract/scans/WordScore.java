package io.docstruct.tesseract.scans;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well an OCR answer reads a scan whose lines are known: word recall (the share of the known words found,
 * as words, on their line) and character error rate (edit distance of each line as read against the line as
 * known, over the known characters). A word read belongs to the known line whose box holds its centre, so
 * the score checks where the words are as well as what they say, and a different reading order costs
 * nothing. Texts are compared in Unicode NFC, upper-cased, spaces collapsed.
 *
 * <pre>{@code
 * WordScore s = WordScore.of(entry.lines(), words);   // words: text and centre in the image's pixels
 * s.recall(); s.cer();
 * WordScore total = WordScore.sum(scores);
 * }</pre>
 *
 * @param truthWords the known words
 * @param found the known words read as words on their line
 * @param truthChars the known characters (line texts with their single spaces)
 * @param edits the edits that turn the lines as read into the lines as known
 */
public record WordScore(int truthWords, int found, int truthChars, int edits) {

  /** A word as an OCR engine read it: its text and the centre of its polygon. */
  public record ReadWord(String text, double x, double y) {}

  public double recall() {
    return truthWords == 0 ? 1 : (double) found / truthWords;
  }

  public double cer() {
    return truthChars == 0 ? 0 : (double) edits / truthChars;
  }

  public static WordScore sum(List<WordScore> scores) {
    int w = 0;
    int f = 0;
    int c = 0;
    int e = 0;
    for (WordScore s : scores) {
      w += s.truthWords;
      f += s.found;
      c += s.truthChars;
      e += s.edits;
    }
    return new WordScore(w, f, c, e);
  }

  public static WordScore of(List<TruthLine> lines, List<ReadWord> words) {
    List<List<ReadWord>> byLine = assign(lines, words);
    int truthWords = 0;
    int found = 0;
    int truthChars = 0;
    int edits = 0;
    for (int i = 0; i < lines.size(); i++) {
      String truth = normal(lines.get(i).text());
      List<String> texts = texts(byLine.get(i));
      String[] known = truth.split(" ");
      truthWords += known.length;
      found += known.length - missed(known, texts).size();
      truthChars += truth.length();
      edits += distance(String.join(" ", texts), truth);
    }
    return new WordScore(truthWords, found, truthChars, edits);
  }

  /**
   * The lines with a known word not read, each as {@code known ⟶ read (missed: …)}: what the score counts
   * against an engine, to see why.
   */
  public static List<String> misses(List<TruthLine> lines, List<ReadWord> words) {
    List<List<ReadWord>> byLine = assign(lines, words);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String truth = normal(lines.get(i).text());
      List<String> texts = texts(byLine.get(i));
      List<String> missed = missed(truth.split(" "), texts);
      if (!missed.isEmpty()) {
        out.add(truth + " ⟶ " + String.join(" ", texts) + " (missed: " + String.join(" ", missed) + ")");
      }
    }
    return out;
  }

  /** Each known line's words as read: a word belongs to the first line whose box holds its centre. */
  private static List<List<ReadWord>> assign(List<TruthLine> lines, List<ReadWord> words) {
    List<List<ReadWord>> byLine = new ArrayList<>();
    lines.forEach(l -> byLine.add(new ArrayList<>()));
    for (ReadWord word : words) {
      int best = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(word.x(), word.y(), 0)) {
          best = i;
          break;
        }
      }
      if (best < 0) {
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).contains(word.x(), word.y(), lines.get(i).height() * 0.35)) {
            best = i;
            break;
          }
        }
      }
      if (best >= 0) {
        byLine.get(best).add(word);
      }
    }
    return byLine;
  }

  /** A line's words as read, left to right, normalised. */
  private static List<String> texts(List<ReadWord> read) {
    List<ReadWord> sorted = new ArrayList<>(read);
    sorted.sort(Comparator.comparingDouble(ReadWord::x));
    List<String> texts = new ArrayList<>();
    for (ReadWord w : sorted) {
      texts.add(normal(w.text()));
    }
    return texts;
  }

  /** The known words not among those read (each read word accounts for one known word). */
  private static List<String> missed(String[] known, List<String> texts) {
    Map<String, Integer> available = new HashMap<>();
    texts.forEach(t -> available.merge(t, 1, Integer::sum));
    List<String> missed = new ArrayList<>();
    for (String t : known) {
      Integer n = available.get(t);
      if (n != null && n > 0) {
        available.put(t, n - 1);
      } else {
        missed.add(t);
      }
    }
    return missed;
  }

  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  /** Levenshtein distance over code points. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[y.length];
  }
}
