package io.docstruct.cli;

import static io.docstruct.cli.BatchFixtures.column;
import static io.docstruct.cli.BatchFixtures.receipt;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docstruct batch --card-statement}: the batch checks on the command line and in the workbook. */
class BatchComplianceTest {
  @TempDir Path dir;

  /** The bundled receipt (빵굽는오후, 2024.05.16 08:51, approval 31920476) in three files, as claimed. */
  private Path folder() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("r01.json"), receipt(1));   // ₩10,100
    Files.write(in.resolve("r02.json"), receipt(1));   // the same receipt photographed again
    Files.write(in.resolve("r03.json"), receipt(2));   // ₩10,200 with the same approval number
    return in;
  }

  private Path statement() throws IOException {
    return Files.writeString(dir.resolve("법인카드_202405.csv"), """
        법인카드 승인내역
        승인일자,승인시각,승인번호,가맹점명,이용금액,승인구분
        2024.05.16,08:51:40,31920476,빵굽는오후,"10,100",정상
        2024.05.20,10:00:00,30000001,교보문고,"27,000",정상
        2024.05.20,11:00:00,30000001,교보문고,"-27,000",취소
        2024.05.21,12:00:00,30000002,을지로 포차,"54,000",정상
        """, UTF_8);
  }

  @Test
  void reconcilesTheStatementAndWritesTheThreeSheets() throws IOException {
    Path in = folder();
    Path xlsx = dir.resolve("expenses.xlsx");

    CliRun run = CliRun.of("batch", in.toString(), "--xlsx", xlsx.toString(), "--card-statement", statement().toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("batch: 3 done, 0 failed, 0 skipped (" + xlsx + " written)\n");
    assertThat(run.out()).contains("compliance: 3 expenses, 0 with an evidence finding (가산세 ₩0), 2 possible duplicates;"
        + " card: 1 matched, 1 without a receipt, 2 receipts without a transaction, 1 cancelled");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Evidence"), 7)).containsOnly("신용카드 매출전표");
      assertThat(column(wb.getSheet("Duplicates"), 0)).containsExactly("SAME_RECEIPT", "SAME_APPROVAL");
      assertThat(column(wb.getSheet("Duplicates"), 4)).containsExactly("r02.json", "r03.json");
      assertThat(column(wb.getSheet("Reconciliation"), 0))
          .containsExactly("MATCHED", "NO_RECEIPT", "NO_TRANSACTION", "NO_TRANSACTION", "CANCELLED");
      // the statement's row matched the first of the three files (Source column)
      assertThat(wb.getSheet("Reconciliation").getRow(1).getCell(9).getStringCellValue()).isEqualTo("r01.json");
    }
  }

  @Test
  void withoutAStatementTheEvidenceAndDuplicatesAreStillThereAndStdoutIsUnchanged() throws IOException {
    Path xlsx = dir.resolve("expenses.xlsx");

    CliRun run = CliRun.of("batch", folder().toString(), "--xlsx", xlsx.toString());

    assertThat(run.out()).isEqualTo("batch: 3 done, 0 failed, 0 skipped (" + xlsx + " written)\n");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(column(wb.getSheet("Evidence"), 1)).containsExactly("r01.json", "r02.json", "r03.json");
      assertThat(wb.getSheet("Duplicates").getLastRowNum()).isEqualTo(2);
      assertThat(wb.getSheet("Reconciliation").getLastRowNum()).isZero();   // header only: nothing to reconcile
    }
  }

  @Test
  void anUnreadableStatementIsExit2BeforeAnyWork() throws IOException {
    Path xlsx = dir.resolve("expenses.xlsx");
    Path odd = Files.writeString(dir.resolve("odd.csv"), "날짜,돈\n2024-06-01,1000\n", UTF_8);

    CliRun run = CliRun.of("batch", folder().toString(), "--xlsx", xlsx.toString(), "--card-statement", odd.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("odd.csv: no header row");
    assertThat(xlsx).doesNotExist();
  }

  @Test
  void aBatchRuleFromTheSamplesRunsOverTheWholeBatch() throws IOException {
    Path rules = dir.resolve("late-night-taxi.drl");
    try (InputStream sample = getClass().getResourceAsStream("/io/docstruct/samples/rules/late-night-taxi.drl")) {
      Files.copy(sample, rules);
    }
    Path xlsx = dir.resolve("expenses.xlsx");

    CliRun run = CliRun.of("batch", folder().toString(), "--xlsx", xlsx.toString(), "--rules", rules.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void headerNamesThatAreNotBuiltInComeFromAFile() throws IOException {
    // An export that names the amount 매출금액 and the merchant 사용처: not read without the file.
    Path export = Files.writeString(dir.resolve("카드사_202405.csv"), """
        사용일자,승인번호,사용처,매출금액
        2024.05.16,31920476,빵굽는오후,"10,100"
        """, UTF_8);
    Path headers = Files.writeString(dir.resolve("headers.csv"), """
        # our card company's export
        AMOUNT,매출금액
        merchant,사용처|사용가맹점
        """, UTF_8);
    Path xlsx = dir.resolve("expenses.xlsx");

    CliRun without = CliRun.of("batch", folder().toString(), "--xlsx", xlsx.toString(), "--card-statement",
        export.toString());
    assertThat(without.exit()).isEqualTo(2);
    assertThat(without.err()).contains("no header row");

    CliRun run = CliRun.of("batch", folder().toString(), "--xlsx", xlsx.toString(), "--card-statement",
        export.toString(), "--statement-headers", headers.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("card: 1 matched");
  }

  @Test
  void aHeaderFileLineThatIsNotUnderstoodIsExit2NamingTheLine() throws IOException {
    Path headers = Files.writeString(dir.resolve("headers.csv"), "AMOUNT,매출금액\nSHOP,사용처\n", UTF_8);

    CliRun run = CliRun.of("batch", folder().toString(), "--xlsx", dir.resolve("x.xlsx").toString(),
        "--card-statement", statement().toString(), "--statement-headers", headers.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("headers.csv line 2: no column 'SHOP'");
  }
}
