package io.docstruct.verify.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.verify.Vectors;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The OCR-confusion vectors of {@code mrz.json} and the audit trail of {@link MrzRepair}. */
class MrzRepairTest {
  private static final String SPECIMEN_LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final MrzParser PARSER =
      MrzParser.create(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

  static Stream<Arguments> corrections() {
    return Vectors.named("mrz.json", "ocr_correction_vectors", "raw").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrections")
  void correctionVector(String label, JsonNode v) {
    String raw = v.get("raw").asText();
    String expected = v.get("expected_result").asText();
    switch (v.get("field_type").asText()) {
      case "numeric" -> {
        FieldRepair r = MrzRepair.numeric(raw, v.get("found_check_digit").asText().charAt(0));
        if (expected.equals("NO_MATCH")) {
          assertThat(r.outcome()).isEqualTo(FieldRepair.Outcome.NO_MATCH);
          assertThat(r.value()).isEqualTo(raw);
        } else {
          assertThat(r.value()).isEqualTo(expected);
        }
      }
      case "alphanumeric" -> {
        FieldRepair r = MrzRepair.alphanumeric(raw, v.get("found_check_digit").asText().charAt(0));
        assertThat(r.value()).isEqualTo(expected);
        assertThat(r.candidatesTested()).isEqualTo(v.get("candidates_tested").asInt());
        List<FieldRepair.Candidate> want = new ArrayList<>();
        for (JsonNode c : v.get("matching_candidates_by_edits")) {
          want.add(new FieldRepair.Candidate(c.get("value").asText(), c.get("edits").asInt()));
        }
        assertThat(r.candidates()).containsExactlyInAnyOrderElementsOf(want);
      }
      case "alpha" -> assertThat(MrzRepair.alpha(raw).value()).isEqualTo(expected);
      case "td3_line2" -> {
        MrzRepairResult r = MrzRepair.repair(List.of(SPECIMEN_LINE_1, raw));
        Mrz repaired = PARSER.parse(r.repaired());
        assertThat(repaired.documentNumber()).isEqualTo(expected);
        assertThat(repaired.valid()).isTrue();
        assertThat(r.changes()).singleElement().satisfies(c -> {
          assertThat(c.position()).isEqualTo("line 2, pos 6");
          assertThat(c.from()).isEqualTo('O');
          assertThat(c.to()).isEqualTo('0');
        });
      }
      default -> throw new AssertionError("unknown field type in " + v);
    }
  }

  @Test
  void ambiguousFieldIsLeftAsReadAndSaysSo() {
    // Two one-substitution readings of the document number satisfy check digit 0: the repair must not pick.
    String number = findAmbiguousNumber();
    FieldRepair r = MrzRepair.alphanumeric(number, '0');
    assertThat(r.outcome()).isEqualTo(FieldRepair.Outcome.AMBIGUOUS);
    assertThat(r.value()).isEqualTo(number);
    assertThat(r.note()).startsWith("ambiguous");
  }

  @Test
  void wrongLengthsAreNotRepaired() {
    MrzRepairResult r = MrzRepair.repair(List.of(
        "PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "M123A45670KOR8702010F3008150V20000000000000000"));
    assertThat(r.changes()).isEmpty();
    assertThat(r.declined()).singleElement().asString().contains("TD3");
  }

  @Test
  void lettersInDatesAreMappedOnlyWhenTheCheckDigitHolds() {
    MrzRepairResult r = MrzRepair.repair(List.of(SPECIMEN_LINE_1, "L898902C36UT07408I22F12O4159ZE184226B<<<<<10"));
    assertThat(PARSER.parse(r.repaired()).valid()).isTrue();
    assertThat(r.changes()).extracting(MrzChange::field)
        .containsExactly("nationality", "date of birth", "date of expiry");
  }

  /** A 9-character number with two confusable characters whose single swaps both keep check digit 0. */
  private static String findAmbiguousNumber() {
    // "O" and "I": swapping either to a digit changes the sum by 24·w or 17·w; search a prefix that ties.
    for (char a = 'A'; a <= 'Z'; a++) {
      for (int d = 0; d < 100; d++) {
        String candidate = "O" + a + "I" + String.format("%02d", d) + "3333";
        FieldRepair r = MrzRepair.alphanumeric(candidate, '0');
        if (r.outcome() == FieldRepair.Outcome.AMBIGUOUS) {
          return candidate;
        }
      }
    }
    throw new AssertionError("no ambiguous number found");
  }
}
