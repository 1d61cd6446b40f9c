package io.docstruct.export.excel;

import static io.docstruct.export.excel.ExcelFixtures.RULES;
import static io.docstruct.export.excel.ExcelFixtures.VERIFIER;
import static io.docstruct.export.excel.ExcelFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.document.OcrDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's workbook rows recorded where it was read and written later without it ({@link WorkbookRows}, the
 * Spark job's workbook step) give the workbook that adding the document itself gives: every part of the file
 * byte for byte (sheets, cells, styles, formulas, merged table cells, sheet names and order), but the creation
 * time.
 */
class WorkbookRowsTest {
  @TempDir Path dir;

  /**
   * Every kind of row: receipts with items (formulas), a receipt read from words (Review rows), an ID card, a
   * credit card (its expiry month), a business licence, a name card, a medical receipt (its table), a General OCR
   * table with merged cells.
   */
  private static final List<String> DOCUMENTS = List.of("receipt.json", "receipt-subtotal.json",
      "general-v2-restaurant.json", "id-card.json", "credit-card.json", "biz-license.json", "name-card.json",
      "medical-receipt.json", "table-response.json", "receipt.json");

  private Path written(String name, ExcelOptions options, boolean recorded) throws IOException {
    Path out = dir.resolve(name);
    ExcelExporter excel = ExcelExporter.create(options);
    try (ExpenseWorkbookWriter writer = excel.open(out)) {
      int n = 0;
      for (String file : DOCUMENTS) {
        OcrDocument doc = document(file);
        String source = "doc" + (++n) + "-" + file;
        if (recorded) {
          // through bytes, as a Spark column carries them
          byte[] bytes = excel.record(source, doc, RULES.evaluate(doc), VERIFIER.verify(doc)).bytes();
          writer.add(WorkbookRows.of(bytes));
        } else {
          writer.add(source, doc, RULES.evaluate(doc), VERIFIER.verify(doc));
        }
        if (n == 3) {
          writer.addFailure("broken.json", "read", "not JSON");
        }
      }
    }
    return out;
  }

  /** The file's parts by name, as text; the creation time left out. */
  private static Map<String, String> parts(Path xlsx) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          parts.put(e.getName(), e.getName().equals("docProps/core.xml")
              ? text.replaceAll("<dcterms:created[^<]*</dcterms:created>", "") : text);
        }
      }
    }
    return parts;
  }

  @Test
  void recordedRowsGiveTheWorkbookTheDocumentsGive() throws IOException {
    Map<String, String> direct = parts(written("direct.xlsx", ExcelOptions.defaults(), false));
    Map<String, String> recorded = parts(written("recorded.xlsx", ExcelOptions.defaults(), true));

    assertThat(direct.get("xl/workbook.xml")).as("every kind of entity sheet, and tables of later documents")
        .contains("name=\"Review\"", "name=\"Vendors\"", "name=\"Contacts\"", "name=\"Identity documents\"",
            "name=\"Cards\"", "name=\"Medical bills\"", "name=\"Failures\"", "name=\"d9 p1 t1\"");
    assertThat(direct.values().stream().anyMatch(x -> x.contains("<mergeCell "))).as("merged table cells").isTrue();
    assertThat(direct.values().stream().anyMatch(x -> x.contains("SUMIF("))).as("formulas").isTrue();
    assertThat(recorded).isEqualTo(direct);
  }

  @Test
  void otherOptionsAreRecordedAsTheyWrite() throws IOException {
    ExcelOptions options = ExcelOptions.defaults().withMaskPersonalNumbers(false)
        .withSheets(ExcelSheet.EXPENSES, ExcelSheet.VIOLATIONS, ExcelSheet.CARDS, ExcelSheet.IDENTITY_DOCUMENTS,
            ExcelSheet.REVIEW, ExcelSheet.FAILURES);

    assertThat(parts(written("recorded.xlsx", options, true)))
        .isEqualTo(parts(written("direct.xlsx", options, false)));
  }

  @Test
  void aRecordingCountsItsRows() {
    OcrDocument receipt = document("receipt-subtotal.json");
    WorkbookRows rows = ExcelExporter.create().record("r.json", receipt, RULES.evaluate(receipt), null);
    int items = RULES.evaluate(receipt).expenses().get(0).items().size();

    assertThat(rows.rows(ExcelSheet.EXPENSES)).isEqualTo(1);
    assertThat(rows.rows(ExcelSheet.ITEMS)).isEqualTo(items).isPositive();
    assertThat(rows.rows(ExcelSheet.FAILURES)).isZero();
    OcrDocument table = document("table-response.json");
    assertThat(ExcelExporter.create().record("t.json", table, RULES.evaluate(table), null).rows(ExcelSheet.TABLES))
        .isPositive();
  }

  @Test
  void aWriterRefusesRowsRecordedForAnotherWorkbook() throws IOException {
    OcrDocument card = document("credit-card.json");
    WorkbookRows unmasked = ExcelExporter.create(ExcelOptions.defaults().withMaskPersonalNumbers(false))
        .record("card.json", card, RULES.evaluate(card), null);

    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(dir.resolve("masked.xlsx"))) {
      assertThatThrownBy(() -> writer.add(unmasked))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other options");
    }
    assertThat(dir.resolve("masked.xlsx")).as("nothing written after a failed add").doesNotExist();
  }

  @Test
  void damagedRecordingsAreRefusedNotGuessed() throws IOException {
    assertThatThrownBy(() -> WorkbookRows.of("not a recording".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a recording");
    OcrDocument receipt = document("receipt.json");
    byte[] bytes = ExcelExporter.create().record("r.json", receipt, RULES.evaluate(receipt), null).bytes();
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 70);

    try (ExpenseWorkbookWriter writer = ExcelExporter.create().open(dir.resolve("cut.xlsx"))) {
      assertThatThrownBy(() -> writer.add(WorkbookRows.of(cut)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damaged workbook rows");
    }
  }
}
