package io.docstruct.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.testing.server.SampleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results into one workbook: entities for processed documents, a Failures row for what went wrong. */
class WorkbookSinkTest {
  @TempDir Path dir;

  private Path receipt(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  private static List<String> rows(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    List<String> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(format.formatCellValue(c)));
        rows.add(String.join(" | ", cells));
      }
    }
    return rows;
  }

  @Test
  void processedFailedAndWarnedDocumentsEachHaveTheirRows() throws IOException {
    DocStruct docstruct = DocStruct.create();
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"images\":[");
    DocumentResult good = docstruct.process(DocumentInput.response(receipt("good.json")));
    DocumentResult bad = docstruct.process(DocumentInput.response(broken));
    DocumentResult noImage =
        docstruct.writePdf(docstruct.process(DocumentInput.response(receipt("alone.json"))), dir.resolve("x.pdf"));
    Path xlsx = dir.resolve("out.xlsx");

    try (WorkbookSink sink = WorkbookSink.open(xlsx)) {
      sink.add(good);
      sink.add(bad);
      sink.add(noImage);
    }

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(rows(wb.getSheet("Expenses"))).extracting(r -> r.split(" \\| ")[1])
          .containsExactly("good.json", "alone.json");
      assertThat(rows(wb.getSheet("Failures")))
          .containsExactly("broken.json | read | " + bad.failure().reason(), "alone.json | pdf | no source image");
    }
  }

  @Test
  void aResultThatWasNotMappedHasNoEntitiesToAdd() throws IOException {
    DocumentResult verified =
        DocStruct.builder().lastStage(Stage.VERIFY).build().process(DocumentInput.response(receipt("v.json")));

    try (WorkbookSink sink = WorkbookSink.open(dir.resolve("v.xlsx"))) {
      assertThatThrownBy(() -> sink.add(verified))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("v.json: was not mapped, so there are no entities to add");
      sink.abort();
    }
    assertThat(dir.resolve("v.xlsx")).doesNotExist();
  }
}
