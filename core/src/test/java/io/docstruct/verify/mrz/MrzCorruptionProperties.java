package io.docstruct.verify.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.verify.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random valid TD1, TD2 and TD3 zones, each with every single-character substitution. A substitution is
 * guaranteed to be caught (ICAO 9303 Part 3 §4.9) when it lands on a check digit, or on a character covered
 * by a check digit and changes its value by something other than a multiple of 10 (7, 3 and 1 are coprime
 * with 10); then at least one check digit must FAIL. Substitutions outside that guarantee ({@code G}/{@code
 * 6}, names, states) are still parsed, and must not throw.
 */
class MrzCorruptionProperties {
  private static final String CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
  private static final MrzParser PARSER =
      MrzParser.create(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  @Property(tries = 40)
  void td3(@ForAll long seed) {
    Random r = new Random(seed);
    String doc = alnum(r, 9);
    String personal = r.nextBoolean() ? "<".repeat(14) : alnum(r, 8) + "<".repeat(6);
    String l2 = doc + cd(doc) + state(r) + date(r) + cd(lastDate) + (r.nextBoolean() ? "M" : "F");
    String exp = date(r);
    l2 += exp + cd(exp) + personal + cd(personal);
    l2 += cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
    String l1 = pad("P<" + state(r) + letters(r, 6) + "<<" + letters(r, 5), 44);
    assertCorruptionsDetected(List.of(l1, l2), MrzFormat.TD3,
        covered(2, new int[][] {{1, 0, 10}, {1, 13, 20}, {1, 21, 44}}),
        Set.of(pos(1, 9), pos(1, 19), pos(1, 27), pos(1, 42), pos(1, 43)),
        Set.of(pos(1, 42)));
  }

  @Property(tries = 40)
  void td2(@ForAll long seed) {
    Random r = new Random(seed);
    String doc = alnum(r, 9);
    String l2 = doc + cd(doc) + state(r) + date(r) + cd(lastDate) + (r.nextBoolean() ? "M" : "F");
    String exp = date(r);
    l2 += exp + cd(exp) + pad(alnum(r, 3), 7);
    l2 += cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35));
    String l1 = pad("I<" + state(r) + letters(r, 6) + "<<" + letters(r, 5), 36);
    assertCorruptionsDetected(List.of(l1, l2), MrzFormat.TD2,
        covered(2, new int[][] {{1, 0, 10}, {1, 13, 20}, {1, 21, 36}}),
        Set.of(pos(1, 9), pos(1, 19), pos(1, 27), pos(1, 35)),
        Set.of(pos(1, 9)));
  }

  @Property(tries = 40)
  void td1(@ForAll long seed) {
    Random r = new Random(seed);
    String doc = alnum(r, 9);
    String l1 = "I<" + state(r) + doc + cd(doc) + pad(alnum(r, 4), 15);
    String dob = date(r);
    String exp = date(r);
    String l2 = dob + cd(dob) + (r.nextBoolean() ? "M" : "F") + exp + cd(exp) + state(r) + pad(alnum(r, 2), 11);
    l2 += cd(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29));
    String l3 = pad(letters(r, 7) + "<<" + letters(r, 4), 30);
    assertCorruptionsDetected(List.of(l1, l2, l3), MrzFormat.TD1,
        covered(3, new int[][] {{0, 5, 30}, {1, 0, 7}, {1, 8, 15}, {1, 18, 30}}),
        Set.of(pos(0, 14), pos(1, 6), pos(1, 14), pos(1, 29)),
        Set.of(pos(0, 14)));
  }

  private static void assertCorruptionsDetected(
      List<String> lines, MrzFormat format, Set<Integer> covered, Set<Integer> checkDigits, Set<Integer> fillerSensitive) {
    Mrz original = PARSER.parse(lines);
    assertThat(original.format()).isEqualTo(format);
    assertThat(original.valid()).as("generated %s", lines).isTrue();
    for (int l = 0; l < lines.size(); l++) {
      for (int i = 0; i < lines.get(l).length(); i++) {
        char was = lines.get(l).charAt(i);
        for (char now : CHARSET.toCharArray()) {
          if (now == was) {
            continue;
          }
          List<String> corrupted = new ArrayList<>(lines);
          StringBuilder b = new StringBuilder(lines.get(l));
          b.setCharAt(i, now);
          corrupted.set(l, b.toString());
          Mrz mrz = PARSER.parse(corrupted);
          int p = pos(l, i);
          boolean guaranteed = checkDigits.contains(p)
              ? !(now == '<' && fillerSensitive.contains(p))
              : covered.contains(p) && (CheckDigits.value(now) - CheckDigits.value(was)) % 10 != 0;
          if (guaranteed) {
            assertThat(mrz.checkDigits()).as("%s -> %s at line %d pos %d of %s", was, now, l + 1, i + 1, lines)
                .anyMatch(c -> c.status() == Status.FAIL);
          }
        }
      }
    }
  }

  private static int pos(int line, int index) {
    return line * 100 + index;
  }

  private static Set<Integer> covered(int lines, int[][] ranges) {
    Set<Integer> s = new java.util.HashSet<>();
    for (int[] range : ranges) {
      for (int i = range[1]; i < range[2]; i++) {
        s.add(pos(range[0], i));
      }
    }
    return s;
  }

  private String lastDate = "";

  private String date(Random r) {
    lastDate = String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
    return lastDate;
  }

  private static char cd(String data) {
    return (char) ('0' + CheckDigits.compute(data));
  }

  private static String alnum(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(CHARSET.charAt(r.nextInt(36)));
    }
    return b.toString();
  }

  private static String letters(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static String state(Random r) {
    return List.of("UTO", "KOR", "D<<", "FRA", "JPN").get(r.nextInt(5));
  }

  private static String pad(String s, int n) {
    return (s + "<".repeat(n)).substring(0, n);
  }
}
