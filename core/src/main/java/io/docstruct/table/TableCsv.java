package io.docstruct.table;

import java.util.List;

/**
 * Writes grids as CSV (RFC 4180): the dense view ({@link TableGrid#matrix()}), so a spanned value is
 * repeated in every position it covers; records end in CRLF; a field is quoted when it holds a comma, a
 * quote, CR or LF (quotes doubled), and also a semicolon or a tab, so that a spreadsheet whose list
 * separator is one of those keeps the field whole. Several tables become blocks separated by one empty line.
 * A one-column row whose only value is empty is written as {@code ""} so that it cannot be mistaken for that
 * separator.
 *
 * <p>No field can become a formula: text that a spreadsheet would run ({@link SpreadsheetText}: it begins
 * with {@code = + - @}, tab or CR and is not a plain number such as {@code -1,200}) is written with a single
 * quote before it and quoted, as OWASP recommends: {@code =HYPERLINK(…)} becomes {@code "'=HYPERLINK(…)"}.
 *
 * <pre>{@code
 * String csv = TableCsv.render(TableGrids.of(doc));
 * Files.writeString(Path.of("tables.csv"), csv);
 * }</pre>
 */
public final class TableCsv {
  private static final String EOL = "\r\n";

  private TableCsv() {}

  /** One block per table, separated by an empty line. */
  public static String render(List<PageTable> tables) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tables.size(); i++) {
      if (i > 0) {
        out.append(EOL);
      }
      append(out, tables.get(i).grid());
    }
    return out.toString();
  }

  /** One table: one CSV record per grid row. */
  public static String render(TableGrid grid) {
    StringBuilder out = new StringBuilder();
    append(out, grid);
    return out.toString();
  }

  private static void append(StringBuilder out, TableGrid grid) {
    for (List<String> row : grid.matrix()) {
      if (row.size() == 1 && row.get(0).isEmpty()) {
        out.append("\"\"").append(EOL);
        continue;
      }
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(',');
        }
        out.append(field(row.get(c)));
      }
      out.append(EOL);
    }
  }

  /**
   * A field: neutralised when {@linkplain SpreadsheetText#isFormulaLike formula-like} (and then always
   * quoted), else quoted when it holds a separator, a quote or a line break.
   */
  static String field(String value) {
    boolean formula = SpreadsheetText.isFormulaLike(value);
    if (!formula
        && value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0
        && value.indexOf(';') < 0
        && value.indexOf('\t') < 0) {
      return value;
    }
    String text = formula ? SpreadsheetText.neutralised(value) : value;
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
