package io.docstruct.verify.mrz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Opt-in repair of typical OCR-B confusions, by field type (domain reference §1.5). It lists every change
 * and never guesses: when several candidates tie, or none is within two substitutions, the field is left as
 * read and the reason is reported.
 *
 * <ul>
 *   <li>Numeric fields (dates, check digits): letters become the digits they resemble ({@code O Q U D → 0},
 *       {@code I L → 1}, {@code Z → 2}, {@code S → 5}, {@code G → 6}, {@code T → 7}, {@code B → 8}); the
 *       change is kept only if the check digit then holds.
 *   <li>Alphanumeric fields with a check digit (document number, TD3 personal number): each confusable
 *       character ({@code O ↔ 0}, {@code I ↔ 1}, {@code Z ↔ 2}, {@code S ↔ 5}, {@code B ↔ 8}) is tried
 *       both ways; the unique candidate with the fewest substitutions (at most two) whose check digit holds
 *       wins.
 *   <li>Letter fields (document code, states, names): digits become letters ({@code 0 → O}, {@code 1 → I},
 *       {@code 2 → Z}, {@code 5 → S}, {@code 6 → G}, {@code 8 → B}); sex {@code P → F}, {@code K X → <}.
 * </ul>
 *
 * <p>Limits: a letter and a digit whose values differ by a multiple of 10 ({@code G/6}, {@code L/1},
 * {@code U/0}) can never be told apart by a check digit, so alphanumeric fields do not try them; and the TD3
 * composite weights the document and personal numbers like their own check digits, so it cannot break a tie
 * between their candidates. Line lengths are never changed: lines of the wrong length are not repaired.
 *
 * <pre>{@code
 * MrzRepairResult r = MrzRepair.repair(List.of(line1, "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"));
 * r.changes(); // [MrzChange[field=document number, position=line 2, pos 6, from=O, to=0, …]]
 * }</pre>
 */
public final class MrzRepair {
  private static final int MAX_EDITS = 2;
  private static final int MAX_AMBIGUOUS_CHARACTERS = 14;

  private MrzRepair() {}

