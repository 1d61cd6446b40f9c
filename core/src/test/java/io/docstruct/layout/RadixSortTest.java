package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Word;
import io.docstruct.geometry.Box;
import io.docstruct.geometry.Quad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link RadixSort} orders items exactly as the stable comparison sort it replaces, including ties of the
 * key (equal, nearly equal, -0.0 against 0.0) and of the whole comparator.
 */
class RadixSortTest {
  private static final Word WORD = Word.of("w", null, Quad.of(Box.of(0, 0, 1, 1)));

  @Property(tries = 200)
  void ordersAsTheComparatorDoes(@ForAll("items") List<Item> items) {
    List<Item> expected = new ArrayList<>(items);
    expected.sort(LineChainer.LEFT_TO_RIGHT);
    List<Item> actual = new ArrayList<>(items);

    RadixSort.sort(actual, it -> it.left, LineChainer.LEFT_TO_RIGHT);

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Property(tries = 200)
  void keepsTheInputOrderOfTies(@ForAll("items") List<Item> items) {
    List<Item> expected = new ArrayList<>(items);
    expected.sort((a, b) -> Double.compare(a.top, b.top));
    Item[] actual = items.toArray(new Item[0]);

    new RadixSort().sort(actual, it -> it.top, (a, b) -> Double.compare(a.top, b.top));

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** A sorter that sorts again, fewer items or as many, with the arrays it kept, orders as a new one. */
  @Property(tries = 100)
  void sortsAgainWithItsKeptArrays(
      @ForAll("items") List<Item> first, @ForAll("items") List<Item> second) {
    RadixSort sorter = new RadixSort();
    Item[] larger = (first.size() >= second.size() ? first : second).toArray(new Item[0]);
    Item[] smaller = (first.size() >= second.size() ? second : first).toArray(new Item[0]);
    Item[] again = larger.clone();
    List<Item> expectedLarger = new ArrayList<>(List.of(larger));
    expectedLarger.sort(LineChainer.LEFT_TO_RIGHT);
    List<Item> expectedSmaller = new ArrayList<>(List.of(smaller));
    expectedSmaller.sort(LineChainer.LEFT_TO_RIGHT);

    sorter.sort(larger, it -> it.left, LineChainer.LEFT_TO_RIGHT);
    sorter.sort(smaller, it -> it.left, LineChainer.LEFT_TO_RIGHT);
    sorter.sort(again, it -> it.left, LineChainer.LEFT_TO_RIGHT);

    assertThat(larger).containsExactlyElementsOf(expectedLarger);
    assertThat(smaller).containsExactlyElementsOf(expectedSmaller);
    assertThat(again).containsExactlyElementsOf(expectedLarger);
  }

  @Property(tries = 100)
  void sortsAListAlreadyInKeyOrder(@ForAll("items") List<Item> items) {
    List<Item> expected = new ArrayList<>(items);
    expected.sort(LineChainer.LEFT_TO_RIGHT);
    List<Item> byKeyOnly = new ArrayList<>(items);
    byKeyOnly.sort((a, b) -> Double.compare(a.left, b.left));

    RadixSort.sort(byKeyOnly, it -> it.left, LineChainer.LEFT_TO_RIGHT);

    assertThat(byKeyOnly).containsExactlyElementsOf(expected);
  }

  @Property(tries = 200)
  void ordersPositionsByKeyThenTie(@ForAll("items") List<Item> items) {
    double[] keys = new double[items.size()];
    int[] ties = new int[items.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = items.get(i).top;
      ties[i] = items.get(i).order % 5;
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      expected.add(i);
    }
    expected.sort(
        Comparator.<Integer>comparingDouble(i -> keys[i]).thenComparingInt(i -> ties[i]));

    assertThat(RadixSort.order(keys, ties)).containsExactly(expected.stream().mapToInt(i -> i).toArray());
  }

  @Provide
  Arbitrary<List<Item>> items() {
    Arbitrary<Double> coordinate =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-3000, 3000).ofScale(4),
            Arbitraries.integers().between(0, 40).map(i -> i * 0.5),
            Arbitraries.doubles().between(1000, 1000.001).ofScale(9),
            Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e300, -1e300));
    Arbitrary<double[]> corner = Combinators.combine(coordinate, coordinate)
        .as((x, y) -> new double[] {x, y});
    return corner.list().ofMinSize(RadixSort.MIN_SIZE).ofMaxSize(3 * RadixSort.MIN_SIZE).map(corners -> {
      List<Item> items = new ArrayList<>();
      for (double[] c : corners) {
        Item it = new Item(Math.floorMod(items.size() * 7919, 613), WORD, 0);
        it.place(c[0], c[1], c[0] + 1, c[1] + 1);
        items.add(it);
      }
      return items;
    });
  }
}
