package io.docstruct.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.rules.compliance.CardStatementException;
import io.docstruct.rules.compliance.ClaimedExpense;
import io.docstruct.rules.compliance.ComplianceReport;
import io.docstruct.rules.compliance.DuplicateKind;
import io.docstruct.rules.compliance.ReconciliationLine.Status;
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

/** The batch checks for library users: results streamed in, a statement, one report, the same in the workbook. */
class ComplianceCheckTest {
  @TempDir Path dir;

  private Path receipt(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = SampleResponse.CLOVA_RECEIPT.open()) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void aStreamedFolderWithARePhotographedReceiptAndAStatement() throws IOException {
    receipt("a-receipt.json");
    receipt("b-receipt-again.json");
    Files.writeString(dir.resolve("broken.json"), "{\"images\":[");
    DocStruct docstruct = DocStruct.create();
    ComplianceCheck check = docstruct.complianceCheck();
    Path xlsx = dir.resolve("out").resolve("expenses.xlsx");
    Files.createDirectories(xlsx.getParent());

    try (WorkbookSink sink = WorkbookSink.open(xlsx);
        ResultStream results = docstruct.processAll(DocumentInput.folder(dir))) {
      for (DocumentResult r : results) {
        sink.add(r);
        check.add(r);
      }
      ClaimedExpense first = check.report().evidence().get(0).claim();
      Path statement = Files.writeString(dir.resolve("card.csv"), "승인일자,승인번호,가맹점명,이용금액\n"
          + first.date() + "," + first.approvalNumber() + "," + first.merchant() + "," + first.total() + "\n"
          + first.date() + ",99999999,다른 가게,\"1,234\"\n"
          + ",,합계,99999\n");
      check.addStatement(statement);
      sink.addCompliance(check);
    }

    ComplianceReport report = check.report();
    assertThat(check.expenses()).isEqualTo(2);   // the broken response adds none, and is on the Failures sheet
    assertThat(report.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DuplicateKind.SAME_RECEIPT);
      assertThat(d.first().document()).isEqualTo("a-receipt.json");
      assertThat(d.second().document()).isEqualTo("b-receipt-again.json");
    });
    assertThat(report.reconciliation(Status.MATCHED)).singleElement()
        .satisfies(l -> assertThat(l.claim().document()).isEqualTo("a-receipt.json"));
    assertThat(report.reconciliation(Status.NO_RECEIPT)).singleElement()
        .satisfies(l -> assertThat(l.transaction().amount()).isEqualTo(1_234));
    try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
      assertThat(rows(wb.getSheet("Evidence"))).hasSize(2);
      assertThat(rows(wb.getSheet("Duplicates"))).singleElement().asString()
          .startsWith("SAME_RECEIPT | WARNING | a-receipt.json | 1 | b-receipt-again.json");
      assertThat(rows(wb.getSheet("Reconciliation"))).hasSize(3);   // matched, no receipt, no transaction
      assertThat(rows(wb.getSheet("Failures")))
          .contains("card.csv | statement | card.csv row 4: no date (a total line?): skipped");
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anUnreadableStatementFailsBeforeAnyWork() throws IOException {
    ComplianceCheck check = DocStruct.create().complianceCheck();
    Path statement = Files.writeString(dir.resolve("card.csv"), "날짜,돈\n2024-06-01,1000\n");

    assertThatThrownBy(() -> check.addStatement(statement))
        .isInstanceOf(CardStatementException.class)
        .hasMessageStartingWith("card.csv: no header row");
  }

  @Test
  void aDocStructWithoutRulesHasNothingToCheck() {
    DocStruct verifyOnly = DocStruct.builder().lastStage(Stage.VERIFY).build();

    assertThatThrownBy(verifyOnly::complianceCheck).isInstanceOf(IllegalStateException.class);
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
}
