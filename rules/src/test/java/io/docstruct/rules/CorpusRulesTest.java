package io.docstruct.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.testing.Fixtures;
import io.docstruct.verify.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in rules on the verification corpus of core's tests ({@code fixtures/corpus/valid}): documents
 * that are genuinely fine raise nothing above INFO, on 2026-12-01 in Seoul.
 */
class CorpusRulesTest {
  private static final RuleEngine ENGINE = RuleEngine.builder()
      .clock(Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Seoul")))
      .build();

  static Stream<String> valid() {
    return Fixtures.list("fixtures/corpus/valid").stream().filter(n -> n.endsWith(".json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void aValidDocumentRaisesNothingAboveInfo(String name) {
    RuleResult result = ENGINE.evaluate(Corpus.valid(name));
    assertThat(result.violations()).as(name).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
  }
}
