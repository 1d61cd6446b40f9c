package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Page;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The reconstructed text does not depend on how the page lies or how the provider listed it: turning the
 * coordinates by a quarter turn, shuffling the words or moving every vertex by a pixel leaves it unchanged;
 * and two columns whose baselines line up are read column by column, however narrow their gutter.
 * Pages come from {@link SyntheticPages} (every layout, with {@code lineBreak} hints or text vertex order, as
 * CLOVA sends them) and from the hand-made fixtures.
 */
class ReadingOrderProperties {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  @Provide
  Arbitrary<Page> pages() {
    Arbitrary<Page> generated =
        Arbitraries.integers().between(0, 5).flatMap(kind -> Arbitraries.longs().between(1, 1_000_000)
            .flatMap(seed -> Arbitraries.of(true, false).map(hints -> {
              SplittableRandom r = new SplittableRandom(seed);
              SyntheticPages.Layout layout = switch (kind) {
                case 0 -> SyntheticPages.singleColumn(r);
                case 1 -> SyntheticPages.twoColumns(r);
                case 2 -> SyntheticPages.receipt(r);
                case 3 -> SyntheticPages.tableAmongParagraphs(r);
                case 4 -> SyntheticPages.alignedColumns(r);
                default -> SyntheticPages.form(r);
              };
              return layout.draw(SyntheticPages.Options.upright().hints(hints)).page();
            })));
    Arbitrary<Page> fixtures =
        Arbitraries.of(LayoutFixtureWriter.specs()).map(LayoutFixtureWriter::page);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, generated), net.jqwik.api.Tuple.of(1, fixtures));
  }

  @Property(tries = 60)
  void quarterTurnsDoNotChangeTheText(
      @ForAll("pages") Page page, @ForAll("quarterTurns") int degrees) {
    String upright = ENGINE.structure(page).text();

    assertThat(ENGINE.structure(PageTransforms.rotate(page, degrees)).text()).isEqualTo(upright);
  }

  @Property(tries = 60)
  void shufflingTheWordsDoesNotChangeTheText(
      @ForAll("pages") Page page, @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    String ordered = ENGINE.structure(page).text();

    assertThat(ENGINE.structure(PageTransforms.shuffle(page, seed)).text()).isEqualTo(ordered);
  }

  @Property(tries = 60)
  void jitterOfAPixelDoesNotChangeTheText(
      @ForAll("pages") Page page, @ForAll @IntRange(min = 1, max = 1_000_000) int seed) {
    String exact = ENGINE.structure(page).text();

    assertThat(ENGINE.structure(PageTransforms.jitter(page, 1, seed)).text()).isEqualTo(exact);
  }

  /**
   * Two columns whose baselines line up, whatever the gutter between a little over twice the word spacing
   * and three word heights, are read column by column, however the page is turned, skewed and jittered.
   */
  @Property(tries = 80)
  void columnsWhoseBaselinesLineUpAreReadColumnByColumn(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll("quarterTurnsAndNone") int rotation,
      @ForAll @IntRange(min = -40, max = 40) int skewTenths,
      @ForAll @IntRange(min = 0, max = 2) int jitter) {
    SyntheticPages.Layout layout = SyntheticPages.alignedColumns(new SplittableRandom(seed));
    SyntheticPages.Options o = SyntheticPages.Options.upright().rotation(rotation).skew(skewTenths / 10.0)
        .jitter(jitter, seed);

    assertThat(ENGINE.structure(layout.draw(o).page()).text()).isEqualTo(layout.expectedText());
  }

  @Provide
  Arbitrary<Integer> quarterTurnsAndNone() {
    return Arbitraries.of(0, 90, 180, 270);
  }

  @Provide
  Arbitrary<Integer> quarterTurns() {
    return Arbitraries.of(90, 180, 270);
  }
}
