package io.docstruct.cli;

import io.docstruct.testing.server.SampleResponse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct verify}: the JSON contract of design.md and the exit codes 0, 1 and 2. */
class VerifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSPORT = """
      {"version":"V2","requestId":"r","timestamp":1684203696126,"images":[{"passport":{"passportResult":{
        "documentNumber":{"rawText":"M123A4567","refinedText":"M123A4567","postprocessed":[]},
        "mrzLines":{"rawText":"x","refinedText":"PMKORHONG<<GILSOON<<<<<<<<<<<<<<<<<<<<<<<<<<<<\\nM123A45670KOR8702010F3008150V20000000000000000","postprocessed":[]}
      }},"uid":"u","name":"p","inferResult":"SUCCESS","message":"SUCCESS"}]}
      """;

  @TempDir Path dir;

  @Test
  void passportWithWrongCheckDigitsExitsOneWithTheDesignedJson() throws IOException {
    Path file = Files.writeString(dir.resolve("passport.json"), PASSPORT, UTF_8);
    CliRun run = CliRun.of("verify", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    JsonNode report = JSON.readTree(run.out());
    assertThat(fieldNames(report)).containsExactly("document", "valid", "findings");
    assertThat(report.get("document").asText()).isEqualTo("passport");
    assertThat(report.get("valid").asBoolean()).isFalse();
    for (JsonNode f : report.get("findings")) {
      assertThat(fieldNames(f)).containsExactly("check", "field", "status", "severity", "expected", "actual", "message");
      assertThat(f.get("status").asText()).isIn("PASS", "FAIL", "UNVERIFIABLE");
      assertThat(f.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
    }
    List<String> composite = new ArrayList<>();
    report.get("findings").forEach(f -> {
      if (f.get("check").asText().equals("mrz.check-digit.composite")) {
        composite.add(f.get("status").asText() + " " + f.get("expected").asText() + " " + f.get("actual").asText());
      }
    });
    assertThat(composite).containsExactly("FAIL 4 0");
  }

  @Test
  void bundledReceiptIsVerified() throws IOException {
    Path file = dir.resolve("receipt.json");
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      Files.copy(in, file);
    }
    CliRun run = CliRun.of("verify", file.toString());
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("document").asText()).isEqualTo("receipt");
    assertThat(run.exit()).isEqualTo(report.get("valid").asBoolean() ? 0 : 1);
  }

  @Test
  void malformedInputExitsTwoWithOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"images\": [", UTF_8);
    CliRun run = CliRun.of("verify", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void missingFileExitsTwo() {
    CliRun run = CliRun.of("verify", dir.resolve("nope.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
