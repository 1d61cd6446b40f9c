package io.docstruct.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.clova.model.Vertex;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Both mappers read floating-point literals with Jackson's fast parser (FastDoubleParser), which spends a
 * fraction of the JDK's time and garbage on the coordinates and confidences that make up most of a response.
 * It must give the very double the JDK's {@link Double#parseDouble} gives for every literal, bit for bit, or
 * every polygon and confidence downstream would change.
 */
class WireJsonNumbersTest {

  @Example
  void bothMappersUseTheFastParser() throws IOException {
    for (ObjectMapper mapper : new ObjectMapper[] {WireJson.mapper(), WireJson.responseMapper()}) {
      try (JsonParser parser = mapper.createParser("{}")) {
        assertThat(parser.isEnabled(StreamReadFeature.USE_FAST_DOUBLE_PARSER)).isTrue();
      }
    }
  }

  @Property(tries = 3000)
  void readsEveryLiteralAsTheJdkDoes(@ForAll("literals") String x, @ForAll("literals") String y)
      throws IOException {
    Vertex v =
        WireJson.responseMapper().readValue("{\"x\":" + x + ",\"y\":" + y + "}", Vertex.class);

    assertThat(Double.doubleToRawLongBits(v.x())).as(x).isEqualTo(bits(x));
    assertThat(Double.doubleToRawLongBits(v.y())).as(y).isEqualTo(bits(y));
  }

  @Example
  void readsHardCasesAsTheJdkDoes() throws IOException {
    String[] hard = {
      "0.0", "-0.0", "1", "-1", "0.99871234", "263.0", "1654.49999999", "4.9e-324", "5e-324",
      "2.2250738585072011e-308", "2.2250738585072012e-308", "2.225073858507201136057409796709131975934819546351645648e-308",
      "1.7976931348623157e308", "9007199254740993", "9007199254740993.0", "1e23", "8.41e21",
      "7.2057594037927933e16", "0.1", "0.30000000000000004", "123456789012345678901234567890",
      "1.00000000000000011102230246251565404236316680908203125", "3.4028235677973366e38",
      "1E-10", "1e+5", "-2.5E-3", "0.000000000000000000000000000000000000000000001"
    };
    for (String literal : hard) {
      Vertex v = WireJson.mapper().readValue("{\"x\":" + literal + ",\"y\":0}", Vertex.class);
      assertThat(Double.doubleToRawLongBits(v.x())).as(literal).isEqualTo(bits(literal));
    }
  }

  /** What a provider writes: coordinates, 8-decimal confidences, integers, and any double's shortest form. */
  @Provide
  Arbitrary<String> literals() {
    Arbitrary<String> anyDouble =
        Arbitraries.longs()
            .map(Double::longBitsToDouble)
            .filter(Double::isFinite)
            .map(d -> Double.toString(d));
    Arbitrary<String> coordinate =
        Arbitraries.doubles().between(-100, 20_000).ofScale(3).map(d -> Double.toString(d));
    Arbitrary<String> confidence =
        Arbitraries.integers().between(0, 100_000_000).map(c -> String.format("0.%08d", c));
    Arbitrary<String> decimal =
        Combinators.combine(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(22),
                Arbitraries.integers().between(-330, 310))
            .as((whole, fraction, exponent) ->
                trimmed(whole) + (fraction.isEmpty() ? "" : "." + fraction) + "e" + exponent);
    return Arbitraries.oneOf(anyDouble, coordinate, confidence, decimal, Arbitraries.integers().map(String::valueOf));
  }

  private static String trimmed(String digits) {
    String t = digits.replaceFirst("^0+(?=.)", "");
    return t;
  }

  private static long bits(String literal) {
    return Double.doubleToRawLongBits(Double.parseDouble(literal));
  }
}
