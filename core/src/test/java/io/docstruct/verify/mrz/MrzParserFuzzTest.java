package io.docstruct.verify.mrz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.docstruct.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz target for MRZ parsing, repair and verification: any text, as lines or as one run. None of them may
 * throw. The seeds ({@code MrzParserFuzzTestInputs/parse/}) are the MRZs of the fixtures and test vectors.
 */
class MrzParserFuzzTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final MrzParser PARSER = MrzParser.create(CLOCK);
  private static final Verifier VERIFIER = Verifier.create(CLOCK);
  private static final Verifier REPAIRING_VERIFIER = Verifier.create(CLOCK).withMrzRepair();

  @FuzzTest
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Mrz mrz = PARSER.parse(text);
    mrz.toString();
    List<String> lines = Arrays.asList(text.split("\n", -1));
    PARSER.parse(lines);
    MrzRepair.repair(lines);
    VERIFIER.verifyMrz(text);
    REPAIRING_VERIFIER.verifyMrz(text);
  }
}
