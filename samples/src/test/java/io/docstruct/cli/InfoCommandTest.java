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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code docstruct info} on the bundled samples and on every kind of bad input. */
class InfoCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path sample(SampleResponse sample) throws IOException {
    Path file = dir.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  @Test
  void nhnSampleReportsItsWordsAndEstimatedSize() throws IOException {
    Path file = sample(SampleResponse.NHN_GENERAL);

    CliRun run = CliRun.of("info", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                file.toString(),
                "  kind:       nhn-general",
                "  request id: (none)",
                "  pages:      1",
                "  words:      13",
                "  page 0: SUCCESS",
                "    size:     530 x 382 px, estimated from the polygons' extent",
                "    words:    13",
                "  warnings:   none",
                ""));
  }

  @Test
  void clovaGeneralSampleReportsKindRequestIdAndConvertedImageSize() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("info", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("  kind:       clova-general-v2")
        .contains("  request id: b7e41c3a-5f0d-4d6e-9a71-2c8e0f6d1a94")
        .contains("  timestamp:  2024-05-14T10:32:08.413Z")
        .contains("  pages:      1")
        .contains("  page 0 \"hangyeol-mart-receipt\": SUCCESS")
        .contains("    size:     720 x 1280 px, from convertedImageInfo")
        .contains("  words:      31")
        .contains("    table 0:  ");
  }

  @Test
  void clovaReceiptSampleReportsItsKindAndSize() throws IOException {
    Path file = sample(SampleResponse.CLOVA_RECEIPT);

    CliRun run = CliRun.of("info", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("  kind:       clova-receipt")
        .contains("  request id: 2d9a6f10-8c4b-4e3a-b5d2-7f1e0c9a3b68")
        .contains("  pages:      1")
        .contains("  page 0 \"bakery-receipt\": SUCCESS")
        .contains("    size:     640 x 1136 px, from convertedImageInfo")
        .contains("  words:      22 (derived from the Document OCR fields)")
        .contains("    words:    22 (derived from the Document OCR fields)")
        .contains("    field storeInfo.name = 빵굽는오후")
        .contains("    field storeInfo.bizNum = 107-86-41378");
  }

  @Test
  void jsonFormatIsOneObjectWithEveryDocument() throws IOException {
    Path nhn = sample(SampleResponse.NHN_GENERAL);
    Path receipt = sample(SampleResponse.CLOVA_RECEIPT);

    CliRun run = CliRun.of("info", "--format", "json", nhn.toString(), receipt.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("errors")).isEmpty();
    assertThat(root.get("documents")).hasSize(2);

    JsonNode first = root.get("documents").get(0);
    assertThat(first.get("source").asText()).isEqualTo(nhn.toString());
    assertThat(first.get("kind").asText()).isEqualTo("nhn-general");
    assertThat(first.get("provider").asText()).isEqualTo("NHN");
    assertThat(first.get("requestId").isNull()).isTrue();
    assertThat(first.get("wordCount").asInt()).isEqualTo(13);
    assertThat(first.get("derivedWordCount").asInt()).isZero();
    assertThat(first.get("warnings")).isEmpty();
    JsonNode page = first.get("pages").get(0);
    assertThat(page.get("index").asInt()).isZero();
    assertThat(page.get("status").asText()).isEqualTo("SUCCESS");
    assertThat(page.get("wordCount").asInt()).isEqualTo(13);
    assertThat(page.get("derivedWordCount").asInt()).isZero();
    assertThat(page.get("size").get("width").asDouble()).isEqualTo(530.0);
    assertThat(page.get("size").get("height").asDouble()).isEqualTo(382.0);
    assertThat(page.get("size").get("source").asText()).isEqualTo("polygon-extent");
    assertThat(page.get("tables")).isEmpty();
    assertThat(page.get("templateFields")).isEmpty();
    assertThat(page.get("documentFields")).isEmpty();

    JsonNode second = root.get("documents").get(1);
    assertThat(second.get("kind").asText()).isEqualTo("clova-receipt");
    assertThat(second.get("provider").asText()).isEqualTo("CLOVA");
    assertThat(second.get("requestId").asText()).isEqualTo("2d9a6f10-8c4b-4e3a-b5d2-7f1e0c9a3b68");
    assertThat(second.get("timestamp").asText()).isEqualTo("2024-05-15T23:51:52.087Z");
    assertThat(second.get("pages").get(0).get("name").asText()).isEqualTo("bakery-receipt");
    assertThat(second.get("pages").get(0).get("size").get("source").asText())
        .isEqualTo("converted-image-info");
    assertThat(second.get("pages").get(0).get("documentFields")).hasSize(22);
    // a Document OCR answer has no words of its own: each of its 22 words is derived from a value
    assertThat(second.get("wordCount").asInt()).isEqualTo(22);
    assertThat(second.get("derivedWordCount").asInt()).isEqualTo(22);
    assertThat(second.get("pages").get(0).get("derivedWordCount").asInt()).isEqualTo(22);
    assertThat(second.get("pages").get(0).get("documentFields").get(0).get("name").asText())
        .isEqualTo("storeInfo.name");
  }

  @Test
  void oneBadFileFailsTheRunButTheOthersAreStillReported() throws IOException {
    Path nhn = sample(SampleResponse.NHN_GENERAL);
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.of("info", missing.toString(), nhn.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("docstruct: " + missing + ": no such file");
    assertThat(run.out()).startsWith(nhn.toString()).contains("  words:      13");
  }

  @Test
  void jsonFormatListsTheFilesThatFailed() throws IOException {
    Path nhn = sample(SampleResponse.NHN_GENERAL);
    Path bad = file("bad.json", "{\"images\": [");

    CliRun run = CliRun.of("info", "--format=json", bad.toString(), nhn.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("documents")).hasSize(1);
    assertThat(root.get("errors")).hasSize(1);
    assertThat(root.get("errors").get(0).get("source").asText()).isEqualTo(bad.toString());
    assertThat(root.get("errors").get(0).get("message").asText())
        .startsWith(bad + ": ")
        .containsPattern("malformed JSON at \\$\\.images");
  }

  /** The expected text is a regular expression after {@code "docstruct: FILE: "}. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '~',
      quoteCharacter = '`',
      textBlock =
          """
          malformed JSON        ~ {\\n  "images": [\\n    {"name": \\n ~ malformed JSON at \\$\\.images\\[0\\]: .*\\(line 4, column 1\\)
          empty file            ~                                  ~ malformed JSON at \\$: no JSON content
          JSON array            ~ [1, 2]                           ~ not an OCR response at \\$: expected a JSON object, found an array
          not an OCR response   ~ {"foo": 1, "bar": []}            ~ not an OCR response at \\$: expected a CLOVA response .* found keys \\[foo, bar\\]
          wrong value type      ~ {"images": "page"}               ~ unexpected value at \\$\\.images: .*
          CLOVA error body      ~ {"code":"0002","message":"Secret key validate failed.","path":"/x","timestamp":1} ~ is a CLOVA error response, not an OCR result: code 0002, "Secret key validate failed\\."
          NHN failure envelope  ~ {"header":{"isSuccessful":false,"resultCode":-1,"resultMessage":"Unknown error."}} ~ is an NHN Cloud error response, not an OCR result: code -1, "Unknown error\\."
          """)
  void unusableInputIsOneLineAndExitTwo(String title, String content, String expected)
      throws IOException {
    Path file = file("input.json", content == null ? "" : content.replace("\\n", "\n"));

    CliRun run = CliRun.of("info", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertSingleErrorLine(run);
    assertThat(run.errLines().get(0))
        .matches(Pattern.quote("docstruct: " + file + ": ") + expected);
  }

  @Test
  void missingFileIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("info", dir.resolve("nope.json").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertSingleErrorLine(run);
    assertThat(run.err()).isEqualTo("docstruct: " + dir.resolve("nope.json") + ": no such file\n");
  }

  @Test
  void directoryIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("info", dir.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertSingleErrorLine(run);
    assertThat(run.err()).contains(dir + ": is a directory, not a response file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          unknown option    | --bogus      | Unknown option: '--bogus' (see 'docstruct info --help')
          misspelt option   | --formt=json | Unknown option: '--formt=json' (did you mean --format?)
          unknown format    | --format=xml | Invalid value for option '--format'
          """)
  void usageErrorsAreOneLineAndExitTwo(String title, String option, String expected)
      throws IOException {
    Path nhn = sample(SampleResponse.NHN_GENERAL);

    CliRun run = CliRun.of("info", option, nhn.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertSingleErrorLine(run);
    assertThat(run.err()).startsWith("docstruct: " + expected);
  }

  @Test
  void noFileIsAUsageError() {
    CliRun run = CliRun.of("info");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "docstruct: Missing required parameter: 'RESPONSE.json' (see 'docstruct info --help')");
  }

  @ParameterizedTest
  @CsvSource({"--debug, info", "info, --debug"})
  void debugPrintsTheStackTraceAfterTheMessage(String first, String second) throws IOException {
    Path file = file("input.json", "{\"images\": [");

    CliRun run = CliRun.of(first, second, file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("docstruct: " + file + ": ").contains("$.images");
    assertThat(run.err())
        .contains("io.docstruct.read.ResponseFormatException")
        .contains("\tat io.docstruct.")
        .contains("Caused by: com.fasterxml.jackson");
  }

  @Test
  void formatIsCaseInsensitive() throws IOException {
    Path nhn = sample(SampleResponse.NHN_GENERAL);

    CliRun run = CliRun.of("info", "--format", "JSON", nhn.toString());

    assertThat(run.exit()).isZero();
    assertThat(JSON.readTree(run.out()).get("documents")).hasSize(1);
  }

  static void assertSingleErrorLine(CliRun run) {
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("docstruct: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("at io.")
        .doesNotContain("null");
  }
}
