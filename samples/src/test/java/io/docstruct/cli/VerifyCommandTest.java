package io.docstruct.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docstruct verify}: the JSON contract of design.md and the exit codes 0, 1 and 2, for one file and for
 * several files and folders (the verification corpus of core's tests).
 */
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

  @Test
  void aFolderOfValidDocumentsOfEveryKindPrintsNoFailAndExitsZero() throws IOException {
    Path valid = dir.resolve("valid");
    Fixtures.copyFolder("fixtures/corpus/valid", valid);
    CliRun run = verifyOnCorpusDay(valid.toString());

    assertThat(run.err()).isEmpty();
    JsonNode out = JSON.readTree(run.out());
    assertThat(fieldNames(out)).containsExactly("reports", "errors");
    assertThat(out.get("errors")).isEmpty();
    List<String> sources = new ArrayList<>();
    for (JsonNode report : out.get("reports")) {
      assertThat(fieldNames(report)).containsExactly("source", "document", "valid", "findings");
      assertThat(report.get("valid").asBoolean()).as(report.get("source").asText()).isTrue();
      report.get("findings").forEach(f -> assertThat(f.get("status").asText()).isNotEqualTo("FAIL"));
      sources.add(report.get("source").asText());
    }
    List<String> expected = Fixtures.list("fixtures/corpus/valid").stream()
        .filter(n -> n.endsWith(".json")).map(n -> valid.resolve(n).toString()).toList();
    assertThat(sources).containsExactlyElementsOf(expected);
    assertThat(run.exit()).isZero();
  }

  @Test
  void aFolderOfCorruptDocumentsExitsOneWithEveryReportInvalid() throws IOException {
    Path corrupt = dir.resolve("corrupt");
    Fixtures.copyFolder("fixtures/corpus/corrupt", corrupt);
    CliRun run = verifyOnCorpusDay(corrupt.toString());

    JsonNode out = JSON.readTree(run.out());
    assertThat(out.get("reports")).hasSize((int) Fixtures.list("fixtures/corpus/corrupt").stream()
        .filter(n -> n.endsWith(".json")).count());
    out.get("reports").forEach(r -> assertThat(r.get("valid").asBoolean()).isFalse());
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void filesAndFoldersAreReportedInTheOrderGivenAndAFolderInNameOrder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Fixtures.copyFolder("fixtures/corpus/valid", folder);
    Path single = Files.writeString(dir.resolve("passport.json"), PASSPORT, UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "not a response", UTF_8);
    CliRun run = verifyOnCorpusDay(single.toString(), folder.toString());

    JsonNode reports = JSON.readTree(run.out()).get("reports");
    assertThat(reports.get(0).get("source").asText()).isEqualTo(single.toString());
    assertThat(reports.get(1).get("source").asText()).isEqualTo(folder.resolve("biz-license-corporation.json").toString());
    assertThat(reports).hasSize(1 + (int) Fixtures.list("fixtures/corpus/valid").stream()
        .filter(n -> n.endsWith(".json")).count());
    // The seed-shaped passport of PASSPORT has wrong check digits: one FAIL in the set, exit 1.
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void anUnusableInputIsNamedAndTheOthersAreStillReported() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    Fixtures.copyFolder("fixtures/corpus/valid", folder);
    Path bad = Files.writeString(folder.resolve("zz-bad.json"), "{\"images\": [", UTF_8);
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun run = verifyOnCorpusDay(folder.toString(), empty.toString(), dir.resolve("missing.json").toString());

    JsonNode out = JSON.readTree(run.out());
    assertThat(out.get("reports")).isNotEmpty();
    out.get("reports").forEach(r -> assertThat(r.get("valid").asBoolean()).isTrue());
    List<String> errorSources = new ArrayList<>();
    for (JsonNode e : out.get("errors")) {
      assertThat(fieldNames(e)).containsExactly("source", "message");
      errorSources.add(e.get("source").asText());
    }
    assertThat(errorSources).containsExactly(bad.toString(), empty.toString(), dir.resolve("missing.json").toString());
    assertThat(out.get("errors").get(1).get("message").asText()).contains("no *.json");
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.exit()).isEqualTo(2);
  }

  @Test
  void oneFileStillPrintsOneReportAndAFolderWithOneFileTheList() throws IOException {
    Path file = Files.writeString(dir.resolve("passport.json"), PASSPORT, UTF_8);
    assertThat(fieldNames(JSON.readTree(verifyOnCorpusDay(file.toString()).out())))
        .containsExactly("document", "valid", "findings");
    assertThat(fieldNames(JSON.readTree(verifyOnCorpusDay(dir.toString()).out())))
        .containsExactly("reports", "errors");
  }

  /** {@code docstruct verify ARGS} with "today" the corpus' day, 2026-12-01 (its README). */
  private static CliRun verifyOnCorpusDay(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "verify";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(Map.of(), cl -> ((VerifyCommand) cl.getSubcommands().get("verify").getCommand()).clock =
        Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), all);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
