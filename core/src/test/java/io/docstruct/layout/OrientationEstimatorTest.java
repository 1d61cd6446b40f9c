package io.docstruct.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The word-length test of the aspect vote counts code points as {@code strip()} leaves them. */
class OrientationEstimatorTest {

  @Property(tries = 500)
  void twoOrMoreCharactersCountsTheStrippedCodePoints(@ForAll("texts") String text) {
    String stripped = text.strip();

    assertThat(OrientationEstimator.twoOrMoreCharacters(text))
        .isEqualTo(stripped.codePointCount(0, stripped.length()) >= 2);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\u3000', '\u00a0', '\u2028', 'a', '합', '1', '\ud83d', '\ude00')
        .ofMaxLength(6);
  }
}
