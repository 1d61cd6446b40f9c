package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Median} selects the value a full sort would put in the middle, bit for bit. */
class MedianTest {

  @Property(tries = 300)
  void selectsWhatSortingWould(@ForAll("measurements") double[] values) {
    double[] copy = values.clone();

    double median = Median.of(values);

    assertThat(values).isEqualTo(copy);
    assertThat(Double.doubleToLongBits(median))
        .isEqualTo(Double.doubleToLongBits(sortedMedian(values)));
  }

  @Property(tries = 100)
  void ofAPrefixIsOfThatPrefix(@ForAll("measurements") double[] values) {
    int count = values.length / 2;

    assertThat(Double.doubleToLongBits(Median.of(values, count)))
        .isEqualTo(Double.doubleToLongBits(Median.of(Arrays.copyOf(values, count))));
  }

  @Provide
  Arbitrary<double[]> measurements() {
    Arbitrary<Double> value =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e4, 1e4),
            Arbitraries.doubles().between(28, 32).ofScale(1),
            Arbitraries.of(0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN));
    return value.array(double[].class).ofMaxSize(700);
  }

  private static double sortedMedian(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
