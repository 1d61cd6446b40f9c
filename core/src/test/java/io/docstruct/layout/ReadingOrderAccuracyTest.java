package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reading-order accuracy over a few hundred generated pages of known order (see {@link SyntheticPages}):
 * exact-match rate and mean normalised edit distance of the page text, printed per layout and variation.
 *
 * <p>Pages that carry no direction at all (axis-aligned vertex order, no {@code lineBreak} hints and a
 * shuffled field order) are not generated: their rotation by 180° cannot be told from the JSON.
 */
class ReadingOrderAccuracyTest {
  private static final int PAGES = 600;

  private record Outcome(String layout, String variation, boolean exact, double distance) {}

  @Test
  void generatedPagesReadInOrder() {
    List<Function<SplittableRandom, SyntheticPages.Layout>> layouts =
        List.of(SyntheticPages::singleColumn, SyntheticPages::twoColumns, SyntheticPages::receipt,
            SyntheticPages::tableAmongParagraphs, SyntheticPages::alignedColumns, SyntheticPages::form);
    SplittableRandom r = new SplittableRandom(20240515);
    LayoutEngine engine = LayoutEngine.create();
    List<Outcome> outcomes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      SyntheticPages.Layout layout = layouts.get(i % layouts.size()).apply(r.split());
      int rotation = 90 * r.nextInt(4);
      double skew = r.nextInt(3) == 0 ? Math.rint((r.nextDouble() * 10 - 5) * 10) / 10 : 0;
      double jitter = r.nextInt(3);
      boolean boxOrder = r.nextInt(10) < 3;
      boolean hints = r.nextInt(10) < 7;
      boolean shuffle = r.nextInt(10) < 3 && !(boxOrder && !hints);
      SyntheticPages.Options o =
          SyntheticPages.Options.upright().rotation(rotation).skew(skew).jitter(jitter, i + 1)
              .boxOrder(boxOrder).hints(hints).shuffle(shuffle ? i + 1 : 0);
      String actual = engine.structure(layout.draw(o).page()).text();
      String expected = layout.expectedText();
      boolean exact = actual.equals(expected);
      double d = exact ? 0 : EditDistance.normalised(expected, actual);
      String variation = "rot" + rotation + (skew != 0 ? " skew" : "") + (boxOrder ? " box-order" : "")
          + (hints ? "" : " no-hints") + (shuffle ? " shuffled" : "");
      outcomes.add(new Outcome(layout.name(), variation, exact, d));
      if (!exact && failures.size() < 5) {
        failures.add(i + " " + layout.name() + " " + o + "\n--- expected\n" + expected
            + "\n--- actual\n" + actual);
      }
    }
    StringBuilder report = new StringBuilder("Reading-order accuracy over " + PAGES + " generated pages\n");
    summarise(report, "all", outcomes);
    group(report, outcomes, Outcome::layout);
    group(report, outcomes, o -> "rotation " + o.variation().substring(3).split(" ")[0]);
    group(report, outcomes, o -> o.variation().contains("skew") ? "skewed" : "not skewed");
    group(report, outcomes, o -> o.variation().contains("box-order") ? "axis-aligned vertex order"
        : "text vertex order");
    group(report, outcomes, o -> o.variation().contains("no-hints") ? "no lineBreak" : "lineBreak");
    group(report, outcomes, o -> o.variation().contains("shuffled") ? "shuffled" : "provider order");
    System.out.println(report);
    failures.forEach(f -> System.out.println("MISMATCH " + f));

    double exactRate = outcomes.stream().filter(Outcome::exact).count() / (double) PAGES;
    double meanDistance = outcomes.stream().mapToDouble(Outcome::distance).average().orElse(0);
    assertThat(exactRate).isGreaterThanOrEqualTo(0.95);
    assertThat(meanDistance).isLessThanOrEqualTo(0.01);
  }

  private static void group(StringBuilder sb, List<Outcome> all, Function<Outcome, String> key) {
    Map<String, List<Outcome>> groups = new LinkedHashMap<>();
    all.stream().sorted(java.util.Comparator.comparing(key))
        .forEach(o -> groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
    groups.forEach((k, v) -> summarise(sb, k, v));
  }

  private static void summarise(StringBuilder sb, String name, List<Outcome> outcomes) {
    long exact = outcomes.stream().filter(Outcome::exact).count();
    double mean = outcomes.stream().mapToDouble(Outcome::distance).average().orElse(0);
    sb.append(String.format(Locale.ROOT, "  %-28s pages %4d  exact %6.2f%%  mean edit distance %.4f%n",
        name, outcomes.size(), 100.0 * exact / outcomes.size(), mean));
  }
}
