package io.docstruct.rules.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docstruct.DocStructException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card company approval exports as they come: a title above the header, columns in any order, 취소 rows. */
class CardStatementReaderTest {
  @TempDir Path dir;

  /** The shape of a 법인카드 승인내역 download: a title, a blank line, the header, rows, a total line. */
  private static final String EXPORT = """
      법인카드 승인내역 조회 (2024.06.01 ~ 2024.06.30)

      이용카드,승인일자,승인시각,가맹점명,가맹점 사업자번호,이용금액(원),승인번호,승인구분
      1234-5678-9012-3456,2024.06.05,19:40:11,한우마을,105-87-12345,"33,000",30012345,정상
      1234-5678-9012-3456,2024.06.04,11:00:02,"교보문고 (광화문점)",102-81-11670,"27,000",00077777,정상
      1234-5678-9012-3456,2024.06.04,15:30:00,"교보문고 (광화문점)",102-81-11670,"-27,000",00077777,취소
      1234-5678-9012-3456,2024.06.06,22:15:40,을지로 포차,,54000,30099999,정상
      ,,,합계,,"87,000",,
      """;

  @Test
  void readsAUtf8ExportWithATitleRowAndCancellations() throws IOException {
    Path file = Files.writeString(dir.resolve("card.csv"), EXPORT);

    CardStatement statement = CardStatementReader.create().read(file);

    assertThat(statement.rows()).hasSize(4);
    CardTransaction first = statement.rows().get(0);
    assertThat(first.row()).isEqualTo(4);
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 6, 5));
    assertThat(first.time()).isEqualTo(LocalTime.of(19, 40, 11));
    assertThat(first.merchant()).isEqualTo("한우마을");
    assertThat(first.businessNumber()).isEqualTo("105-87-12345");
    assertThat(first.amount()).isEqualTo(33_000);
    assertThat(first.approvalNumber()).isEqualTo("30012345");
    assertThat(first.cardNumber()).isEqualTo("1234-****-****-3456");
    assertThat(first.cancelled()).isFalse();
    CardTransaction cancel = statement.rows().get(2);
    assertThat(cancel.cancelled()).isTrue();
    assertThat(cancel.amount()).isEqualTo(-27_000);
    assertThat(cancel.approvalKey()).isEqualTo("77777");
    assertThat(statement.rows().get(3).businessNumber()).isNull();
    assertThat(statement.warnings()).containsExactly("card.csv row 8: no date (a total line?): skipped");
  }

  @Test
  void readsAnMs949ExportAsKoreanExcelSavesIt() throws IOException {
    Path file = dir.resolve("card-ms949.csv");
    Files.write(file, EXPORT.getBytes(Charset.forName("x-windows-949")));

    CardStatement statement = CardStatementReader.create().read(file);

    assertThat(statement.rows()).extracting(CardTransaction::merchant)
        .containsExactly("한우마을", "교보문고 (광화문점)", "교보문고 (광화문점)", "을지로 포차");
  }

  @Test
  void aCancellationMarkedOnlyByItsStatusIsOne() throws IOException {
    Path file = Files.writeString(dir.resolve("status.csv"), """
        거래일시,이용금액,상태,가맹점
        2024-06-04 11:00:02,27000,승인취소,교보문고
        """);

    CardTransaction row = CardStatementReader.create().read(file).rows().get(0);

    assertThat(row.cancelled()).isTrue();
    assertThat(row.amount()).isEqualTo(27_000);
    assertThat(row.time()).isEqualTo(LocalTime.of(11, 0, 2));   // from the date-and-time column
  }

  @Test
  void anAmountThatIsNotWholeWonIsSkippedWithTheReasonNeverZero() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), """
        승인일자,이용금액
        2024-06-04,"3,00"
        2024-06-05,12.5
        2024-06-06,
        2024-06-07,1000
        """);

    CardStatement statement = CardStatementReader.create().read(file);

    assertThat(statement.rows()).extracting(CardTransaction::amount).containsExactly(1000L);
    assertThat(statement.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).contains("not a whole number of won"));
    assertThat(statement.warnings().get(0)).startsWith("bad.csv row 2: amount '3,00'");
  }

  @Test
  void unknownHeadersAreATypedErrorUntilTheSynonymTableIsExtended() throws IOException {
    Path file = Files.writeString(dir.resolve("odd.csv"), """
        사용일,매출금액,사용처
        2024-06-04,27000,교보문고
        """);

    assertThatThrownBy(() -> CardStatementReader.create().read(file))
        .isInstanceOf(CardStatementException.class)
        .isInstanceOf(DocStructException.class)
        .hasMessageContaining("odd.csv")
        .hasMessageContaining("StatementHeaders");

    StatementHeaders extended = StatementHeaders.defaults()
        .with(StatementColumn.DATE, "사용일")
        .with(StatementColumn.AMOUNT, "매출금액")
        .with(StatementColumn.MERCHANT, "사용처");
    CardTransaction row = CardStatementReader.create(extended).read(file).rows().get(0);
    assertThat(row.amount()).isEqualTo(27_000);
    assertThat(row.merchant()).isEqualTo("교보문고");
  }

  @Test
  void theSynonymsCanComeFromAFileTheUserKeeps() throws IOException {
    Path export = Files.writeString(dir.resolve("odd.csv"), """
        사용일,매출금액,사용처
        2024-06-04,27000,교보문고
        """);
    Path synonyms = Files.writeString(dir.resolve("headers.csv"), """
        \uFEFF# 카드사 B 내보내기
        DATE,사용일

        amount, 매출금액 | 청구금액
        MERCHANT,사용처
        """);

    StatementHeaders extended = StatementHeaders.defaults().withSynonyms(synonyms);

    CardTransaction row = CardStatementReader.create(extended).read(export).rows().get(0);
    assertThat(row.amount()).isEqualTo(27_000);
    assertThat(row.merchant()).isEqualTo("교보문고");
    assertThat(extended.columnOf("청구 금액")).isEqualTo(StatementColumn.AMOUNT);
    assertThat(extended.columnOf("승인일자")).as("the built-in names stay").isEqualTo(StatementColumn.DATE);
  }

  @Test
  void aSynonymFileLineThatIsNotUnderstoodIsNamed() throws IOException {
    Path synonyms = Files.writeString(dir.resolve("headers.csv"), "AMOUNT,매출금액\nSHOP,사용처\nMERCHANT\n");
    Path empty = Files.writeString(dir.resolve("empty-names.csv"), "MERCHANT, | \n");

    assertThatThrownBy(() -> StatementHeaders.defaults().withSynonyms(synonyms))
        .isInstanceOf(CardStatementException.class)
        .hasMessageContaining("headers.csv line 2: no column 'SHOP'");
    assertThatThrownBy(() -> StatementHeaders.defaults().withSynonyms(empty))
        .hasMessageContaining("empty-names.csv line 1: no header names for MERCHANT");
    assertThatThrownBy(() -> StatementHeaders.defaults().withSynonyms(dir.resolve("missing.csv")))
        .hasMessageContaining("missing.csv: no such file");
  }

  @Test
  void readsAnXlsxExportWithDateCellsAndNumericApprovalNumbers() throws IOException {
    Path file = dir.resolve("card.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("승인내역");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat((short) 14);   // Excel's built-in m/d/yy
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      sheet.createRow(0).createCell(0).setCellValue("법인카드 승인내역");
      Row header = sheet.createRow(2);
      String[] titles = {"승인번호", "이용금액", "가맹점명", "승인일자", "취소여부"};
      for (int i = 0; i < titles.length; i++) {
        header.createCell(i).setCellValue(titles[i]);
      }
      Row r = sheet.createRow(3);
      r.createCell(0).setCellValue(77777);   // was 00077777: a number cell drops the zeros
      r.createCell(1).setCellValue(27000);
      r.getCell(1).setCellStyle(money);
      r.createCell(2).setCellValue("교보문고");
      r.createCell(3).setCellValue(LocalDateTime.of(2024, 6, 4, 0, 0));
      r.getCell(3).setCellStyle(dateStyle);
      r.createCell(4).setCellValue("취소");
      wb.write(out);
    }

    CardStatement statement = CardStatementReader.create().read(file);

    assertThat(statement.warnings()).isEmpty();
    CardTransaction row = statement.rows().get(0);
    assertThat(row.row()).isEqualTo(4);
    assertThat(row.date()).isEqualTo(LocalDate.of(2024, 6, 4));
    assertThat(row.amount()).isEqualTo(27_000);
    assertThat(row.approvalKey()).isEqualTo(CardTransaction.approvalKeyOf("00077777"));
    assertThat(row.cancelled()).isTrue();
  }

  @Test
  void anOldXlsFileIsRefusedWithWhatToDo() throws IOException {
    Path file = Files.write(dir.resolve("old.xls"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> CardStatementReader.create().read(file))
        .isInstanceOf(CardStatementException.class)
        .hasMessageContaining("save it as .xlsx or .csv");
  }

  @Test
  void aMissingFileSaysSo() {
    assertThatThrownBy(() -> CardStatementReader.create().read(dir.resolve("none.csv")))
        .isInstanceOf(CardStatementException.class)
        .hasMessage("none.csv: no such file");
  }
}

