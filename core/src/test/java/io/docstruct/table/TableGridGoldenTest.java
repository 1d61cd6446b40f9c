package io.docstruct.table;


import io.docstruct.document.OcrDocument;
import io.docstruct.read.ResponseReader;
import io.docstruct.testing.Fixtures;
import io.docstruct.testing.Golden;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every table of a response rebuilt and written as the JSON, CSV and Markdown of {@code docstruct tables},
 * compared with reviewed golden files under {@code src/test/resources/golden/table/}. After reviewing an
 * intended change, regenerate with
 * {@code ./mvnw -pl core test -Dtest=TableGridGoldenTest -Ddocstruct.golden.update=true}.
 *
 * <p>{@code hand-made.json}: on page 0 a table with a row span, a multi-line cell and an empty cell, a table
 * with column spans under a two-row header, and a table with a title row and a 2 × 2 cell; on page 1 a
 * text-only table. {@code table-response.json} is the seed example (row spans 2, 8, 10; empty cell);
 * {@code general-receipt.json} the bundled receipt; {@code medical-receipt.json} the seed medical receipt.
 */
class TableGridGoldenTest {
  static Stream<String> responses() {
    return Stream.of(
        "fixtures/table/hand-made.json",
        "fixtures/table/general-receipt.json",
        "fixtures/clova/general/table-response.json",
        "fixtures/clova/document/medical-receipt.json");
  }

  @ParameterizedTest
  @MethodSource("responses")
  void tablesMatchTheirGoldenFiles(String resource) throws Exception {
    OcrDocument doc = ResponseReader.create().read(Fixtures.bytes(resource), resource);
    List<PageTable> tables = TableGrids.of(doc);
    String base = "golden/table/" + resource.substring(resource.lastIndexOf('/') + 1)
        .replace(".json", ".expected");

    check(base + ".json", TablesJson.of(tables).toPrettyJson() + "\n");
    check(base + ".csv", TableCsv.render(tables));
    check(base + ".md", TableMarkdown.render(tables));
  }

  private static void check(String golden, String actual) {
    Golden.assertMatches(actual, golden);
  }
}
