package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The order the provider lists a page's words in decides its turn only when it is the only evidence, and
 * never surely when it is not a reading order. Pages come from {@link SyntheticPages} (every layout),
 * turned by k·90°, skewed up to ±4°, jittered, with text or axis-aligned vertex order, with or without
 * {@code lineBreak} hints, their words in a random order:
 *
 * <ul>
 *   <li>an upright page reads upright, whatever the order;
 *   <li>a page turned by k·90° gives k·90°, or is kept as its source shows it (rotation 0, or not {@link
 *       Orientation#isSure() sure}): never a sure other turn;
 *   <li>a page whose geometry tells the direction without the order (line-break hints, or vertex order
 *       that is not box order) gives k·90°, surely when turned, whatever the order.
 * </ul>
 */
class OrientationProperties {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  @Property(tries = 300)
  void anyOrderOfAnUprightPagesWordsReadsUpright(
      @ForAll("layouts") SyntheticPages.Layout layout,
      @ForAll boolean boxOrder,
      @ForAll boolean hints,
      @ForAll @IntRange(min = -40, max = 40) int skewTenths,
      @ForAll @IntRange(min = 0, max = 2) int jitter,
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long shuffle) {
    SyntheticPages.Options o = SyntheticPages.Options.upright().skew(skewTenths / 10.0)
        .jitter(jitter, shuffle).boxOrder(boxOrder).hints(hints).shuffle(shuffle);

    assertThat(ENGINE.structure(layout.draw(o).page()).orientation().rotation()).isZero();
  }

  @Property(tries = 300)
  void anyOrderOfATurnedPagesWordsGivesItsTurnOrKeepsThePageAsShown(
      @ForAll("layouts") SyntheticPages.Layout layout,
      @ForAll("quarterTurnsAndNone") int rotation,
      @ForAll boolean boxOrder,
      @ForAll boolean hints,
      @ForAll @IntRange(min = -40, max = 40) int skewTenths,
      @ForAll @IntRange(min = 0, max = 2) int jitter,
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long shuffle) {
    SyntheticPages.Options o = SyntheticPages.Options.upright().rotation(rotation).skew(skewTenths / 10.0)
        .jitter(jitter, shuffle).boxOrder(boxOrder).hints(hints).shuffle(shuffle);

    Orientation orientation = ENGINE.structure(layout.draw(o).page()).orientation();

    if (orientation.rotation() != rotation && orientation.rotation() != 0) {
      assertThat(orientation.isSure()).as("a sure turn by %s", orientation).isFalse();
    }
  }

  @Property(tries = 300)
  void aPageWhoseGeometryTellsItsTurnGivesItInAnyOrder(
      @ForAll("layouts") SyntheticPages.Layout layout,
      @ForAll("quarterTurnsAndNone") int rotation,
      @ForAll boolean hints,
      @ForAll @IntRange(min = -40, max = 40) int skewTenths,
      @ForAll @IntRange(min = 0, max = 2) int jitter,
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long shuffle) {
    // Either line-break hints on axis-aligned boxes or, without hints, text vertex order (which on an
    // upright page is box order, so an upright page always has hints).
    boolean withHints = hints || rotation == 0;
    SyntheticPages.Options o = SyntheticPages.Options.upright().rotation(rotation).skew(skewTenths / 10.0)
        .jitter(jitter, shuffle).boxOrder(withHints).hints(withHints).shuffle(shuffle);

    Orientation orientation = ENGINE.structure(layout.draw(o).page()).orientation();

    assertThat(orientation.rotation()).as("%s", orientation).isEqualTo(rotation);
    if (rotation != 0) {
      assertThat(orientation.isSure()).as("%s", orientation).isTrue();
    }
  }

  @Provide
  Arbitrary<SyntheticPages.Layout> layouts() {
    return Arbitraries.integers().between(0, 5).flatMap(kind -> Arbitraries.longs().between(1, 1_000_000)
        .map(seed -> {
          SplittableRandom r = new SplittableRandom(seed);
          return switch (kind) {
            case 0 -> SyntheticPages.singleColumn(r);
            case 1 -> SyntheticPages.twoColumns(r);
            case 2 -> SyntheticPages.receipt(r);
            case 3 -> SyntheticPages.tableAmongParagraphs(r);
            case 4 -> SyntheticPages.alignedColumns(r);
            default -> SyntheticPages.form(r);
          };
        }));
  }

  @Provide
  Arbitrary<Integer> quarterTurnsAndNone() {
    return Arbitraries.of(0, 90, 180, 270);
  }
}
