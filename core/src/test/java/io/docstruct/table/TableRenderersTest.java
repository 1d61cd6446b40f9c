package io.docstruct.table;

import static io.docstruct.table.Cells.cell;
import static io.docstruct.table.Cells.grid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV quoting, Markdown escaping and the JSON shape of design.md. */
class TableRenderersTest {

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAndRepeatsSpans() {
    TableGrid g = grid(cell(0, 0, 1, 2, "합계, \"총\""), cell(1, 0, "a\nb"), cell(1, 1, "1,600"));

    assertThat(TableCsv.render(g))
        .isEqualTo("\"합계, \"\"총\"\"\",\"합계, \"\"총\"\"\"\r\n\"a\nb\",\"1,600\"\r\n");
  }

  @Test
  void csvSeparatesTablesByAnEmptyLineAndMarksAnEmptySingleColumnRow() {
    PageTable one = new PageTable(0, 0, PageTable.Source.PROVIDER_TABLE, grid(cell(0, 0, "x"), cell(2, 0, "y")));
    PageTable two = new PageTable(1, 0, PageTable.Source.PROVIDER_TABLE, grid(cell(0, 0, "z")));

    assertThat(TableCsv.render(List.of(one, two))).isEqualTo("x\r\n\"\"\r\ny\r\n\r\nz\r\n");
  }

  @Test
  void csvNeutralisesTextThatASpreadsheetWouldRunAsAFormula() {
    // What a hostile receipt or table can carry: each would run as a formula in Excel or LibreOffice.
    TableGrid g =
        grid(
            cell(0, 0, "=HYPERLINK(\"http://evil\",\"click\")"),
            cell(0, 1, "@SUM(1+1)*cmd|' /C calc'!A0"),
            cell(1, 0, "+1+2"),
            cell(1, 1, "-1+2"),
            cell(2, 0, "\t=1+1"),
            cell(2, 1, "\r=1+1"));

    assertThat(TableCsv.render(g))
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",\"'@SUM(1+1)*cmd|' /C calc'!A0\"\r\n"
                + "\"'+1+2\",\"'-1+2\"\r\n"
                + "\"'\t=1+1\",\"'\r=1+1\"\r\n");
  }

  @Test
  void csvLeavesPlainSignedNumbersAsNumbers() {
    TableGrid g =
        grid(
            cell(0, 0, "-1,200"), cell(0, 1, "-1200"), cell(0, 2, "+2,000"), cell(0, 3, "-0.5"),
            cell(1, 0, "-3,00"), cell(1, 1, "- 1,000"), cell(1, 2, "-1,2000"), cell(1, 3, "1-2"));

    assertThat(TableCsv.render(g))
        .isEqualTo(
            "\"-1,200\",-1200,\"+2,000\",-0.5\r\n"
                // not exactly a number: neutralised like any other text that starts with a sign
                + "\"'-3,00\",\"'- 1,000\",\"'-1,2000\",1-2\r\n");
  }

  @Test
  void csvQuotesSemicolonsAndTabsSoThatNoSeparatorStartsAFormulaCell() {
    // Where the list separator is ';' (or a reader splits at tabs), an unquoted field would split in two.
    TableGrid g = grid(cell(0, 0, "합계;=1+1"), cell(0, 1, "a\t@b"));

    assertThat(TableCsv.render(g)).isEqualTo("\"합계;=1+1\",\"a\t@b\"\r\n");
  }

  @Test
  void markdownEscapesPipesAndLineBreaks() {
    TableGrid g = grid(cell(0, 0, "a|b"), cell(0, 1, "금액"), cell(1, 0, "줄1\n줄2"), cell(1, 1, "1,600"));

    assertThat(TableMarkdown.render(g))
        .isEqualTo("| a\\|b | 금액 |\n| --- | --- |\n| 줄1<br>줄2 | 1,600 |\n");
  }

  @Test
  void jsonHasTheShapeOfDesignMd() {
    PageTable t = new PageTable(2, 1, PageTable.Source.PROVIDER_TABLE, grid(cell(0, 0, "a"), cell(0, 1, 0, 1, "")));

    assertThat(TablesJson.of(List.of(t)).toJson())
        .isEqualTo(
            "{\"tables\":[{\"page\":2,\"index\":1,\"rowCount\":1,\"columnCount\":2,\"cells\":["
                + "{\"row\":0,\"column\":0,\"rowSpan\":1,\"columnSpan\":1,\"text\":\"a\",\"confidence\":0.9},"
                + "{\"row\":0,\"column\":1,\"rowSpan\":1,\"columnSpan\":1,\"text\":\"\"}],"
                + "\"warnings\":[\"cell 1 (row 0, column 1): rowSpan 0 read as 1\"]}]}");
  }
}
