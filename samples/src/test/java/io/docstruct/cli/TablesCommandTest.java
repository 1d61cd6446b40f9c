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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct tables} in each format, on the bundled receipt and on bad or damaged input. */
class TablesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path sample(SampleResponse sample) throws IOException {
    Path file = dir.resolve(sample.fileName());
    try (InputStream in = sample.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void csvIsTheDefaultAndRepeatsTheSpannedValue() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("tables", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "구분,상품명,수량,금액\r\n"
                + "행사,삼각김밥,2,\"2,400\"\r\n"
                + "행사,바나나우유,1,\"1,700\"\r\n"
                + "일반,생수,1,950\r\n");
  }

  @Test
  void jsonHasTheShapeOfTheContract() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("tables", file.toString(), "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode table = JSON.readTree(run.out()).get("tables").get(0);
    assertThat(table.get("page").asInt()).isZero();
    assertThat(table.get("index").asInt()).isZero();
    assertThat(table.get("rowCount").asInt()).isEqualTo(4);
    assertThat(table.get("columnCount").asInt()).isEqualTo(4);
    assertThat(table.get("warnings")).isEmpty();
    JsonNode merged = table.get("cells").get(4);
    assertThat(merged.get("text").asText()).isEqualTo("행사");
    assertThat(merged.get("row").asInt()).isEqualTo(1);
    assertThat(merged.get("column").asInt()).isZero();
    assertThat(merged.get("rowSpan").asInt()).isEqualTo(2);
    assertThat(merged.get("columnSpan").asInt()).isEqualTo(1);
    assertThat(merged.has("confidence")).isTrue();
  }

  @Test
  void markdownShowsTheHeaderRow() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("tables", file.toString(), "--format", "markdown");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("### Page 1, table 1\n\n| 구분 | 상품명 | 수량 | 금액 |\n| --- | --- | --- | --- |\n")
        .contains("| 행사 | 바나나우유 | 1 | 1,700 |");
  }

  @Test
  void warningsGoToStderrForCsvAndIntoTheJson() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("dup.json"),
            "{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\",\"fields\":[],\"tables\":[{\"cells\":["
                + cell(0, 0, "a")
                + ","
                + cell(0, 0, "a")
                + "]}]}]}",
            UTF_8);

    CliRun csv = CliRun.of("tables", file.toString());
    CliRun json = CliRun.of("tables", file.toString(), "--format", "json");

    assertThat(csv.exit()).isZero();
    assertThat(csv.out()).isEqualTo("a\r\n");
    String warning =
        "cell 1 (row 0, column 0): same position as cell 0 and the same text \"a\"; dropped as an"
            + " exact duplicate";
    assertThat(csv.errLines()).containsExactly("docstruct: " + file + ": page 0, table 0: " + warning);
    assertThat(json.err()).isEmpty();
    assertThat(JSON.readTree(json.out()).get("tables").get(0).get("warnings").get(0).asText())
        .isEqualTo(warning);
  }

  @Test
  void csvNeutralisesFormulasInTableCellsAndKeepsPlainNumbers() throws IOException {
    // A hostile General OCR table: a store name that is a link formula, a command, and real amounts.
    Path file =
        Files.writeString(
            dir.resolve("hostile.json"),
            "{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\",\"fields\":[],\"tables\":[{\"cells\":["
                + cell(0, 0, "=HYPERLINK(\\\"http://evil\\\",\\\"click\\\")")
                + ","
                + cell(0, 1, "-1,200")
                + ","
                + cell(1, 0, "@SUM(1+1)*cmd|' /C calc'!A0")
                + ","
                + cell(1, 1, "+2,000")
                + "]}]}]}",
            UTF_8);

    CliRun run = CliRun.of("tables", file.toString(), "--format", "csv");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",\"-1,200\"\r\n"
                + "\"'@SUM(1+1)*cmd|' /C calc'!A0\",\"+2,000\"\r\n");
  }

  @Test
  void csvNeutralisesFormulasInDocumentOcrFields() throws IOException {
    // A medical receipt (Document OCR) whose key and value texts are formulas: its key/value table.
    Path file =
        Files.writeString(
            dir.resolve("medical.json"),
            "{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\",\"medicalReceipt\":{\"result\":["
                + medical(1, "=1+1", "진료비", "-1,200")
                + ","
                + medical(2, "=1+1", "본인부담", "-cmd|' /C calc'!A0")
                + "]}}]}",
            UTF_8);

    CliRun run = CliRun.of("tables", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(",\"'=1+1\"\r\n진료비,\"-1,200\"\r\n본인부담,\"'-cmd|' /C calc'!A0\"\r\n");
  }

  /** A medical receipt value cell under one column key and one row key. */
  private static String medical(int id, String column, String row, String value) {
    return "{\"id\":" + id + ",\"keyTexts\":\"" + column + "|" + row + "\",\"valueText\":\"" + value + "\","
        + "\"keyCells\":[{\"depth\":1,\"group\":\"column\",\"value\":\"" + column + "\"},"
        + "{\"depth\":1,\"group\":\"row\",\"value\":\"" + row + "\"}],"
        + "\"valueCell\":{\"value\":\"" + value + "\"}}";
  }

  private static String cell(int row, int column, String text) {
    return "{\"rowIndex\":" + row + ",\"columnIndex\":" + column + ",\"rowSpan\":1,\"columnSpan\":1,"
        + "\"cellTextLines\":[{\"cellWords\":[{\"inferText\":\"" + text + "\"}]}]}";
  }

  @Test
  void responseWithoutTablesSaysSoOnStderr() throws IOException {
    Path file = sample(SampleResponse.NHN_GENERAL);

    CliRun run = CliRun.of("tables", file.toString());
    CliRun json = CliRun.of("tables", file.toString(), "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("docstruct: " + file + ": no tables");
    assertThat(json.out().replaceAll("\\s", "")).isEqualTo("{\"tables\":[]}");
  }

  @Test
  void missingFileIsExitTwoWithOneLine() {
    Path missing = dir.resolve("nope.json");

    CliRun run = CliRun.of("tables", missing.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("docstruct: " + missing + ": no such file");
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path file = sample(SampleResponse.CLOVA_GENERAL);

    CliRun run = CliRun.of("tables", file.toString(), "--format", "xlsx");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("docstruct: ").contains("--format", "(see 'docstruct tables --help')");
  }
}
