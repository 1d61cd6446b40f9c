package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.VERIFIER;
import static io.docstruct.export.excel.ExcelFixtures.document;
import static io.docstruct.export.excel.ExcelFixtures.openpyxlDump;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docstruct.document.OcrDocument;
import io.docstruct.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the workbooks back with openpyxl (an xlsx reader that shares no code with POI) and compares every
 * sheet with a golden JSON file: values, types, number formats, formulas and their cached values, merged
 * ranges, frozen panes and autofilters. On a mismatch the actual dump is left in {@code target/} beside the
 * test classes for review; after reviewing an intended change, the one golden switch ({@link Golden},
 * {@code -Ddocstruct.golden.update=true}) rewrites the golden files.
 */
class OpenpyxlGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RESPONSES =
      List.of(
          "receipt.json",
          "receipt-subtotal.json",
          "biz-license.json",
          "name-card.json",
          "id-card.json",
          "credit-card.json",
          "medical-receipt.json");

  @TempDir Path dir;

  @Test
  void entitiesWorkbookMatchesGolden() throws IOException {
    Path out = dir.resolve("entities.xlsx");
    try (ExpenseWorkbookWriter writer =
        ExcelExporter.create(ExcelOptions.defaults().withSheets(allButTables())).open(out)) {
      for (String name : RESPONSES) {
        OcrDocument doc = document(name);
        writer.add(name, doc, RULES.evaluate(doc), VERIFIER.verify(doc));
      }
    }

    assertMatchesGolden(openpyxlDump(out), "entities.expected.json");
  }

  @Test
  void tablesWorkbookMatchesGolden() throws IOException {
    Path out = dir.resolve("tables.xlsx");

    ExcelExporter.create().writeTables(document("table-response.json"), out);

    assertMatchesGolden(openpyxlDump(out), "tables.expected.json");
  }

  private static ExcelSheet[] allButTables() {
    return List.of(ExcelSheet.values()).stream()
        .filter(s -> s != ExcelSheet.TABLES)
        .toArray(ExcelSheet[]::new);
  }

  private static void assertMatchesGolden(String actual, String golden) throws IOException {
    JsonNode got = JSON.readTree(actual);
    assertThat(got.isEmpty()).as("%s: openpyxl read nothing from the workbook", golden).isFalse();
    if (Golden.updating()) {
      Path target = Path.of("src/test/resources/io/docstruct/export/excel").resolve(golden);
      Files.writeString(target, actual, StandardCharsets.UTF_8); // xlsx_dump.py's own layout
      return;
    }
    JsonNode expected;
    try (InputStream in =
        Objects.requireNonNull(OpenpyxlGoldenTest.class.getResourceAsStream(golden), golden)) {
      expected = JSON.readTree(in);
    }
    if (!got.equals(expected)) {
      Path dump = ExcelFixtures.resource("xlsx_dump.py").resolveSibling(golden + ".actual");
      Files.writeString(dump, actual, StandardCharsets.UTF_8);
      assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(got))
          .as("openpyxl's reading of the workbook (actual saved to %s)", dump)
          .isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }
  }
}
