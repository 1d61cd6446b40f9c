package io.docstruct.verify.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.docstruct.verify.Status;
import io.docstruct.verify.Vectors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every MRZ vector of {@code fixtures/vectors/mrz.json}. */
class MrzVectorsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final MrzParser PARSER = MrzParser.create(CLOCK);
  private static final Map<String, MrzCheckDigit.Kind> KINDS = Map.of(
      "document_number", MrzCheckDigit.Kind.DOCUMENT_NUMBER,
      "date_of_birth", MrzCheckDigit.Kind.DATE_OF_BIRTH,
      "date_of_expiry", MrzCheckDigit.Kind.DATE_OF_EXPIRY,
      "personal_number", MrzCheckDigit.Kind.PERSONAL_NUMBER,
      "composite", MrzCheckDigit.Kind.COMPOSITE);

  static Stream<Arguments> checkDigitVectors() {
    return Vectors.named("mrz.json", "check_digit_vectors", "input").stream();
  }

  static Stream<Arguments> documents() {
    return Vectors.named("mrz.json", "documents", "id").stream();
  }

  static Stream<Arguments> centuries() {
    return Vectors.named("mrz.json", "century_inference_vectors", "yymmdd").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkDigitVectors")
  void checkDigit(String label, JsonNode v) {
    assertThat(CheckDigits.compute(v.get("input").asText())).isEqualTo(v.get("check_digit").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void document(String label, JsonNode v) {
    List<String> lines = new ArrayList<>();
    for (JsonNode line : v.get("lines")) {
      // A vector that gives only line 2 gets a neutral line 1 of the same length.
      lines.add(line.isNull() ? "P<" + "<".repeat(42) : line.asText());
    }
    JsonNode expected = v.get("expected");
    Mrz mrz = PARSER.parse(lines);

    String format = expected.get("format").asText();
    if (format.startsWith("UNKNOWN")) {
      assertThat(mrz.lengthOk()).isFalse();
    } else {
      assertThat(mrz.format().label()).isEqualTo(format);
    }
    assertThat(mrz.lengthOk()).isEqualTo(expected.get("length_ok").asBoolean());
    assertThat(mrz.valid()).isEqualTo(expected.get("valid").asBoolean());

    JsonNode checks = expected.path("check_digits");
    for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      MrzCheckDigit cd = mrz.checkDigit(KINDS.get(e.getKey()));
      assertThat(cd).as(e.getKey()).isNotNull();
      assertThat(cd.data()).as(e.getKey() + " data").isEqualTo(e.getValue().get("data").asText());
      assertThat(cd.found()).as(e.getKey() + " found").isEqualTo(e.getValue().get("found").asText());
      assertThat(cd.computed()).as(e.getKey() + " computed").isEqualTo(e.getValue().get("computed").asInt());
      assertThat(cd.status() == Status.PASS).as(e.getKey() + " ok").isEqualTo(e.getValue().get("ok").asBoolean());
    }
    if (checks.size() > 0) {
      assertThat(mrz.checkDigits()).hasSize(checks.size());
    }

    JsonNode fields = expected.path("fields");
    if (fields.has("document_code")) {
      assertThat(mrz.documentCode()).isEqualTo(fields.get("document_code").asText());
      assertThat(mrz.issuingState()).isEqualTo(fields.get("issuing_state").asText());
      assertThat(mrz.primaryIdentifier()).isEqualTo(fields.get("primary_identifier").asText());
      assertThat(mrz.secondaryIdentifier()).isEqualTo(fields.get("secondary_identifier").asText());
      assertThat(mrz.documentNumber()).isEqualTo(fields.get("document_number").asText());
      assertThat(mrz.nationality()).isEqualTo(fields.get("nationality").asText());
      assertThat(mrz.dateOfBirth().raw()).isEqualTo(fields.get("date_of_birth").asText());
      assertThat(mrz.dateOfExpiry().raw()).isEqualTo(fields.get("date_of_expiry").asText());
      assertThat(mrz.sex()).isEqualTo(fields.get("sex").asText());
      if (fields.has("optional_data")) {
        assertThat(mrz.optionalData()).isEqualTo(fields.get("optional_data").asText());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("centuries")
  void century(String label, JsonNode v) {
    LocalDate today = LocalDate.parse(v.get("reference_date").asText());
    String yymmdd = v.get("yymmdd").asText();
    MrzDate date = v.get("kind").asText().equals("birth")
        ? MrzDates.birth(yymmdd, today)
        : MrzDates.expiry(yymmdd, today);
    assertThat(date.date()).isEqualTo(LocalDate.parse(v.get("expected").asText()));
  }

  @Test
  void unknownDateOfBirthIsNotRejected() {
    MrzDate date = MrzDates.birth("88<<<<", LocalDate.of(2025, 6, 1));
    assertThat(date.state()).isEqualTo(MrzDate.State.UNKNOWN);
    assertThat(MrzDates.birth("001332", LocalDate.of(2025, 6, 1)).state()).isEqualTo(MrzDate.State.INVALID);
  }

  @Test
  void seedPassportLinesAre46AndFiveCheckDigitsFail() {
    Mrz mrz = PARSER.parse("PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nM123A45670KOR8702010F3008150V20000000000000000");
    assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
    assertThat(mrz.lengthOk()).isFalse();
    assertThat(mrz.checkDigits()).extracting(MrzCheckDigit::computed).containsExactly(4, 2, 5, 3, 4);
    assertThat(mrz.checkDigits()).extracting(MrzCheckDigit::status).containsOnly(Status.FAIL);
  }

  @Test
  void singleRunOf88IsCutIntoTwoLines() {
    Mrz mrz = PARSER.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(mrz.valid()).isTrue();
    assertThat(mrz.dateOfBirth().date()).isEqualTo(LocalDate.of(1974, 8, 12));
  }
}
