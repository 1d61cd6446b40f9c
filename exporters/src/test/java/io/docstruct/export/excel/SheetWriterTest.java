package io.docstruct.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.export.excel.SheetColumns.Items;
import io.docstruct.rules.entity.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cells {@link SheetWriter} streams, as they stand in the sheet's XML. Every data cell is given the
 * workbook's default style up front (so POI does not search the column definitions for each one when the
 * row is flushed); a cell with no style of its own must still be written exactly as before, without an
 * {@code s} attribute, and a styled one with its style.
 */
class SheetWriterTest {
  @TempDir Path dir;

  @Test
  void cellsWithoutAStyleOfTheirOwnAreWrittenWithoutOne() throws IOException {
    Path out = dir.resolve("items.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(1)) {
      StyleCache styles = new StyleCache(workbook, Locale.KOREA);
      SheetWriter items = new SheetWriter(workbook, "Items", List.of(Items.values()), styles);
      for (int i = 1; i <= 3; i++) { // a window of one row: rows are flushed as they are written
        Row row = items.row();
        items.integer(row, Items.EXPENSE_NO, i);
        items.text(row, Items.NAME, "커피");
        items.number(row, Items.QUANTITY, BigDecimal.valueOf(2));
        items.money(row, Items.AMOUNT, Money.krw(4_500));
      }
      items.finish();
      try (OutputStream os = Files.newOutputStream(out)) {
        workbook.write(os);
      }
    }

    String sheet = entry(out, "xl/worksheets/sheet1.xml");
    int money = styles(out).indexOf("#,##0&quot;원&quot;");
    assertThat(money).as("the won format is defined").isPositive();
    assertThat(sheet)
        .contains("<c r=\"A2\" t=\"n\"><v>1.0</v></c>")
        .contains("<c r=\"C2\" t=\"inlineStr\"><is><t>커피</t></is></c>")
        .contains("<c r=\"D2\" t=\"n\"><v>2.0</v></c>")
        .containsPattern("<c r=\"F2\" s=\"[1-9][0-9]*\" t=\"n\"><v>4500.0</v></c>")
        .doesNotContain("s=\"0\"");
    assertThat(sheet.split("<c r=\"[A-F][2-4]\" t=", -1)).as("unstyled data cells").hasSize(3 * 3 + 1);
  }

  private static String styles(Path workbook) throws IOException {
    return entry(workbook, "xl/styles.xml");
  }

  private static String entry(Path workbook, String name) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
