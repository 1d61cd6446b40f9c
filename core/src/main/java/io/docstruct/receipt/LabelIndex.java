package io.docstruct.receipt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ReceiptLabels} table compiled for matching: labels normalised as lines are ({@link #normalize}),
 * grouped by their first character, longest first. {@link #find} gives the leftmost-longest matches of a line.
 * Address words written {@code -로} (a word's ending) and {@code #####} (a number of five digits) are kept apart
 * and matched word by word ({@link #addressWord}).
 */
final class LabelIndex {
  /**
   * One label.
   *
   * @param kind what it labels
   * @param language its language
   * @param label as the table writes it
   * @param key normalised
   * @param rank its place among the labels of its kind and language (0 is preferred)
   * @param wordStart whether it must start at a word boundary (it starts with a Latin letter or digit)
   * @param wordEnd whether it must end at a word boundary (it ends with a Latin letter)
   * @param digitEnd whether it ends with a digit (then no digit may follow)
   * @param whole whether it matches whole words only, whatever its script (the table writes it {@code =합겨})
   */
  record Entry(
      ReceiptLabels.Kind kind, String language, String label, String key, int rank, boolean wordStart,
      boolean wordEnd, boolean digitEnd, boolean whole) {}

  /**
   * A label found in a normalised line.
   *
   * @param entry the label
   * @param start index of its first character in the normalised line
   * @param end index after its last character
   */
  record Match(Entry entry, int start, int end) {
    ReceiptLabels.Kind kind() {
      return entry.kind();
    }
  }

  private static final Entry[] NONE = new Entry[0];

  private final Entry[][] ascii = new Entry[128][];
  private final Map<Character, Entry[]> other = new HashMap<>();
  private final List<Entry> suffixes = new ArrayList<>();
  private final List<Entry> digitRuns = new ArrayList<>();

  private LabelIndex(List<Entry> entries) {
    Map<Character, List<Entry>> byFirst = new HashMap<>();
    for (Entry e : entries) {
      byFirst.computeIfAbsent(e.key().charAt(0), c -> new ArrayList<>()).add(e);
    }
    Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> -e.key().length())
        .thenComparing(e -> e.kind().ordinal());
    byFirst.forEach((c, list) -> {
      list.sort(longestFirst);
      Entry[] array = list.toArray(NONE);
      if (c < 128) {
        ascii[c] = array;
      } else {
        other.put(c, array);
      }
    });
  }

  /** The table compiled. */
  static LabelIndex of(ReceiptLabels labels) {
    List<Entry> entries = new ArrayList<>();
    List<Entry> suffixes = new ArrayList<>();
    List<Entry> digitRuns = new ArrayList<>();
    for (ReceiptLabels.Kind kind : ReceiptLabels.Kind.values()) {
      for (String language : labels.languages()) {
        List<String> list = labels.labels(kind, language);
        for (int rank = 0; rank < list.size(); rank++) {
          String label = list.get(rank);
          if (kind == ReceiptLabels.Kind.ADDRESS_WORD && label.length() > 1 && label.startsWith("-")) {
            suffixes.add(new Entry(kind, language, label, normalize(label.substring(1)), rank, false, false, false,
                false));
            continue;
          }
          if (kind == ReceiptLabels.Kind.ADDRESS_WORD && label.chars().allMatch(c -> c == '#')) {
            digitRuns.add(new Entry(kind, language, label, label, rank, true, true, true, false));
            continue;
          }
          boolean whole = label.length() > 1 && label.startsWith("=");
          String key = normalize(whole ? label.substring(1) : label);
          if (key.isEmpty()) {
            continue;
          }
          char first = key.charAt(0);
          char last = key.charAt(key.length() - 1);
          entries.add(new Entry(kind, language, label, key, rank, latinAlnum(first), latinLetter(last),
              Character.isDigit(last), whole));
        }
      }
    }
    LabelIndex index = new LabelIndex(entries);
    index.suffixes.addAll(suffixes);
    index.digitRuns.addAll(digitRuns);
    return index;
  }

  /**
   * The labels in a normalised line, leftmost first, each the longest that matches where it starts, none
   * overlapping.
   */
  List<Match> find(String line) {
    return find(line, null);
  }

  /**
   * {@link #find(String)} on a line whose characters come from words ({@code wordOf[i]} is the word of
   * character {@code i}, -1 for a space): a label that runs over into the next word must start where a word
   * starts, so that {@code 국민카드 승인번호} holds {@code 승인번호}, not {@code 카드승인}.
   */
  List<Match> find(String line, int @Nullable [] wordOf) {
    List<Match> out = null;
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (i > 0 && latinAlnum(c) && latinAlnum(line.charAt(i - 1))) {
        i++; // inside a Latin word: every label that starts with a Latin letter or digit starts a word
        continue;
      }
      Entry[] candidates = c < 128 ? ascii[c] : other.get(c);
      Match found = null;
      if (candidates != null) {
        for (Entry e : candidates) {
          int end = i + e.key().length();
          if (end <= n && line.startsWith(e.key(), i) && boundaries(line, i, end, e)
              && (wordOf == null || wordStartOrWithin(wordOf, i, end))
              && (!e.whole() || wholeWords(line, wordOf, i, end))) {
            found = new Match(e, i, end);
            break;
          }
        }
      }
      if (found != null) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(found);
        i = found.end();
      } else {
        i++;
      }
    }
    return out == null ? List.of() : out;
  }

  /** The address word a single normalised word is, by its ending or as a run of digits, or {@code null}. */
  @Nullable Entry addressWord(String word) {
    if (!digitRuns.isEmpty() && !word.isEmpty()) {
      int digits = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isDigit(c)) {
          digits++;
        } else if (Character.isLetter(c)) {
          digits = -1;
          break;
        }
      }
      for (Entry e : digitRuns) {
        if (digits == e.key().length()) {
          return e;
        }
      }
    }
    if (suffixes.isEmpty()) {
      return null;
    }
    int end = word.length();
    while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
      end--;
    }
    if (end < 2) {
      return null;
    }
    String stem = word.substring(0, end);
    for (Entry e : suffixes) {
      if (stem.endsWith(e.key()) && stem.length() > e.key().length()) {
        return e;
      }
    }
    return null;
  }

  private static boolean wordStartOrWithin(int[] wordOf, int start, int end) {
    int first = wordOf[start];
    if (first < 0 || wordOf[end - 1] == first || start == 0) {
      return true;
    }
    int before = wordOf[start - 1];
    return before != first;
  }

  /**
   * Whether {@code [start, end)} holds whole words: no letter of the same word just before or after it (the
   * words a line's characters come from tell where a space between Hangul was dropped; without them, any
   * letter next to it is part of the same word).
   */
  private static boolean wholeWords(String line, int @Nullable [] wordOf, int start, int end) {
    boolean before = start == 0 || !Character.isLetter(line.charAt(start - 1))
        || wordOf != null && wordOf[start - 1] != wordOf[start];
    boolean after = end == line.length() || !Character.isLetter(line.charAt(end))
        || wordOf != null && wordOf[end] != wordOf[end - 1];
    return before && after;
  }

  private static boolean boundaries(String line, int start, int end, Entry e) {
    if (e.wordStart() && start > 0 && latinAlnum(line.charAt(start - 1))) {
      return false;
    }
    if (end < line.length()) {
      char next = line.charAt(end);
      if (e.wordEnd() && latinLetter(next)) {
        return false;
      }
      if (e.digitEnd() && Character.isDigit(next)) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} upper-cased, spaces next to punctuation or between CJK characters dropped, others single. */
  static String normalize(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
        pending = true;
        continue;
      }
      append(sb, Character.toUpperCase(c), pending);
      pending = false;
    }
    return sb.toString();
  }

  /** Appends {@code c} (already upper-cased), with one space before it when a space was pending and counts. */
  static boolean append(StringBuilder sb, char c, boolean pendingSpace) {
    boolean spaced = false;
    if (pendingSpace && sb.length() > 0) {
      char last = sb.charAt(sb.length() - 1);
      if (!(punctuation(last) || punctuation(c) || (cjk(last) && cjk(c)))) {
        sb.append(' ');
        spaced = true;
      }
    }
    sb.append(c);
    return spaced;
  }

  static boolean punctuation(char c) {
    return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
  }

  static boolean cjk(char c) {
    if (c < 0x1100) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
  }

  static boolean latinLetter(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  static boolean latinAlnum(char c) {
    return c < 0x250 && Character.isLetterOrDigit(c);
  }
}
