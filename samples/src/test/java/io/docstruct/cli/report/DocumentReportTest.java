package io.docstruct.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstruct.document.Field;
import io.docstruct.document.OcrDocument;
import io.docstruct.document.Page;
import io.docstruct.document.PageSize;
import io.docstruct.document.ResponseKind;
import io.docstruct.document.Table;
import io.docstruct.document.TableCell;
import io.docstruct.document.TemplateField;
import io.docstruct.document.Warning;
import io.docstruct.document.Word;
import io.docstruct.document.WordKind;
import io.docstruct.document.fields.DocumentFields;
import io.docstruct.document.fields.ReceiptFields;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text form of a report on a document built by hand, so that fields, tables, warnings and long values are
 * covered whatever the adapters produce today.
 */
class DocumentReportTest {

  private static TableCell cell(int row, int column, int rowSpan) {
    return new TableCell(row, column, rowSpan, 1, List.of(), null, null);
  }

  private static String text(DocumentReport report) {
    StringWriter out = new StringWriter();
    report.writeText(new PrintWriter(out));
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void documentOcrPageListsFieldsTablesAndWarnings() {
    DocumentFields fields =
        new ReceiptFields(
            "ko",
            new ReceiptFields.Store(
                Field.ofText("빵굽는오후"), null, null, null, List.of(Field.ofText("가".repeat(70))),
                List.of(), List.of()),
            new ReceiptFields.Payment(
                new Field("2024.05.16", "2024-05-16", null, List.of(), null, List.of()),
                null, null, null, null),
            List.of(),
            List.of(),
            new Field("14,700", "14700", 0.99, List.of(), null, List.of()));
    Table table = new Table(null, 0.9, List.of(cell(0, 0, 1), cell(0, 1, 1), cell(1, 0, 2), cell(1, 1, 1)));
    Page page =
        new Page(
            0,
            "bakery-receipt",
            Page.PageStatus.SUCCESS,
            "SUCCESS",
            new PageSize(640, 1136.5, PageSize.Source.CONVERTED_IMAGE_INFO),
            List.of(Word.of("빵", 0.9, null)),
            List.of(table),
            List.of(new TemplateField("memo", "첫 줄\n둘째 줄", null, null, WordKind.TEXT, null)),
            fields);
    OcrDocument doc =
        new OcrDocument(
            ResponseKind.CLOVA_RECEIPT,
            "req-1",
            Instant.parse("2024-05-15T23:51:52.087Z"),
            List.of(page),
            List.of(new Warning("$.images[0].receipt.result.subResults[0]", "item without a price")));

    DocumentReport report = DocumentReport.of("r.json", doc);

    assertThat(text(report))
        .isEqualTo(
            """
            r.json
              kind:       clova-receipt
              request id: req-1
              timestamp:  2024-05-15T23:51:52.087Z
              pages:      1
              words:      1
              page 0 "bakery-receipt": SUCCESS
                size:     640 x 1136.5 px, from convertedImageInfo
                words:    1
                table 0:  3 rows x 2 columns, 4 cells
                template field memo = 첫 줄\\n둘째 줄
                field storeInfo.name = 빵굽는오후
                field storeInfo.address[0] = %s…
                field paymentInfo.date = 2024.05.16  (2024-05-16)
                field totalPrice.price = 14,700  (14700)
              warnings:   1
                $.images[0].receipt.result.subResults[0]: item without a price
            """
                .formatted("가".repeat(DocumentReport.MAX_TEXT_VALUE_LENGTH)));
    assertThat(report.summaryLine())
        .isEqualTo("clova-receipt, 1 page, 1 word, 1 table, 5 fields, 1 warning");
    assertThat(report.pages().get(0).documentFields().get(1).text()).hasSize(70);
  }

  @Test
  void failedPageWithoutSizeSaysSo() {
    Page page =
        new Page(
            2, null, Page.PageStatus.FAILURE, "image too small", null, List.of(), List.of(), List.of(),
            null);
    OcrDocument doc = new OcrDocument(ResponseKind.CLOVA_GENERAL_V2, null, null, List.of(page), List.of());

    String text = text(DocumentReport.of("p.json", doc));

    assertThat(text)
        .contains("  request id: (none)\n")
        .doesNotContain("timestamp")
        .contains("  page 2: FAILURE (image too small)\n    size:     unknown\n    words:    0\n")
        .endsWith("  warnings:   none\n");
  }
}
