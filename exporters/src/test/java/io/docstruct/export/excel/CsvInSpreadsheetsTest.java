package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.openpyxlDump;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.export.pdf.ExternalTool;
import io.docstruct.read.ResponseReader;
import io.docstruct.table.TableCsv;
import io.docstruct.table.TableGrids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a spreadsheet makes of {@code docstruct tables --format csv}: LibreOffice (headless, its CSV import
 * with formulas evaluated, as when a user opens the file) converts our CSV to xlsx, and openpyxl reads the
 * result. Text that starts like a formula comes back as text with our leading quote; plain signed numbers
 * come back as numbers. The same cells written without the neutralisation come back as formulas, so the
 * check can tell the difference.
 */
class CsvInSpreadsheetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void libreOfficeOpensNeutralisedCellsAsTextAndPlainNumbersAsNumbers() throws IOException {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("A1", "=HYPERLINK(\"http://evil\",\"click\")");
    cells.put("B1", "=1+1");
    cells.put("A2", "@SUM(1+1)*cmd|' /C calc'!A0");
    cells.put("B2", "-1,200");
    cells.put("A3", "+2,000");
    cells.put("B3", "-1200");
    StringBuilder json = new StringBuilder();
    for (Map.Entry<String, String> c : cells.entrySet()) {
      json.append(json.length() == 0 ? "" : ",")
          .append("{\"rowIndex\":").append(c.getKey().charAt(1) - '1')
          .append(",\"columnIndex\":").append(c.getKey().charAt(0) - 'A')
          .append(",\"rowSpan\":1,\"columnSpan\":1,\"cellTextLines\":[{\"cellWords\":[{\"inferText\":")
          .append(JSON.writeValueAsString(c.getValue())).append("}]}]}");
    }
    String response =
        "{\"version\":\"V2\",\"images\":[{\"inferResult\":\"SUCCESS\",\"fields\":[],\"tables\":[{\"cells\":["
            + json + "]}]}]}";
    String csv = TableCsv.render(TableGrids.of(ResponseReader.create().read(response.getBytes(UTF_8), "t.json")));

    Map<String, JsonNode> ours = cellsOf(libreOffice(Files.writeString(dir.resolve("ours.csv"), csv, UTF_8)));
    Map<String, JsonNode> raw =
        cellsOf(libreOffice(Files.writeString(dir.resolve("raw.csv"), "=1+1,-1,200\r\n", UTF_8)));

    assertThat(raw.get("A1").get("type").asText()).as("an unneutralised cell is a formula").isEqualTo("f");
    for (String ref : List.of("A1", "B1", "A2")) {
      assertThat(ours.get(ref).get("type").asText()).as(ref).isEqualTo("s");
      assertThat(ours.get(ref).get("value").asText()).as(ref).isEqualTo("'" + cells.get(ref));
    }
    assertThat(ours.get("B2").get("type").asText()).isEqualTo("n");
    assertThat(ours.get("B2").get("value").asInt()).isEqualTo(-1200);
    assertThat(ours.get("A3").get("type").asText()).isEqualTo("n");
    assertThat(ours.get("A3").get("value").asInt()).isEqualTo(2000);
    assertThat(ours.get("B3").get("type").asText()).isEqualTo("n");
    assertThat(ours.get("B3").get("value").asInt()).isEqualTo(-1200);
  }

  /**
   * {@code csv} converted to xlsx by LibreOffice's CSV import (comma, double quote, UTF-8, formulas
   * evaluated: its defaults) in a private profile, so that parallel runs do not share one.
   */
  private Path libreOffice(Path csv) {
    ExternalTool soffice = ExternalTool.require("soffice", "libreoffice-calc-nogui");
    Path out = dir.resolve("out");
    soffice.run(
        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless",
        "--infilter=CSV:44,34,76,1",
        "--convert-to",
        "xlsx",
        "--outdir",
        out.toString(),
        csv.toString());
    String name = csv.getFileName().toString();
    return out.resolve(name.substring(0, name.length() - ".csv".length()) + ".xlsx");
  }

  private static Map<String, JsonNode> cellsOf(Path xlsx) throws IOException {
    Map<String, JsonNode> cells = new LinkedHashMap<>();
    for (JsonNode cell : JSON.readTree(openpyxlDump(xlsx)).get("sheets").get(0).get("cells")) {
      cells.put(cell.get("ref").asText(), cell);
    }
    return cells;
  }
}