  /** Repairs the lines of one MRZ; the layout is detected as {@link MrzParser} does. */
  public static MrzRepairResult repair(List<String> lines) {
    List<MrzChange> changes = new ArrayList<>();
    List<String> declined = new ArrayList<>();
    MrzFormat format = MrzParser.detect(lines);
    List<StringBuilder> out = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      StringBuilder b = new StringBuilder(lines.get(l));
      for (int i = 0; i < b.length(); i++) {
        char c = b.charAt(i);
        char n = normalise(c);
        if (n != c) {
          changes.add(new MrzChange("line", pos(l, i), c, n, "filler or lower case normalised"));
          b.setCharAt(i, n);
        }
      }
      out.add(b);
    }
    boolean lengthOk = lines.size() == format.lineCount();
    for (String line : lines) {
      lengthOk &= line.length() == format.lineLength();
    }
    if (!lengthOk) {
      declined.add("line count or lengths do not fit " + format.label() + ": fields not repaired");
      return result(lines, out, changes, declined);
    }
    for (Segment s : layout(format)) {
      StringBuilder line = out.get(s.line());
      switch (s.type()) {
        case ALPHA -> {
          for (int i = s.begin(); i < s.end(); i++) {
            char c = line.charAt(i);
            char to = digitToLetter(c);
            if (to != c) {
              line.setCharAt(i, to);
              changes.add(new MrzChange(s.name(), pos(s.line(), i), c, to, "letters only"));
            }
          }
        }
        case SEX -> {
          char c = line.charAt(s.begin());
          char to = switch (c) {
            case 'P' -> 'F';
            case 'K', 'X' -> '<';
            default -> c;
          };
          if (to != c) {
            line.setCharAt(s.begin(), to);
            changes.add(new MrzChange(s.name(), pos(s.line(), s.begin()), c, to, "sex is M, F or <"));
          }
        }
        case NUMERIC, ALPHANUMERIC -> repairChecked(s, line, changes, declined);
        case CHECK_DIGIT -> { }
      }
    }
    // The composite last, over the repaired data: its own digit may only be mapped letter → digit.
    for (Segment s : layout(format)) {
      if (s.type() == SegmentType.CHECK_DIGIT) {
        StringBuilder line = out.get(s.line());
        char c = line.charAt(s.begin());
        char to = letterToDigit(c);
        if (to != c) {
          line.setCharAt(s.begin(), to);
          changes.add(new MrzChange(s.name(), pos(s.line(), s.begin()), c, to, "check digits are digits"));
        }
      }
    }
    return result(lines, out, changes, declined);
  }

  /**
   * The decision for a numeric field (a date) and its check digit: letters mapped to digits, kept only if the
   * check digit then holds.
   */
  public static FieldRepair numeric(String raw, char checkDigit) {
    String mapped = map(raw, true);
    char cd = letterToDigit(checkDigit);
    boolean rawOk = holds(raw, checkDigit);
    if (rawOk) {
      return new FieldRepair(raw, FieldRepair.Outcome.UNCHANGED, raw, List.of(new FieldRepair.Candidate(raw, 0)), 1, null);
    }
    if (holds(mapped, cd)) {
      int edits = edits(raw, mapped);
      return new FieldRepair(raw, edits == 0 ? FieldRepair.Outcome.UNCHANGED : FieldRepair.Outcome.REPAIRED, mapped,
          List.of(new FieldRepair.Candidate(mapped, edits)), 2, null);
    }
    return new FieldRepair(raw, FieldRepair.Outcome.NO_MATCH, raw, List.of(), 2,
        "letters read as digits do not make the check digit hold");
  }

  /**
   * The decision for an alphanumeric field with a check digit: every confusable character tried both ways,
   * the unique candidate with the fewest (at most two) substitutions kept.
   */
  public static FieldRepair alphanumeric(String raw, char checkDigit) {
    char cd = letterToDigit(checkDigit);
    List<Integer> ambiguous = new ArrayList<>();
    for (int i = 0; i < raw.length(); i++) {
      if (alternative(raw.charAt(i)) != raw.charAt(i)) {
        ambiguous.add(i);
      }
    }
    if (ambiguous.size() > MAX_AMBIGUOUS_CHARACTERS) {
      return new FieldRepair(raw, FieldRepair.Outcome.NO_MATCH, raw, List.of(), 0,
          "too many confusable characters to search");
    }
    List<FieldRepair.Candidate> matching = new ArrayList<>();
    int tested = 1 << ambiguous.size();
    char[] chars = raw.toCharArray();
    for (int mask = 0; mask < tested; mask++) {
      char[] c = chars.clone();
      for (int b = 0; b < ambiguous.size(); b++) {
        if ((mask & (1 << b)) != 0) {
          int i = ambiguous.get(b);
          c[i] = alternative(c[i]);
        }
      }
      String candidate = new String(c);
      if (holds(candidate, cd)) {
        matching.add(new FieldRepair.Candidate(candidate, Integer.bitCount(mask)));
      }
    }
    matching.sort(Comparator.comparingInt(FieldRepair.Candidate::edits).thenComparing(FieldRepair.Candidate::value));
    if (matching.isEmpty()) {
      return new FieldRepair(raw, FieldRepair.Outcome.NO_MATCH, raw, matching, tested,
          "no reading of the confusable characters makes the check digit hold");
    }
    int best = matching.get(0).edits();
    long tied = matching.stream().filter(m -> m.edits() == best).count();
    if (best == 0) {
      return new FieldRepair(raw, FieldRepair.Outcome.UNCHANGED, raw, matching, tested, null);
    }
    if (best > MAX_EDITS) {
      return new FieldRepair(raw, FieldRepair.Outcome.NO_MATCH, raw, matching, tested,
          "the nearest consistent reading needs " + best + " substitutions");
    }
    if (tied > 1) {
      return new FieldRepair(raw, FieldRepair.Outcome.AMBIGUOUS, raw, matching, tested,
          "ambiguous: " + tied + " readings with " + best + " substitution(s) make the check digit hold");
    }
    return new FieldRepair(raw, FieldRepair.Outcome.REPAIRED, matching.get(0).value(), matching, tested, null);
  }

  /** The decision for a letters-only field (state, nationality, name): digits mapped to letters. */
  public static FieldRepair alpha(String raw) {
    StringBuilder b = new StringBuilder(raw);
    for (int i = 0; i < b.length(); i++) {
      b.setCharAt(i, digitToLetter(b.charAt(i)));
    }
    String value = b.toString();
    return new FieldRepair(raw, value.equals(raw) ? FieldRepair.Outcome.UNCHANGED : FieldRepair.Outcome.REPAIRED,
        value, List.of(), 1, null);
  }

  private static void repairChecked(Segment s, StringBuilder line, List<MrzChange> changes, List<String> declined) {
    String raw = line.substring(s.begin(), s.end());
    char cd = line.charAt(s.cd());
    if (s.type() == SegmentType.ALPHANUMERIC && cd == '<') {
      if (raw.chars().allMatch(c -> c == '<') || (s.name().equals("document number") && raw.indexOf('<') < 0)) {
        // All-filler personal number (Part 4 §4.2.2.2) or a long document number (Part 5 note j).
        return;
      }
    }
    FieldRepair r = s.type() == SegmentType.NUMERIC ? numeric(raw, cd) : alphanumeric(raw, cd);
    switch (r.outcome()) {
      case REPAIRED -> {
        for (int i = 0; i < raw.length(); i++) {
          char to = r.value().charAt(i);
          if (to != raw.charAt(i)) {
            line.setCharAt(s.begin() + i, to);
            changes.add(new MrzChange(s.name(), pos(s.line(), s.begin() + i), raw.charAt(i), to, "check digit holds"));
          }
        }
        char cdTo = letterToDigit(cd);
        if (cdTo != cd) {
          line.setCharAt(s.cd(), cdTo);
          changes.add(new MrzChange(s.name() + " check digit", pos(s.line(), s.cd()), cd, cdTo, "check digits are digits"));
        }
      }
      case AMBIGUOUS, NO_MATCH -> declined.add(s.name() + " (" + pos(s.line(), s.begin()) + "): " + r.note());
      case UNCHANGED -> {
        char cdTo = letterToDigit(cd);
        if (cdTo != cd) {
          line.setCharAt(s.cd(), cdTo);
          changes.add(new MrzChange(s.name() + " check digit", pos(s.line(), s.cd()), cd, cdTo, "check digits are digits"));
        }
      }
    }
  }

  private static MrzRepairResult result(
      List<String> lines, List<StringBuilder> out, List<MrzChange> changes, List<String> declined) {
    return new MrzRepairResult(lines, out.stream().map(StringBuilder::toString).toList(), changes, declined);
  }

  private static boolean holds(String data, char cd) {
    int computed = CheckDigits.compute(data);
    return computed >= 0 && cd == (char) ('0' + computed);
  }

  private static String map(String raw, boolean toDigits) {
    StringBuilder b = new StringBuilder(raw);
    for (int i = 0; i < b.length(); i++) {
      b.setCharAt(i, toDigits ? letterToDigit(b.charAt(i)) : digitToLetter(b.charAt(i)));
    }
    return b.toString();
  }

  private static int edits(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        n++;
      }
    }
    return n;
  }

  private static char normalise(char c) {
    return switch (c) {
      case '«', '＜', '‹', ' ' -> '<';
      default -> c >= 'a' && c <= 'z' ? Character.toUpperCase(c) : c;
    };
  }

  static char letterToDigit(char c) {
    return switch (c) {
      case 'O', 'Q', 'U', 'D' -> '0';
      case 'I', 'L' -> '1';
      case 'Z' -> '2';
      case 'S' -> '5';
      case 'G' -> '6';
      case 'T' -> '7';
      case 'B' -> '8';
      default -> c;
    };
  }

  static char digitToLetter(char c) {
    return switch (c) {
      case '0' -> 'O';
      case '1' -> 'I';
      case '2' -> 'Z';
      case '5' -> 'S';
      case '6' -> 'G';
      case '8' -> 'B';
      default -> c;
    };
  }

  /** The other reading of a confusable character in an alphanumeric field; the character itself if none. */
  private static char alternative(char c) {
    return switch (c) {
      case 'O' -> '0';
      case 'I' -> '1';
      case 'Z' -> '2';
      case 'S' -> '5';
      case 'B' -> '8';
      case '0' -> 'O';
      case '1' -> 'I';
      case '2' -> 'Z';
      case '5' -> 'S';
      case '8' -> 'B';
      default -> c;
    };
  }

  private static String pos(int line, int index) {
    return "line " + (line + 1) + ", pos " + (index + 1);
  }

  private enum SegmentType {
    ALPHA,
    SEX,
    NUMERIC,
    ALPHANUMERIC,
    CHECK_DIGIT
  }

  /** A data element: 0-based line, {@code [begin, end)}, and its check digit's index ({@code -1} if none). */
  private record Segment(String name, SegmentType type, int line, int begin, int end, int cd) {}

  private static List<Segment> layout(MrzFormat format) {
    List<Segment> s = new ArrayList<>();
    if (format == MrzFormat.TD1) {
      s.add(new Segment("document code", SegmentType.ALPHA, 0, 0, 2, -1));
      s.add(new Segment("issuing state", SegmentType.ALPHA, 0, 2, 5, -1));
      s.add(new Segment("document number", SegmentType.ALPHANUMERIC, 0, 5, 14, 14));
      s.add(new Segment("date of birth", SegmentType.NUMERIC, 1, 0, 6, 6));
      s.add(new Segment("sex", SegmentType.SEX, 1, 7, 8, -1));
      s.add(new Segment("date of expiry", SegmentType.NUMERIC, 1, 8, 14, 14));
      s.add(new Segment("nationality", SegmentType.ALPHA, 1, 15, 18, -1));
      s.add(new Segment("composite check digit", SegmentType.CHECK_DIGIT, 1, 29, 30, -1));
      s.add(new Segment("name", SegmentType.ALPHA, 2, 0, 30, -1));
      return s;
    }
    int width = format.lineLength();
    s.add(new Segment("document code", SegmentType.ALPHA, 0, 0, 2, -1));
    s.add(new Segment("issuing state", SegmentType.ALPHA, 0, 2, 5, -1));
    s.add(new Segment("name", SegmentType.ALPHA, 0, 5, width, -1));
    s.add(new Segment("document number", SegmentType.ALPHANUMERIC, 1, 0, 9, 9));
    s.add(new Segment("nationality", SegmentType.ALPHA, 1, 10, 13, -1));
    s.add(new Segment("date of birth", SegmentType.NUMERIC, 1, 13, 19, 19));
    s.add(new Segment("sex", SegmentType.SEX, 1, 20, 21, -1));
    s.add(new Segment("date of expiry", SegmentType.NUMERIC, 1, 21, 27, 27));
    if (format == MrzFormat.TD3) {
      s.add(new Segment("personal number", SegmentType.ALPHANUMERIC, 1, 28, 42, 42));
      s.add(new Segment("composite check digit", SegmentType.CHECK_DIGIT, 1, 43, 44, -1));
    } else if (format == MrzFormat.TD2) {
      s.add(new Segment("composite check digit", SegmentType.CHECK_DIGIT, 1, 35, 36, -1));
    }
    return s;
  }
}
